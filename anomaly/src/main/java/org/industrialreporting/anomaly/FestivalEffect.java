package org.industrialreporting.anomaly;

import java.time.YearMonth;
import org.industrialreporting.domain.calendar.SpringFestival;

/**
 * What the public holiday calendar lets a detector expect of a month: a typical factory runs at about half pace
 * over the Spring Festival season, so a month's expected output is scaled by the share of it that falls in the
 * season. Enterprises differ in how much they slow down; the energy–output relation absorbs the rest, since the
 * holiday moves both figures together.
 */
final class FestivalEffect {

  private static final double TYPICAL_SLOWDOWN = 0.5;

  private FestivalEffect() {
  }

  /** Output of the month relative to an ordinary month, for a typical factory: 1 outside the holiday season. */
  static double typicalFactor(YearMonth period) {
    return 1 - TYPICAL_SLOWDOWN * SpringFestival.holidayShare(period);
  }
}
