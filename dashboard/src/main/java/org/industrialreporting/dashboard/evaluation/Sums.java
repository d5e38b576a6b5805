package org.industrialreporting.dashboard.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The sums the evaluation's indicators are quotients of, for one enterprise or added over a district's. Land and
 * headcount become mu-years and person-years so that flows divided by them are per year whatever the window.
 *
 * @param tce         energy, tonnes of standard coal
 * @param muYears     land × months / 12, in mu-years
 * @param personYears headcount summed over the months / 12, in person-years
 */
record Sums(BigDecimal taxYuan, BigDecimal valueAddedYuan, BigDecimal revenueYuan, BigDecimal rdExpenseYuan,
    BigDecimal tce, BigDecimal muYears, BigDecimal personYears) {

  static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * The enterprise's sums over its reports. Its land is the mean of the land recorded with its reports that carry
   * land, held for every month it reported: a month reported before its land was registered is not a month without
   * land. Zero mu-years when no report carries land.
   */
  static Sums of(EnterpriseYear enterprise) {
    long tax = 0;
    long valueAdded = 0;
    long revenue = 0;
    long rd = 0;
    long energyKgce = 0;
    long personMonths = 0;
    long landCentimu = 0;
    int monthsWithLand = 0;
    for (EnterpriseYear.Month month : enterprise.months()) {
      tax = Math.addExact(tax, month.taxYuan());
      valueAdded = Math.addExact(valueAdded, month.valueAddedYuan());
      revenue = Math.addExact(revenue, month.revenueYuan());
      rd = Math.addExact(rd, month.rdExpenseYuan());
      energyKgce = Math.addExact(energyKgce, month.energyKgce());
      personMonths = Math.addExact(personMonths, month.employees());
      if (hasLand(month)) {
        landCentimu = Math.addExact(landCentimu, month.landCentimu());
        monthsWithLand++;
      }
    }
    BigDecimal muYears = monthsWithLand == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(landCentimu).movePointLeft(2)
            .multiply(BigDecimal.valueOf(enterprise.months().size()))
            .divide(BigDecimal.valueOf(monthsWithLand).multiply(TWELVE), PRECISION);
    return new Sums(BigDecimal.valueOf(tax), BigDecimal.valueOf(valueAdded), BigDecimal.valueOf(revenue),
        BigDecimal.valueOf(rd), BigDecimal.valueOf(energyKgce).movePointLeft(3), muYears,
        BigDecimal.valueOf(personMonths).divide(TWELVE, PRECISION));
  }

  /** Land is declared when recorded and above zero. */
  static boolean hasLand(EnterpriseYear.Month month) {
    return month.landCentimu() != null && month.landCentimu() > 0;
  }

  Sums plus(Sums other) {
    return new Sums(taxYuan.add(other.taxYuan), valueAddedYuan.add(other.valueAddedYuan),
        revenueYuan.add(other.revenueYuan), rdExpenseYuan.add(other.rdExpenseYuan), tce.add(other.tce),
        muYears.add(other.muYears), personYears.add(other.personYears));
  }

  /** The indicator's value; null when its denominator is zero. */
  BigDecimal value(EvaluationIndicator indicator) {
    BigDecimal denominator = indicator.denominator(this);
    return denominator.signum() == 0 ? null : indicator.numerator(this).divide(denominator, PRECISION);
  }
}
