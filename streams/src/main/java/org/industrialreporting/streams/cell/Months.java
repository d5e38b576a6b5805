package org.industrialreporting.streams.cell;

import java.time.YearMonth;

/**
 * Months as one integer, {@code year * 12 + month - 1}, so that the state's arithmetic on periods (a year back, the
 * next month, the months of a year) is integer arithmetic and a month is one small field on the wire.
 */
public final class Months {

  private Months() {
  }

  public static int of(YearMonth period) {
    return period.getYear() * 12 + period.getMonthValue() - 1;
  }

  public static int of(int year, int month) {
    return year * 12 + month - 1;
  }

  public static YearMonth toYearMonth(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
  }

  public static int year(int month) {
    return Math.floorDiv(month, 12);
  }

  /** 1 for January to 12 for December. */
  public static int monthOfYear(int month) {
    return Math.floorMod(month, 12) + 1;
  }

  public static int january(int year) {
    return year * 12;
  }

  public static int december(int year) {
    return year * 12 + 11;
  }
}
