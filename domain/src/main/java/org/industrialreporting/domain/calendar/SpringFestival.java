package org.industrialreporting.domain.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * The Spring Festival (春节) holiday as public calendar knowledge: the date of each lunar new year and how much of
 * a month the holiday season covers, from ten days before the new year to two weeks after. Factories slow down
 * over that season, so it moves January, February or March depending on the year. The simulator models its effect
 * on production; the anomaly detectors use the calendar to expect the dip.
 */
public final class SpringFestival {

  /** Days of the holiday season before the lunar new year. */
  public static final int DAYS_BEFORE = 10;
  /** Days of the holiday season after the lunar new year. */
  public static final int DAYS_AFTER = 14;

  private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
      Map.entry(2016, LocalDate.of(2016, 2, 8)), Map.entry(2017, LocalDate.of(2017, 1, 28)),
      Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
      Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
      Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
      Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
      Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
      Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
      Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
      Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
      Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8)));
  /** Years outside the table: the festival falls between 21 January and 20 February, on 5 February on average. */
  private static final int AVERAGE_DAY_OF_FEBRUARY = 5;

  private static final int FIRST_YEAR = 2000;
  private static final int YEARS = 100;
  /** Share of each month of 2000–2099, computed once: the simulator asks for every report it generates. */
  private static final double[] HOLIDAY_SHARE = holidayShares();

  private SpringFestival() {
  }

  /** The lunar new year's day (春节) of a year. */
  public static LocalDate newYear(int year) {
    return NEW_YEAR.getOrDefault(year, LocalDate.of(year, 2, AVERAGE_DAY_OF_FEBRUARY));
  }

  /** Share of the month's days that fall in the holiday season, from 0 (none) to 1 (all). */
  public static double holidayShare(YearMonth period) {
    int index = (period.getYear() - FIRST_YEAR) * 12 + period.getMonthValue() - 1;
    return index >= 0 && index < HOLIDAY_SHARE.length ? HOLIDAY_SHARE[index] : computeShare(period);
  }

  private static double[] holidayShares() {
    double[] shares = new double[YEARS * 12];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = computeShare(YearMonth.of(FIRST_YEAR + i / 12, 1 + i % 12));
    }
    return shares;
  }

  private static double computeShare(YearMonth period) {
    if (period.getMonthValue() > 3) {
      return 0;
    }
    LocalDate newYear = newYear(period.getYear());
    LocalDate from = newYear.minusDays(DAYS_BEFORE);
    LocalDate to = newYear.plusDays(DAYS_AFTER);
    LocalDate start = from.isAfter(period.atDay(1)) ? from : period.atDay(1);
    LocalDate end = to.isBefore(period.atEndOfMonth()) ? to : period.atEndOfMonth();
    long holidayDays = Math.max(0, end.toEpochDay() - start.toEpochDay() + 1);
    return (double) holidayDays / period.lengthOfMonth();
  }
}
