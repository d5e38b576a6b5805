package org.industrialreporting.anomaly;

import java.util.Arrays;
import org.industrialreporting.avro.Comparison;

/**
 * The plain baseline an alert shows a monitor, beside the model that decided it: the same month a year earlier
 * when it was an ordinary month and the change against it points the way of the anomaly, else the median of the
 * (up to three) recent ordinary months. Every figure of one alert uses the same baseline months, so they read
 * together. Only built for a month that has an alert.
 *
 * @param months the baseline months (month numbers)
 */
record DisplayBaseline(Comparison comparison, int[] months) {

  /** A figure of a month of a series. */
  interface Value {
    Value OUTPUT = MonthSeries::outputYuan;
    Value ENERGY = MonthSeries::energyKgce;
    Value INTENSITY = (series, month) -> Figure.intensity(series.outputYuan(month), series.energyKgce(month));

    long of(MonthSeries series, int month);
  }

  /**
   * The baseline of one figure's track for the last month of its window.
   *
   * @param firstMonth the month number of the track's window month 0
   * @param direction +1 for a rise, −1 for a fall: the year-on-year change must have that sign
   */
  static DisplayBaseline choose(MonthSeries series, int month, LevelTrack track, int firstMonth, Value value,
      int direction) {
    int lastYear = month - 12 - firstMonth;
    if (lastYear >= 0 && track.baseline(lastYear)
        && Long.signum(value.of(series, month) - value.of(series, month - 12)) == direction) {
      return new DisplayBaseline(Comparison.YEAR_ON_YEAR, new int[] {month - 12});
    }
    int[] recent = new int[track.recentCount()];
    for (int i = 0; i < recent.length; i++) {
      recent[i] = firstMonth + track.recent(i);
    }
    return new DisplayBaseline(Comparison.MONTH_ON_MONTH, recent);
  }

  /** The figure of the month against this baseline: the median of the baseline months, exact. */
  Figure figure(String indicator, Value value, MonthSeries series, int month) {
    long[] values = Arrays.stream(months).mapToLong(m -> value.of(series, m)).sorted().toArray();
    return new Figure(indicator, comparison, value.of(series, month), values[(values.length - 1) / 2]);
  }
}
