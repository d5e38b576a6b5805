package org.industrialreporting.anomaly;

import java.time.YearMonth;
import org.industrialreporting.domain.calendar.SpringFestival;

/**
 * What the public holiday calendar lets a detector expect of a month: a typical factory runs at about half pace
 * over the Spring Festival season, so a month's expected figures are scaled by the share of it that falls in the
 * season. Enterprises differ in how much they slow down — some hardly, some close for a month — so an
 * enterprise's own sensitivity is learnt from a festival season in its history where there is one: the log factor
 * of a month is the typical one times the sensitivity.
 */
final class FestivalEffect {

  private static final double TYPICAL_SLOWDOWN = 0.5;
  /** A month whose typical log factor is below this (about 4 % of it in the season) is a festival month. */
  private static final double FESTIVAL_MONTH = Math.log(0.98);
  /** Months on either side of a festival season that give the level it is compared with. */
  private static final int REFERENCE_MONTHS = 3;
  private static final double MAX_SENSITIVITY = 4;
  private static final int FIRST_YEAR = 2000;
  private static final int YEARS = 100;
  /** The logarithm of the typical factor of every month of 2000–2099, by month number: judging asks for many. */
  private static final double[] LOG_FACTOR = logFactors();

  private FestivalEffect() {
  }

  /** Output of the month relative to an ordinary month, for a typical factory: 1 outside the holiday season. */
  static double typicalFactor(YearMonth period) {
    return 1 - TYPICAL_SLOWDOWN * SpringFestival.holidayShare(period);
  }

  /** {@code ln} of the {@linkplain #typicalFactor typical factor} of a month number ({@link MonthSeries#index}). */
  static double logTypicalFactor(int month) {
    int i = month - FIRST_YEAR * 12;
    return i >= 0 && i < LOG_FACTOR.length ? LOG_FACTOR[i] : Math.log(typicalFactor(MonthSeries.month(month)));
  }

  /** Whether a month falls (by more than about 4 % of it) in the festival season. */
  static boolean inSeason(int month) {
    return logTypicalFactor(month) < FESTIVAL_MONTH;
  }

  /**
   * How strongly an enterprise slows down over the festival relative to a typical factory, learnt from the
   * festival seasons that lie wholly in {@code from}–{@code to − 1} with months before and after them: each
   * season's months against the mean level of the (up to three) months on either side, least squares through the
   * origin on the typical log factors, leaving out months whose own sensitivity would be below 0 or above 4.
   *
   * @param logs the logarithm of a figure from month {@code logsFrom} on, NaN where it cannot be used
   * @return the sensitivity, 0 (no slowdown) to 4; NaN when no such season lies in the range
   */
  static double sensitivity(double[] logs, int logsFrom, int from, int to) {
    double products = 0;
    double squares = 0;
    int month = from;
    while (month < to) {
      if (!inSeason(month)) {
        month++;
        continue;
      }
      int seasonFrom = month;
      while (month < to && inSeason(month)) {
        month++;
      }
      if (month >= to) {
        break; // the season is not over before the month judged
      }
      double before = middle(logs, logsFrom, Math.max(from, seasonFrom - REFERENCE_MONTHS), seasonFrom);
      double after = middle(logs, logsFrom, month, Math.min(to, month + REFERENCE_MONTHS));
      if (Double.isNaN(before) || Double.isNaN(after)) {
        continue; // one side alone takes the season's drift of level for its depth
      }
      double level = (before + after) / 2;
      for (int m = seasonFrom; m < month; m++) {
        double value = logs[m - logsFrom];
        double typical = logTypicalFactor(m);
        double own = (value - level) / typical;
        // A month no festival explains (a stoppage, an anomaly) says nothing about the festival.
        if (own >= 0 && own <= MAX_SENSITIVITY) {
          products += (value - level) * typical;
          squares += typical * typical;
        }
      }
    }
    return squares == 0 ? Double.NaN : products / squares;
  }

  /** The median of the usable values among months {@code from} to {@code to − 1} (at most three), or NaN. */
  private static double middle(double[] logs, int logsFrom, int from, int to) {
    double a = Double.NaN;
    double b = Double.NaN;
    double c = Double.NaN;
    int count = 0;
    for (int m = from; m < to; m++) {
      double value = logs[m - logsFrom];
      if (!Double.isNaN(value)) {
        if (count == 0) {
          a = value;
        } else if (count == 1) {
          b = value;
        } else {
          c = value;
        }
        count++;
      }
    }
    return switch (count) {
      case 0 -> Double.NaN;
      case 1 -> a;
      case 2 -> (a + b) / 2;
      default -> RobustStatistics.median(a, b, c);
    };
  }

  private static double[] logFactors() {
    double[] factors = new double[YEARS * 12];
    for (int i = 0; i < factors.length; i++) {
      factors[i] = Math.log(typicalFactor(MonthSeries.month(FIRST_YEAR * 12 + i)));
    }
    return factors;
  }
}
