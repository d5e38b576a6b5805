package org.industrialreporting.dashboard.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Ratios and periods as officials write them: growth {@code +11.4%}, shares and completion {@code 34.3%}, one
 * decimal, rounded half-even from the exact basis points; {@code —} where a ratio is undefined (its base was zero).
 */
public final class Formats {

  /** Shown for a figure that is undefined, never 0. */
  public static final String UNDEFINED = "—";

  private Formats() {
  }

  /** A share or completion rate in basis points, e.g. 3430 as {@code 34.3%}. */
  public static String percent(Integer basisPoints) {
    return basisPoints == null ? UNDEFINED : percentText(basisPoints) + "%";
  }

  /** A year-on-year change in basis points with its sign, e.g. 1140 as {@code +11.4%}, -250 as {@code -2.5%}. */
  public static String growth(Integer basisPoints) {
    if (basisPoints == null) {
      return UNDEFINED;
    }
    String text = percentText(basisPoints);
    return (basisPoints > 0 && !text.equals("0.0") ? "+" : "") + text + "%";
  }

  private static String percentText(int basisPoints) {
    return BigDecimal.valueOf(basisPoints).movePointLeft(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The month alone, e.g. {@code 2026年9月}. */
  public static String month(YearMonth period) {
    return period.getYear() + "年" + period.getMonthValue() + "月";
  }

  /** January to the month, e.g. {@code 2026年1–9月}; January alone is {@code 2026年1月}. */
  public static String yearToDate(YearMonth period) {
    return period.getMonthValue() == 1 ? month(period) : period.getYear() + "年1–" + period.getMonthValue() + "月";
  }

  /**
   * A ratio of two exact integers in basis points, rounded half-even; null when the base is not positive, so that
   * a share of nothing is undefined rather than 0.
   */
  public static Integer basisPoints(long part, long base) {
    if (base <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part).movePointRight(4).divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_EVEN)
        .intValueExact();
  }
}
