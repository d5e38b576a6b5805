package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/**
 * Energy budget overrun of a key energy-using unit (重点用能单位), one alert per enterprise and year, decided in exact
 * integers on the year's months reported so far (a month not reported is left out and named, never counted as
 * zero):
 * <ul>
 *   <li>pro rata (序时进度): the year to date against the budget's share of the months reported,
 *       {@code ytd × 12 > budget × months reported}; RED when it exceeds it by more than the rule's share (10 %, the
 *       national traffic-light practice), or when the year to date exceeds the whole annual budget;</li>
 *   <li>projected: the full-year use the year to date implies on last year's monthly profile, {@code ytd × last
 *       year's total / last year's same months}, against the annual budget — an early YELLOW for an enterprise
 *       whose heavy months are still to come, once the projection exceeds the budget by more than its doubt: 3 % of
 *       the budget times the share of the year still to come (2.75 % after January, 0.25 % after November). Without
 *       a whole last year to take the profile from, the projection is the pro-rata one.</li>
 * </ul>
 * The alert is open while either holds and clears when the year's use falls back under both.
 */
public final class BudgetOverrun {

  private static final long BP = 10_000;
  /** How uncertain a projection of the whole year is, in basis points of the budget, before any month is known. */
  static final long PROJECTION_DOUBT_BP = 300;

  private BudgetOverrun() {
  }

  /**
   * The year's budget alert as of its latest reported month: what the streams application keeps open for an
   * enterprise and year, re-judged whenever a month of the year (or of last year, which sets the profile) changes.
   *
   * @return empty when the enterprise is no key energy user with a budget, the rule is disabled, no month of the
   *     year was reported, or the year is under budget
   */
  public static Optional<Finding> ofYear(Subject subject, MonthSeries months, int year, EnterpriseRules rules) {
    int latest = months.latestReported(year * 12, year * 12 + 11);
    return latest < year * 12 ? Optional.empty() : asOf(subject, months, latest, rules);
  }

  /**
   * The budget alert of {@code through}'s year as it stood when {@code through} was the latest month reported: the
   * months of the year up to it, and all of last year.
   */
  public static Optional<Finding> asOf(Subject subject, MonthSeries months, int through, EnterpriseRules rules) {
    AppliedRule rule = rules.of(AlertKind.BUDGET_OVERRUN);
    Long budget = subject.energyBudgetKgce();
    if (!rule.enabled() || !subject.keyEnergyUser() || budget == null || budget <= 0) {
      return Optional.empty();
    }
    int january = MonthSeries.year(through) * 12;
    long yearToDate = 0;
    long reportedMonths = 0;
    long lastYearSameMonths = 0;
    for (int month = january; month <= through; month++) {
      if (months.reported(month)) {
        yearToDate = Math.addExact(yearToDate, months.energyKgce(month));
        reportedMonths++;
        lastYearSameMonths += Math.max(months.energyKgce(month - 12), 0);
      }
    }
    if (reportedMonths == 0) {
      return Optional.empty();
    }
    long lastYear = wholeYear(months, january - 12);
    boolean profiled = lastYear > 0 && lastYearSameMonths > 0;
    // Projection = ytd × lastYear / lastYearSameMonths (profiled) or ytd × 12 / reportedMonths (pro rata).
    long projectionFactor = profiled ? lastYear : 12;
    long projectionDivisor = profiled ? lastYearSameMonths : reportedMonths;
    long used = Math.multiplyExact(yearToDate, 12);
    long allowed = Math.multiplyExact(budget, reportedMonths);
    boolean overProRata = used > allowed;
    // The early YELLOW needs the projection beyond the budget by more than its doubt, which shrinks as the months to
    // come do: a year projected just over from a month or two is as likely to end just under.
    long monthsToCome = january + 11 - through;
    if (!overProRata && !exceeds(yearToDate, Math.multiplyExact(projectionFactor, 12 * BP), budget,
        Math.multiplyExact(12 * BP + PROJECTION_DOUBT_BP * monthsToCome, projectionDivisor))) {
      return Optional.empty();
    }
    List<YearMonth> notReported = new ArrayList<>(0);
    for (int month = january; month <= through; month++) {
      if (!months.reported(month)) {
        notReported.add(MonthSeries.month(month));
      }
    }
    BigInteger projectionNumerator = BigInteger.valueOf(yearToDate).multiply(BigInteger.valueOf(projectionFactor));
    BigInteger projectionDenominator = BigInteger.valueOf(projectionDivisor);
    int redBp = rule.rule().getBudgetRedOverrunBp();
    boolean red = yearToDate > budget || BigInteger.valueOf(used).multiply(BigInteger.valueOf(BP))
        .compareTo(BigInteger.valueOf(allowed).multiply(BigInteger.valueOf(BP + redBp))) > 0;
    long projected = new BigDecimal(projectionNumerator).divide(new BigDecimal(projectionDenominator), 0,
        RoundingMode.HALF_EVEN).longValueExact();
    Figure proRata = new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, yearToDate,
        divide(allowed, 12));
    Figure projection = new Figure(Figure.ENERGY, Comparison.BUDGET_PROJECTION, projected, budget);
    Severity severity = red ? Severity.RED : Severity.YELLOW;
    if (overProRata) {
      return Optional.of(new Finding(AlertKind.BUDGET_OVERRUN, severity, percent(used, allowed),
          red ? 100 + redBp / 100.0 : 100, rule.key(), proRata, profiled ? List.of(projection) : List.of(),
          notReported));
    }
    return Optional.of(new Finding(AlertKind.BUDGET_OVERRUN, severity, percent(projected, budget), 100, rule.key(),
        projection, List.of(proRata), notReported));
  }

  /** Whether {@code a × b > c × d} for numbers of zero or more, exactly and without allocating. */
  static boolean exceeds(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    return high != otherHigh ? high > otherHigh : Long.compareUnsigned(a * b, c * d) > 0;
  }

  /** The energy of a whole year, or 0 unless all twelve months were reported. */
  private static long wholeYear(MonthSeries months, int january) {
    long total = 0;
    for (int month = january; month < january + 12; month++) {
      if (!months.reported(month)) {
        return 0;
      }
      total = Math.addExact(total, months.energyKgce(month));
    }
    return total;
  }

  /** {@code part} as a percentage of {@code whole}, to one decimal, rounded half-even. */
  private static double percent(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static long divide(long value, long divisor) {
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
