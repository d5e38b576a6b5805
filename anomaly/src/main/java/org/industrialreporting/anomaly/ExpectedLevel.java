package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.ToLongFunction;

/**
 * The level a monthly figure is expected at, from the series' own months, allowing for the Spring Festival:
 * month on month, the median of the recent months (so that one odd month does not move it); year on year, the
 * same month a year earlier grown by the recent months' year-on-year growth. With both, their geometric mean:
 * the first lags behind seasons, the second carries last year's noise, and their errors partly cancel.
 */
final class ExpectedLevel {

  private ExpectedLevel() {
  }

  /**
   * @param figure which figure of the months
   * @param usable the months before {@code period} that may serve as a baseline (not stopped), by period
   * @param recent the latest of them that are not anomalous, the month-on-month baseline
   */
  static double of(ToLongFunction<MonthFigures> figure, NavigableMap<YearMonth, MonthFigures> usable,
      List<MonthFigures> recent, YearMonth period) {
    double monthOnMonth = RobustStatistics.median(recent.stream()
        .mapToDouble(m -> ordinary(figure, m)).toArray()) * FestivalEffect.typicalFactor(period);
    MonthFigures lastYear = usable.get(period.minusYears(1));
    if (lastYear == null || figure.applyAsLong(lastYear) <= 0) {
      return monthOnMonth;
    }
    List<Double> growth = new ArrayList<>();
    for (MonthFigures month : recent) {
      MonthFigures yearBefore = usable.get(month.period().minusYears(1));
      if (yearBefore != null && figure.applyAsLong(yearBefore) > 0 && figure.applyAsLong(month) > 0) {
        growth.add(Math.log(ordinary(figure, month) / ordinary(figure, yearBefore)));
      }
    }
    if (growth.isEmpty()) {
      return monthOnMonth;
    }
    double yearOnYear = ordinary(figure, lastYear) * FestivalEffect.typicalFactor(period)
        * Math.exp(RobustStatistics.median(growth.stream().mapToDouble(Double::doubleValue).toArray()));
    return Math.sqrt(monthOnMonth * yearOnYear);
  }

  /** The figure as it would be in a month without the holiday. */
  private static double ordinary(ToLongFunction<MonthFigures> figure, MonthFigures month) {
    return figure.applyAsLong(month) / FestivalEffect.typicalFactor(month.period());
  }
}
