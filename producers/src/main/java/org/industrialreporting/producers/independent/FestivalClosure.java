package org.industrialreporting.producers.independent;

import java.time.LocalDate;
import java.time.YearMonth;
import org.industrialreporting.domain.calendar.SpringFestival;

/**
 * How one factory stops for the Spring Festival: it idles from some days before the lunar new year to some days
 * after, at a skeleton pace, then ramps back up to full pace over a few days as workers return. A month's pace is
 * the average of its days, so the dip falls on January, February or March as the date moves.
 *
 * @param daysBefore days idle before the new year's day
 * @param daysAfter days idle after it
 * @param rampDays days from idle back to full pace
 * @param idlePace share of the full pace while idle
 */
record FestivalClosure(int daysBefore, int daysAfter, int rampDays, double idlePace) {

  /** The month's production as a share of a month at full pace. */
  double pace(YearMonth period) {
    if (period.getMonthValue() > 3) {
      return 1;
    }
    LocalDate newYear = SpringFestival.newYear(period.getYear());
    double sum = 0;
    for (int day = 1; day <= period.lengthOfMonth(); day++) {
      sum += dayPace(period.atDay(day).toEpochDay() - newYear.toEpochDay());
    }
    return sum / period.lengthOfMonth();
  }

  /** @param offset days after the new year's day, negative before it */
  private double dayPace(long offset) {
    if (offset < -daysBefore) {
      return 1;
    }
    if (offset <= daysAfter) {
      return idlePace;
    }
    long intoRamp = offset - daysAfter;
    return intoRamp >= rampDays ? 1 : idlePace + (1 - idlePace) * intoRamp / rampDays;
  }
}
