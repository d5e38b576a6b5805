package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.Arrays;

/**
 * An enterprise's (or a scope's) two followed figures for consecutive months, as primitive arrays so that judging a
 * month costs no map, boxing or list: output value in yuan and comprehensive energy in kgce, exact as reported, from
 * month {@link #firstMonth()} on. A month with no report holds {@link #NOT_REPORTED} in both arrays — never zero,
 * which is a figure (a stopped plant reports zero output).
 *
 * <p>Months are numbered {@code year × 12 + month − 1} ({@link #index(YearMonth)}), so that month arithmetic is
 * integer arithmetic. The series keeps the arrays it is given, without copying: the caller must not change them.
 */
public final class MonthSeries {

  /** The value of both figures of a month that was not reported. */
  public static final long NOT_REPORTED = -1;

  private final int firstMonth;
  private final long[] outputYuan;
  private final long[] energyKgce;

  /**
   * @throws IllegalArgumentException when the arrays differ in length, a figure is negative other than
   *     {@link #NOT_REPORTED}, or a month has one figure reported and not the other
   */
  public MonthSeries(int firstMonth, long[] outputYuan, long[] energyKgce) {
    if (outputYuan.length != energyKgce.length) {
      throw new IllegalArgumentException("output has " + outputYuan.length + " months and energy "
          + energyKgce.length);
    }
    for (int i = 0; i < outputYuan.length; i++) {
      boolean outputReported = outputYuan[i] != NOT_REPORTED;
      if (outputReported != (energyKgce[i] != NOT_REPORTED) || outputYuan[i] < NOT_REPORTED
          || energyKgce[i] < NOT_REPORTED) {
        throw new IllegalArgumentException("month " + month(firstMonth + i) + " has output " + outputYuan[i]
            + " and energy " + energyKgce[i] + ": both figures are reported (zero or more) or neither is ("
            + NOT_REPORTED + ")");
      }
    }
    this.firstMonth = firstMonth;
    this.outputYuan = outputYuan;
    this.energyKgce = energyKgce;
  }

  /** A series of {@code months} months from {@code firstMonth}, none reported yet, to fill with {@link Builder#put}. */
  public static Builder builder(int firstMonth, int months) {
    return new Builder(firstMonth, months);
  }

  /** Fills a series month by month; months not put stay not reported. */
  public static final class Builder {

    private final int firstMonth;
    private final long[] output;
    private final long[] energy;

    private Builder(int firstMonth, int months) {
      this.firstMonth = firstMonth;
      output = new long[months];
      energy = new long[months];
      Arrays.fill(output, NOT_REPORTED);
      Arrays.fill(energy, NOT_REPORTED);
    }

    /** @throws IndexOutOfBoundsException for a month outside the series */
    public Builder put(int month, long outputYuan, long energyKgce) {
      output[month - firstMonth] = outputYuan;
      energy[month - firstMonth] = energyKgce;
      return this;
    }

    public Builder put(YearMonth month, long outputYuan, long energyKgce) {
      return put(index(month), outputYuan, energyKgce);
    }

    public MonthSeries build() {
      return new MonthSeries(firstMonth, output, energy);
    }
  }

  /** The number of a month: {@code year × 12 + month − 1}. */
  public static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The month of a number. */
  public static YearMonth month(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  /** The calendar year of a month number. */
  public static int year(int index) {
    return Math.floorDiv(index, 12);
  }

  public int firstMonth() {
    return firstMonth;
  }

  /** The last month the series holds (reported or not). */
  public int lastMonth() {
    return firstMonth + outputYuan.length - 1;
  }

  /** Whether the month is in the series and was reported. */
  public boolean reported(int month) {
    int i = month - firstMonth;
    return i >= 0 && i < outputYuan.length && outputYuan[i] != NOT_REPORTED;
  }

  /** The month's output, yuan; {@link #NOT_REPORTED} for a month not reported or outside the series. */
  public long outputYuan(int month) {
    int i = month - firstMonth;
    return i >= 0 && i < outputYuan.length ? outputYuan[i] : NOT_REPORTED;
  }

  /** The month's energy, kgce; {@link #NOT_REPORTED} for a month not reported or outside the series. */
  public long energyKgce(int month) {
    int i = month - firstMonth;
    return i >= 0 && i < energyKgce.length ? energyKgce[i] : NOT_REPORTED;
  }

  /** The latest reported month from {@code from} to {@code to}, or {@code from − 1} when none was. */
  public int latestReported(int from, int to) {
    for (int month = Math.min(to, lastMonth()); month >= from; month--) {
      if (reported(month)) {
        return month;
      }
    }
    return from - 1;
  }
}
