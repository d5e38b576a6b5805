package org.industrialreporting.producers.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.industrialreporting.avro.MonthlyReport;

/**
 * Output and value added per district over a window of months within one year (e.g. January to September) and
 * over the same months a year earlier, with growth on comparable basis (enterprises that reported in both
 * windows), from exact integer sums.
 */
final class YearToDateTotals {

  private final YearMonth first;
  private final YearMonth last;
  private final long[][] sums; // [figure][enterprise]: current output, value added, previous output, value added
  private final boolean[][] reported; // [current, previous][enterprise]
  private final String[] districts;

  /** The window from {@code first} to {@code last}, which must be in the same year. */
  YearToDateTotals(int enterprises, YearMonth first, YearMonth last) {
    if (first.getYear() != last.getYear() || first.isAfter(last)) {
      throw new IllegalArgumentException("a window within one year, not " + first + " to " + last);
    }
    this.first = first;
    this.last = last;
    sums = new long[4][enterprises];
    reported = new boolean[2][enterprises];
    districts = new String[enterprises];
  }

  void add(EnterpriseProfile profile, MonthlyReport report) {
    YearMonth period = YearMonth.parse(report.getPeriod());
    int window = period.getYear() == last.getYear() ? 0 : period.getYear() == last.getYear() - 1 ? 1 : -1;
    if (window < 0 || period.getMonthValue() < first.getMonthValue() || period.getMonthValue() > last.getMonthValue()) {
      return;
    }
    int i = profile.index();
    districts[i] = profile.enterprise().getDistrictCode();
    reported[window][i] = true;
    sums[2 * window][i] += report.getOutputValueYuan();
    sums[2 * window + 1][i] += report.getValueAddedYuan();
  }

  /** The totals of every district with reports in the current window, by district code. */
  List<YearToDateTotal> byDistrict(Map<String, String> names) {
    Map<String, long[]> totals = new TreeMap<>(); // enterprises, output, value added, comparable ×4
    for (int i = 0; i < districts.length; i++) {
      if (!reported[0][i]) {
        continue;
      }
      long[] t = totals.computeIfAbsent(districts[i], d -> new long[7]);
      t[0]++;
      t[1] += sums[0][i];
      t[2] += sums[1][i];
      if (reported[1][i]) {
        for (int f = 0; f < 4; f++) {
          t[3 + f] += sums[f][i];
        }
      }
    }
    List<YearToDateTotal> result = new ArrayList<>();
    totals.forEach((code, t) -> result.add(new YearToDateTotal(code, names.getOrDefault(code, code), (int) t[0], t[1],
        growthBp(t[3], t[5]), t[2], growthBp(t[4], t[6]))));
    return result;
  }

  /** (current / previous − 1) in basis points, rounded half-even; null when there is no previous figure. */
  static Integer growthBp(long current, long previous) {
    if (previous == 0) {
      return null;
    }
    return BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(previous), 0, RoundingMode.HALF_EVEN).intValueExact();
  }
}
