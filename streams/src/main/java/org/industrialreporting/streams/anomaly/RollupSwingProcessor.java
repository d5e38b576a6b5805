package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.RollupSwingDetector;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.IndicatorTotals;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.rollup.RollupStage;

/**
 * Rollup swings (ROLLUP_SWING), per scope after the rollup stage: keeps each district's and park's monthly totals
 * of output and energy from the rollups it emits (a tombstone removes a month), and re-evaluates the month and the
 * {@value EnterpriseDetector#HISTORY_MONTHS} months after it with {@link RollupSwingDetector}. Only what changed
 * is sent, keyed by district code or park id.
 */
final class RollupSwingProcessor implements Processor<String, Rollup, String, AnomalyAlert> {

  private static final int REACH = EnterpriseDetector.HISTORY_MONTHS;

  private final String totalsStoreName;
  private final RuleSnapshot rules;
  private final String alertsStoreName;
  private ProcessorContext<String, AnomalyAlert> context;
  private KeyValueStore<String, ScopeTotals> totals;
  private AlertStates alerts;

  RollupSwingProcessor(String totalsStoreName, RuleSnapshot rules, String alertsStoreName) {
    this.totalsStoreName = totalsStoreName;
    this.rules = rules;
    this.alertsStoreName = alertsStoreName;
  }

  @Override
  public void init(ProcessorContext<String, AnomalyAlert> context) {
    this.context = context;
    totals = context.getStateStore(totalsStoreName);
    alerts = new AlertStates(context.getStateStore(alertsStoreName));
  }

  /** @param record a rollup keyed by its cell key ({@code D|330411|2026-09}), or a tombstone */
  @Override
  public void process(Record<String, Rollup> record) {
    String cellKey = record.key();
    Rollup rollup = record.value();
    if (rollup == null) {
      totals.delete(cellKey);
    } else {
      IndicatorTotals month = rollup.getMonth().getTotals();
      totals.put(cellKey, new ScopeTotals(month.getOutputValueYuan(), month.getEnergyKgce()));
    }
    String id = RollupStage.scopeId(cellKey);
    YearMonth period = RollupStage.period(cellKey);
    Subject scope = subject(cellKey, rollup);
    String scopePrefix = cellKey.substring(0, cellKey.lastIndexOf('|') + 1);
    int changed = MonthSeries.index(period);
    MonthSeries months = months(scopePrefix, period);
    RuleBook book = rules.current();
    Instant at = Instant.ofEpochMilli(record.timestamp());
    for (int month = changed; month <= changed + REACH; month++) {
      if (months.reported(month) || month == changed) {
        YearMonth judged = MonthSeries.month(month);
        // Every month counts as complete until the streams core knows its reporters (issue 14, item 3).
        List<AnomalyAlert> fresh = RollupSwingDetector.detect(scope, months, m -> true, month, book).stream()
            .map(finding -> AlertRecords.open(scope, judged, finding, null, at)).toList();
        alerts.update(id, TopicKeys.alertIdPrefix(scope.scopeType(), id, judged), fresh, record,
            ClearReason.CORRECTION, context);
      }
    }
  }

  /** The scope as the rollup names it; a tombstone names no one, so its later months are judged by id alone. */
  private static Subject subject(String cellKey, Rollup rollup) {
    String id = RollupStage.scopeId(cellKey);
    if (RollupStage.isDistrict(cellKey)) {
      return Subject.district(id, rollup == null ? null : rollup.getScopeName());
    }
    return rollup == null ? Subject.park(id, null, null)
        : Subject.park(id, rollup.getScopeName(), rollup.getDistrictCode());
  }

  private MonthSeries months(String scopePrefix, YearMonth period) {
    MonthSeries.Builder months = MonthSeries.builder(MonthSeries.index(period) - REACH, 2 * REACH + 1);
    try (KeyValueIterator<String, ScopeTotals> range = totals.range(scopePrefix + period.minusMonths(REACH),
        scopePrefix + period.plusMonths(REACH))) {
      range.forEachRemaining(kv -> months.put(RollupStage.period(kv.key), kv.value.outputYuan(),
          kv.value.energyKgce()));
    }
    return months.build();
  }
}
