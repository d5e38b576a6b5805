package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.MonthFigures;
import org.industrialreporting.anomaly.RollupSwingDetector;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Months;

/**
 * Abnormal swings of a district's or park's monthly totals (ROLLUP_SWING), judged when the scope's rollup of a month
 * is written: that month and the {@value EnterpriseDetector#HISTORY_MONTHS} months after it, whose history contains
 * it, with {@link RollupSwingDetector} on the scope's monthly output and energy. Only what changed is sent (see
 * {@link AlertReconciler}).
 */
public final class ScopeSwings {

  private static final CellFigure OUTPUT = CellFigure.total(EnterpriseIndicator.OUTPUT_VALUE);
  private static final CellFigure ENERGY = CellFigure.total(EnterpriseIndicator.ENERGY_TCE);

  /** Where a scope's alert marks are kept: the marks of a month, and how to record a new one. */
  public interface Marks {
    List<AlertMark> of(int month);

    void mark(int month, AlertMark mark);
  }

  private final AlertReconciler alerts;
  private final RuleSnapshot rules;

  public ScopeSwings(KeyValueStore<String, AnomalyAlert> store, RuleSnapshot rules) {
    this.alerts = new AlertReconciler(store);
    this.rules = rules;
  }

  /**
   * @param cells the scope's cell of a month, null for a month without figures
   * @return the records to send
   */
  public List<AnomalyAlert> judge(Subject scope, int written, IntFunction<Cell> cells, Marks marks, long timestamp) {
    int reach = EnterpriseDetector.HISTORY_MONTHS;
    NavigableMap<YearMonth, MonthFigures> totals = new TreeMap<>();
    for (int month = written - reach; month <= written + reach; month++) {
      Cell cell = cells.apply(month);
      if (cell != null) {
        YearMonth period = Months.toYearMonth(month);
        totals.put(period, new MonthFigures(period, cell.get(OUTPUT), cell.get(ENERGY)));
      }
    }
    RuleBook book = rules.current();
    Instant at = Instant.ofEpochMilli(timestamp);
    List<AnomalyAlert> sent = new ArrayList<>();
    for (int month = written; month <= written + reach; month++) {
      if (month != written && cells.apply(month) == null) {
        continue;
      }
      YearMonth period = Months.toYearMonth(month);
      List<AnomalyAlert> fresh = RollupSwingDetector.detect(scope, totals, period, book).stream()
          .map(finding -> AlertRecords.open(scope, period, finding, null, at)).toList();
      int judged = month;
      Consumer<AlertMark> record = mark -> marks.mark(judged, mark);
      sent.addAll(alerts.update(marks.of(month), record, month, fresh, at));
    }
    return sent;
  }
}
