package org.industrialreporting.producers.simulator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * The Spring Festival dip: production runs at half pace from ten days before the lunar new year to two weeks
 * after, so the dip falls on January, February or March depending on the year's festival date.
 */
final class SpringFestival {

  private static final int DAYS_BEFORE = 10;
  private static final int DAYS_AFTER = 14;
  private static final double PACE = 0.5;
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

  private static final int FIRST_YEAR = 2000;
  private static final int YEARS = 100;
  /** Share of each month of 2000–2099 that falls in the holiday, computed once: generation reads it per report. */
  private static final double[] HOLIDAY_SHARE = holidayShares();

  private SpringFestival() {
  }

  /** Output multiplier of the month (1 outside the holiday), at least 0.4. */
  static double factor(YearMonth period, double sensitivity) {
    int index = (period.getYear() - FIRST_YEAR) * 12 + period.getMonthValue() - 1;
    double share = index >= 0 && index < HOLIDAY_SHARE.length ? HOLIDAY_SHARE[index] : holidayShare(period);
    return Math.max(0.4, 1 - (1 - PACE) * sensitivity * share);
  }

  private static double[] holidayShares() {
    double[] shares = new double[YEARS * 12];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = holidayShare(YearMonth.of(FIRST_YEAR + i / 12, 1 + i % 12));
    }
    return shares;
  }

  private static double holidayShare(YearMonth period) {
    if (period.getMonthValue() > 3) {
      return 0;
    }
    LocalDate newYear = NEW_YEAR.getOrDefault(period.getYear(), LocalDate.of(period.getYear(), 2, 5));
    LocalDate from = newYear.minusDays(DAYS_BEFORE);
    LocalDate to = newYear.plusDays(DAYS_AFTER);
    LocalDate first = period.atDay(1);
    LocalDate last = period.atEndOfMonth();
    LocalDate start = from.isAfter(first) ? from : first;
    LocalDate end = to.isBefore(last) ? to : last;
    long holidayDays = Math.max(0, end.toEpochDay() - start.toEpochDay() + 1);
    return (double) holidayDays / period.lengthOfMonth();
  }
}
