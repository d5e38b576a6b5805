package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.AppliedRule;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.MonthCompleteness;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.RollupSwingDetector;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Months;

/**
 * Abnormal swings of a district's or park's monthly totals (ROLLUP_SWING), judged when the scope's rollup of a month
 * is written: the month before it (which may have become complete since), the month itself and the
 * {@value EnterpriseDetector#HISTORY_MONTHS} months after it, whose history contains it, with
 * {@link RollupSwingDetector} on the scope's monthly output and energy. Only complete months are judged — while its
 * reports are still arriving a month's totals swing with how many have come in — so an incomplete month's alert
 * stays as it is until the month is complete ({@link MonthCompleteness}: its reporting enterprises reach the rule's
 * share of the most reporters of the twelve months before, or its reporting deadline is over by the time of the input
 * and its reports have stopped coming in). Only what changed is sent (see {@link AlertReconciler}); an alert no longer
 * found is cleared with the reason its {@link SwingBasis} gives: a correction, the month's own later reports
 * ({@code MONTH_COMPLETED}), reports or completeness of months of its history ({@code LATER_MONTHS}), or, with the
 * same figures, a rule change.
 */
public final class ScopeSwings {

  private static final int REACH = EnterpriseDetector.HISTORY_MONTHS;
  /** Months before a month whose reporters say how many to expect: a year, the same month a year earlier included. */
  private static final int EXPECTED_FROM = 12;
  private static final CellFigure OUTPUT = CellFigure.total(EnterpriseIndicator.OUTPUT_VALUE);
  private static final CellFigure ENERGY = CellFigure.total(EnterpriseIndicator.ENERGY_TCE);
  private static final byte COMPLETE = 1;
  private static final byte INCOMPLETE = 2;

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

  /** The last month a judgement of the rollup of {@code written} judges: the latest whose history holds it. */
  public static int lastJudged(int written) {
    return written + REACH;
  }

  /**
   * @param cells     the scope's cell of a month, null for a month without figures
   * @param timestamp the newest input the written rollup sums: the time completeness is judged at
   * @return the records to send
   */
  public List<AnomalyAlert> judge(Subject scope, int written, IntFunction<Cell> cells, Marks marks, long timestamp) {
    int from = written - 1 - REACH;
    int to = written + REACH;
    MonthSeries.Builder builder = MonthSeries.builder(from, to - from + 1);
    for (int month = from; month <= to; month++) {
      Cell cell = cells.apply(month);
      if (cell != null) {
        builder.put(month, cell.get(OUTPUT), cell.get(ENERGY));
      }
    }
    MonthSeries totals = builder.build();
    RuleBook book = rules.current();
    Instant at = Instant.ofEpochMilli(timestamp);
    AppliedRule rule = book.ruleFor(AlertKind.ROLLUP_SWING, null, scope.districtCode(), null);
    IntPredicate completeNow = month -> {
      Cell cell = cells.apply(month);
      return cell != null && MonthCompleteness.complete(Months.toYearMonth(month), cell.get(CellFigure.ENTERPRISES),
          expectedReporters(cells, month), Instant.ofEpochMilli(cell.updatedAt()), at, rule);
    };
    // Each month of [from, to] is asked about for every judged month whose history holds it: decided once.
    byte[] decided = new byte[to - from + 1];
    IntPredicate complete = month -> {
      int i = month - from;
      if (i < 0 || i >= decided.length) {
        return completeNow.test(month);
      }
      if (decided[i] == 0) {
        decided[i] = completeNow.test(month) ? COMPLETE : INCOMPLETE;
      }
      return decided[i] == COMPLETE;
    };
    List<AnomalyAlert> sent = new ArrayList<>();
    for (int month = written - 1; month <= lastJudged(written); month++) {
      if (month != written && cells.apply(month) == null || !complete.test(month)) {
        continue;
      }
      YearMonth period = Months.toYearMonth(month);
      String idPrefix = TopicKeys.alertIdPrefix(scope.scopeType(), scope.id(), period);
      List<AnomalyAlert> fresh = RollupSwingDetector.detect(scope, totals, complete, month, book).stream()
          .map(finding -> AlertRecords.open(scope, period, finding, null, at)).toList();
      List<AlertMark> open = marks.of(month).stream().filter(m -> m.open() && m.alertId().startsWith(idPrefix))
          .toList();
      if (fresh.isEmpty() && open.isEmpty()) {
        continue;
      }
      SwingBasis basis = basis(cells, complete, month);
      ClearReason reason = open.stream().map(AlertMark::basis).filter(Objects::nonNull).findFirst()
          .map(judged -> judged.whyCleared(basis)).orElse(ClearReason.CORRECTION);
      int judged = month;
      Consumer<AlertMark> record = mark -> marks.mark(judged, mark.open() ? mark.judgedOn(basis) : mark);
      sent.addAll(alerts.update(marks.of(month), record, idPrefix, fresh, at, reason));
      // An open alert this judgement left as it was is now judged on these figures: what changes next says why.
      for (AlertMark mark : List.copyOf(marks.of(month))) {
        if (mark.open() && mark.alertId().startsWith(idPrefix) && !basis.equals(mark.basis())) {
          marks.mark(month, mark.judgedOn(basis));
        }
      }
    }
    return sent;
  }

  /** What a complete month is judged on: its reporters and corrections and those of its history. */
  private static SwingBasis basis(IntFunction<Cell> cells, IntPredicate complete, int month) {
    Cell cell = cells.apply(month);
    long corrections = cell.get(CellFigure.CORRECTIONS);
    long earlierReporters = 0;
    long completeMonths = 0;
    for (int before = 1; before <= REACH; before++) {
      Cell earlier = cells.apply(month - before);
      if (earlier != null) {
        corrections += earlier.get(CellFigure.CORRECTIONS);
        earlierReporters += earlier.get(CellFigure.ENTERPRISES);
        completeMonths |= complete.test(month - before) ? 1L << (before - 1) : 0;
      }
    }
    return new SwingBasis(corrections, cell.get(CellFigure.ENTERPRISES), earlierReporters, completeMonths);
  }

  /**
   * The most reporters of the {@value #EXPECTED_FROM} months before: the latest months may themselves still be
   * filling (a bulk load interleaves months, and one input partition may run ahead of another), and a partial
   * month's count would let the next pass as complete while partial. A scope that has lost reporters over the year
   * completes its month by the deadline instead.
   */
  private static long expectedReporters(IntFunction<Cell> cells, int month) {
    long expected = 0;
    for (int before = month - EXPECTED_FROM; before < month; before++) {
      Cell cell = cells.apply(before);
      expected = cell == null ? expected : Math.max(expected, cell.get(CellFigure.ENTERPRISES));
    }
    return expected;
  }
}
