package org.industrialreporting.anomaly;

import java.util.List;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.Comparison;

/**
 * The plain baseline an alert shows a monitor, beside the model that decided it: the same month a year earlier
 * when it was an ordinary month and the change against it points the way of the anomaly, else the median of the
 * three recent ordinary months. Every figure of one alert uses the same baseline, so they read together.
 */
record DisplayBaseline(Comparison comparison, List<MonthFigures> months) {

  /**
   * @param lastYear the same month a year earlier if it was an ordinary month, else null
   * @param recent the recent ordinary months
   * @param direction +1 for a rise, −1 for a fall: the year-on-year change must have that sign
   */
  static DisplayBaseline choose(MonthFigures current, MonthFigures lastYear, List<MonthFigures> recent,
      ToLongFunction<MonthFigures> value, int direction) {
    if (lastYear != null && Long.signum(value.applyAsLong(current) - value.applyAsLong(lastYear)) == direction) {
      return new DisplayBaseline(Comparison.YEAR_ON_YEAR, List.of(lastYear));
    }
    return new DisplayBaseline(Comparison.MONTH_ON_MONTH, recent);
  }

  /** The figure of the month against this baseline: the median of the baseline months, exact. */
  Figure figure(String indicator, ToLongFunction<MonthFigures> value, MonthFigures current) {
    long[] values = months.stream().mapToLong(value).sorted().toArray();
    return new Figure(indicator, comparison, value.applyAsLong(current), values[(values.length - 1) / 2]);
  }
}
