package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.BudgetOverrun;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.EnterpriseRules;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.rollup.ReportKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anomaly alerts of enterprises, per enterprise and co-partitioned with its reports. Each accepted report
 * re-evaluates its month and every later month whose history contains it — up to
 * {@value EnterpriseDetector#HISTORY_MONTHS} months on — with {@link EnterpriseDetector} on the enterprise's kept
 * reports, and the budget of its year and of the next (whose projection takes this year's profile) with
 * {@link BudgetOverrun}, under the rules in force and the registry as it is now. Only what changed is sent.
 *
 * <p>The reports store is written by the rollup aggregation; this processor reads it and sees the incoming report
 * in its month whether or not that write came first. A revision older than the one kept changes nothing and is
 * ignored, as the aggregation ignores it.
 */
final class EnterpriseAlertProcessor implements Processor<String, MonthlyReport, String, AnomalyAlert> {

  private static final Logger log = LoggerFactory.getLogger(EnterpriseAlertProcessor.class);
  private static final int REACH = EnterpriseDetector.HISTORY_MONTHS;

  private final String reportsStoreName;
  private final String enterprisesStoreName;
  private final RuleSnapshot rules;
  private final String alertsStoreName;
  private final EnterpriseDetector detector = new EnterpriseDetector();
  private ProcessorContext<String, AnomalyAlert> context;
  private ReadOnlyKeyValueStore<String, AttributedReport> reports;
  private ReadOnlyKeyValueStore<String, ValueAndTimestamp<Enterprise>> enterprises;
  private AlertStates alerts;

  EnterpriseAlertProcessor(String reportsStoreName, String enterprisesStoreName, RuleSnapshot rules,
      String alertsStoreName) {
    this.reportsStoreName = reportsStoreName;
    this.enterprisesStoreName = enterprisesStoreName;
    this.rules = rules;
    this.alertsStoreName = alertsStoreName;
  }

  @Override
  public void init(ProcessorContext<String, AnomalyAlert> context) {
    this.context = context;
    reports = context.getStateStore(reportsStoreName);
    enterprises = context.getStateStore(enterprisesStoreName);
    alerts = new AlertStates(context.getStateStore(alertsStoreName));
  }

  @Override
  public void process(Record<String, MonthlyReport> record) {
    MonthlyReport report = record.value();
    String code = report.getCreditCode();
    YearMonth period = YearMonth.parse(report.getPeriod());
    NavigableMap<YearMonth, MonthlyReport> history = history(code, period);
    MonthlyReport kept = history.get(period);
    if (kept != null && kept.getRevision() > report.getRevision()) {
      return;
    }
    ValueAndTimestamp<Enterprise> enterprise = enterprises.get(code);
    if (enterprise == null) {
      log.warn("Enterprise {} left the registry before its report for {} was judged; no alerts", code, period);
      return;
    }
    Subject subject = Subject.of(enterprise.value());
    history.put(period, report);
    int changed = MonthSeries.index(period);
    MonthSeries.Builder builder = MonthSeries.builder(changed - REACH, 2 * REACH + 1);
    history.forEach((month, r) -> builder.put(month, r.getOutputValueYuan(), r.getEnergyKgce()));
    MonthSeries months = builder.build();
    EnterpriseRules enterpriseRules = rules.current().forEnterprise(subject);
    Instant at = Instant.ofEpochMilli(record.timestamp());
    detector.detectFrom(months, changed, enterpriseRules, (month, findings) -> {
      YearMonth judged = MonthSeries.month(month);
      long revision = history.get(judged).getRevision();
      alerts.update(code, TopicKeys.alertIdPrefix(AlertScope.ENTERPRISE, code, judged), findings.stream()
          .map(finding -> AlertRecords.open(subject, judged, finding, revision, at)).toList(), record,
          ClearReason.CORRECTION, context);
    });
    ClearReason budgetReason = kept == null ? ClearReason.LATER_MONTHS : ClearReason.CORRECTION;
    for (int year = period.getYear(); year <= period.getYear() + 1; year++) {
      int latest = months.latestReported(year * 12, year * 12 + 11);
      if (latest >= year * 12) {
        YearMonth through = MonthSeries.month(latest);
        long revision = history.get(through).getRevision();
        List<AnomalyAlert> fresh = BudgetOverrun.ofYear(subject, months, year, enterpriseRules).stream()
            .map(finding -> AlertRecords.open(subject, through, finding, revision, at)).toList();
        alerts.update(code, TopicKeys.alertIdPrefix(AlertScope.ENTERPRISE, code, Year.of(year)), fresh, record,
            budgetReason, context);
      }
    }
  }

  /** The enterprise's kept reports around {@code period}: as far back and ahead as an evaluation looks. */
  private NavigableMap<YearMonth, MonthlyReport> history(String code, YearMonth period) {
    NavigableMap<YearMonth, MonthlyReport> history = new TreeMap<>();
    try (KeyValueIterator<String, AttributedReport> range = reports.range(
        ReportKeys.report(code, period.minusMonths(REACH)), ReportKeys.report(code, period.plusMonths(REACH)))) {
      range.forEachRemaining(kv -> history.put(ReportKeys.periodOf(kv.key), kv.value.getReport()));
    }
    return history;
  }
}
