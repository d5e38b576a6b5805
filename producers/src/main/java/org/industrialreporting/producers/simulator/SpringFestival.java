package org.industrialreporting.producers.simulator;

import java.time.YearMonth;

/**
 * The Spring Festival dip: production runs at half pace over the holiday season of the public calendar
 * ({@link org.industrialreporting.domain.calendar.SpringFestival}), scaled by the enterprise's sensitivity, so the
 * dip falls on January, February or March depending on the year's festival date.
 */
final class SpringFestival {

  private static final double PACE = 0.5;
  private static final double FLOOR = 0.4;

  private SpringFestival() {
  }

  /** Output multiplier of the month (1 outside the holiday), at least 0.4. */
  static double factor(YearMonth period, double sensitivity) {
    double share = org.industrialreporting.domain.calendar.SpringFestival.holidayShare(period);
    return Math.max(FLOOR, 1 - (1 - PACE) * sensitivity * share);
  }
}
