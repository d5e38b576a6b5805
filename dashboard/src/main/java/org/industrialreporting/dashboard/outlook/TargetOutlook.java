package org.industrialreporting.dashboard.outlook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The full-year outlook of one annual target (docs/evaluation.md#full-year-outlook): the year's projected figure
 * from the year to date and last year's monthly profile, the pace still needed per remaining month, and whether the
 * target is at risk (projected below target). No Kafka: the caller brings the figures, all in the indicator's
 * stored unit.
 *
 * @param projected               the projected full-year figure
 * @param neededPerRemainingMonth what each remaining month must add to reach the target, 0 once reached; null
 *     when no month remains, and for a headcount
 * @param pacePerMonth            the year to date's mean per month so far; null for a headcount
 * @param atRisk                  whether the projected figure is below the target
 */
public record TargetOutlook(String indicator, long target, long actualYtd, Basis basis, long projected,
    int remainingMonths, Long neededPerRemainingMonth, Long pacePerMonth, boolean atRisk) {

  /** How the projection was made. */
  public enum Basis {
    /** Year to date ÷ the share of last year's full-year total that last year's same months made up. */
    LAST_YEAR_PROFILE,
    /** No usable last year (missing, or not above zero): year to date × 12 ÷ the months gone. */
    LINEAR,
    /** December: the year is complete and the figure is final. */
    YEAR_COMPLETE,
    /** A headcount (employees), not a flow: the latest month's level is the projection. */
    LEVEL
  }

  /**
   * The outlook of a target in the month {@code period}.
   *
   * @param level              whether the indicator is a level (employees) rather than a flow summed over months
   * @param lastYearSameMonths last year's January to the same month, null when unknown
   * @param lastYearFullYear   last year's January to December, null when unknown
   */
  public static TargetOutlook of(String indicator, boolean level, long target, long actualYtd, YearMonth period,
      Long lastYearSameMonths, Long lastYearFullYear) {
    int monthsGone = period.getMonthValue();
    int remaining = 12 - monthsGone;
    if (level || remaining == 0) {
      return new TargetOutlook(indicator, target, actualYtd, level ? Basis.LEVEL : Basis.YEAR_COMPLETE, actualYtd,
          remaining, null, level ? null : divide(actualYtd, monthsGone), actualYtd < target);
    }
    boolean profile = lastYearSameMonths != null && lastYearFullYear != null && lastYearSameMonths > 0
        && lastYearFullYear > 0;
    long projected = profile ? scale(actualYtd, lastYearFullYear, lastYearSameMonths) : scale(actualYtd, 12, monthsGone);
    long needed = divide(Math.max(0, Math.subtractExact(target, actualYtd)), remaining);
    return new TargetOutlook(indicator, target, actualYtd, profile ? Basis.LAST_YEAR_PROFILE : Basis.LINEAR,
        projected, remaining, needed, divide(actualYtd, monthsGone), projected < target);
  }

  /** The projected figure as a share of the target, basis points; null for a target not above zero. */
  public Integer projectedCompletionBp() {
    return target <= 0 ? null : BigDecimal.valueOf(projected).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_EVEN).intValueExact();
  }

  /** {@code value × numerator ÷ denominator}, exact, rounded half-even like every derived figure. */
  private static long scale(long value, long numerator, long denominator) {
    return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  private static long divide(long value, int by) {
    return scale(value, 1, by);
  }
}
