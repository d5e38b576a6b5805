package org.industrialreporting.dashboard.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The indicators of the 亩均 evaluation (Zhejiang's 亩均效益综合评价), each a quotient of two sums over the
 * enterprise's reports of the window. Flows per mu and per employee are per year (divided by mu-years and
 * person-years), so that a year to date compares with a whole year's benchmark; the other two are quotients of
 * flows. {@link #EMISSIONS} has no data in this pipeline and is never scored.
 */
public enum EvaluationIndicator {
  TAX_PER_MU("tax_per_mu", "亩均税收", "yuan per mu per year", "万元/亩", 4,
      Sums::taxYuan, Sums::muYears),
  VALUE_ADDED_PER_MU("value_added_per_mu", "亩均增加值", "yuan per mu per year", "万元/亩", 4,
      Sums::valueAddedYuan, Sums::muYears),
  VALUE_ADDED_PER_TCE("value_added_per_tce", "单位能耗增加值", "yuan per tce", "万元/吨标准煤", 4,
      Sums::valueAddedYuan, Sums::tce),
  VALUE_ADDED_PER_EMPLOYEE("value_added_per_employee", "全员劳动生产率", "yuan per person per year", "万元/人", 4,
      Sums::valueAddedYuan, Sums::personYears),
  RD_SHARE("rd_share", "研发经费投入强度", "share of revenue", "%", -2,
      Sums::rdExpenseYuan, Sums::revenueYuan),
  EMISSIONS("emissions", "单位排放增加值", "no data", "", 0, null, null);

  private final String key;
  private final String label;
  private final String unit;
  private final String displayUnit;
  private final int displayShift;
  private final Function<Sums, BigDecimal> numerator;
  private final Function<Sums, BigDecimal> denominator;

  EvaluationIndicator(String key, String label, String unit, String displayUnit, int displayShift,
      Function<Sums, BigDecimal> numerator, Function<Sums, BigDecimal> denominator) {
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.displayUnit = displayUnit;
    this.displayShift = displayShift;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The name in rules and answers, e.g. {@code tax_per_mu}. */
  public String key() {
    return key;
  }

  /** The Chinese name, e.g. 亩均税收. */
  public String label() {
    return label;
  }

  /** The unit of {@link #value}: yuan per mu per year, yuan per tce, yuan per person per year, a share. */
  public String unit() {
    return unit;
  }

  public String displayUnit() {
    return displayUnit;
  }

  /** Whether the pipeline has the data to score it. */
  public boolean scorable() {
    return numerator != null;
  }

  BigDecimal numerator(Sums sums) {
    return numerator.apply(sums);
  }

  BigDecimal denominator(Sums sums) {
    return denominator.apply(sums);
  }

  /** A value of the indicator as officials read it: 万元 (÷ 10^4) with two decimals, a share in percent. */
  public String display(BigDecimal value) {
    return value == null ? "—" : value.movePointLeft(displayShift).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The indicator of a rules key; an error naming the keys when there is none. */
  static EvaluationIndicator byKey(String key, String where) {
    for (EvaluationIndicator indicator : values()) {
      if (indicator.key.equals(key)) {
        return indicator;
      }
    }
    StringBuilder keys = new StringBuilder();
    for (EvaluationIndicator indicator : values()) {
      keys.append(keys.isEmpty() ? "" : ", ").append(indicator.key);
    }
    throw new IllegalArgumentException(where + ": unknown indicator '" + key + "', expected one of " + keys);
  }
}
