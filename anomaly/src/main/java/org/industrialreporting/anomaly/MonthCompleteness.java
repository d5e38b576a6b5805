package org.industrialreporting.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * Whether a district's or park's month is complete, so that its totals can be judged for swings
 * ({@link RollupSwingDetector}): while reports are still arriving its totals are partial and swing with how many
 * have come in. Complete when its reporting enterprises reach the ROLLUP_SWING rule's {@code complete_share_bp} of
 * those expected, or when the rule's {@code reporting_deadline_day} of the following month is over (Beijing
 * time) and no report of the month has come in for {@link #QUIET} — a deadline long past says nothing while the
 * month's reports are still arriving, as they do when months are loaded in bulk after their deadlines. A pure
 * function, so that every instance and a replay decide alike.
 */
public final class MonthCompleteness {

  /** How long after its last report a month past its deadline counts as having all the reports it will get. */
  public static final Duration QUIET = Duration.ofDays(1);
  private static final long BP = 10_000;

  private MonthCompleteness() {
  }

  /**
   * @param reporters enterprises that reported the month so far
   * @param expected enterprises expected to report it: the registry's count where known, else last month's
   *     reporters; 0 when nothing is known, and then only the deadline completes the month
   * @param lastReport the time of the latest input that changed the month's figures
   * @param now the time of the input being processed (stream time), not the wall clock
   */
  public static boolean complete(YearMonth month, long reporters, long expected, Instant lastReport, Instant now,
      AppliedRule rule) {
    AlertRule r = rule.rule();
    if (r.getKind() != AlertKind.ROLLUP_SWING) {
      throw new IllegalArgumentException("completeness is a ROLLUP_SWING rule, not " + rule.key());
    }
    boolean enough = expected > 0 && Math.multiplyExact(reporters, BP) >= Math.multiplyExact(expected,
        (long) r.getCompleteShareBp());
    return enough
        || !now.isBefore(deadline(month, r.getReportingDeadlineDay())) && !now.isBefore(lastReport.plus(QUIET));
  }

  /** The moment a month's reporting deadline is over: the start of the day after the deadline day. */
  static Instant deadline(YearMonth month, int deadlineDay) {
    return month.plusMonths(1).atDay(deadlineDay).plusDays(1).atStartOfDay(PeriodRule.CHINA).toInstant();
  }
}
