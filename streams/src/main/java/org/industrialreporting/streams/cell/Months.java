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

  /**
   * The month of a period written {@code yyyy-MM}, as validated reports carry it: parsed without {@link YearMonth}'s
   * general parser, which cost a few percent of the first stage's time per report; any other form goes through it.
   */
  public static int parse(String period) {
    if (period.length() == 7 && period.charAt(4) == '-') {
      int year = digits(period, 0, 4);
      int month = digits(period, 5, 7);
      if (year >= 0 && month >= 1 && month <= 12) {
        return of(year, month);
      }
    }
    return of(YearMonth.parse(period));
  }

  /** The number the decimal digits from {@code from} to {@code to} spell, or -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
