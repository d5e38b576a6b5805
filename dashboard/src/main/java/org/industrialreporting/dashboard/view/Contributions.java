package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;

/**
 * What each enterprise contributes to a scope's rollup of a month: its figures of the month and of January to the
 * month, summed over the reports attributed to the scope, as the rollup sums them. The totals over all rows are the
 * rollup's totals.
 */
public final class Contributions {

  private static final int INDICATORS = EnterpriseIndicator.values().length;

  private final List<Row> rows;
  private final long[] monthTotals = new long[INDICATORS];
  private final long[] ytdTotals = new long[INDICATORS];

  /**
   * One enterprise's part.
   *
   * @param creditCode the enterprise
   * @param latest     its latest report in the window, with the parks and budget it was attributed with
   * @param month      its figures of the month, null when it did not report that month
   * @param ytd        its figures from January to the month, summed
   */
  public record Row(String creditCode, EnterpriseMonth latest, long[] month, long[] ytd) {

    /** The figure in the window, stored unit; null when the enterprise did not report that month. */
    public Long get(Window window, EnterpriseIndicator indicator) {
      long[] figures = window == Window.MONTH ? month : ytd;
      return figures == null ? null : figures[indicator.ordinal()];
    }
  }

  private Contributions(List<Row> rows) {
    this.rows = rows;
    for (Row row : rows) {
      add(ytdTotals, row.ytd());
      if (row.month() != null) {
        add(monthTotals, row.month());
      }
    }
  }

  /** The contributions to the scope's rollup of {@code period}, by credit code. */
  public static Contributions of(EnterpriseIndex index, ScopeType type, String scopeId, YearMonth period) {
    Map<String, Row> rows = new TreeMap<>();
    for (YearMonth month = YearMonth.of(period.getYear(), 1); !month.isAfter(period); month = month.plusMonths(1)) {
      boolean current = month.equals(period);
      for (EnterpriseMonth report : index.month(type, scopeId, month)) {
        long[] figures = EnterpriseMonth.figuresOf(report::get);
        rows.merge(report.creditCode(), new Row(report.creditCode(), report, current ? figures : null, figures),
            (earlier, later) -> new Row(earlier.creditCode(), later.latest(), later.month(), sum(earlier.ytd(), later.ytd())));
      }
    }
    return new Contributions(new ArrayList<>(rows.values()));
  }

  /** One row per enterprise with a report in the window, in credit code order. */
  public List<Row> rows() {
    return rows;
  }

  /** The sum over all rows, stored unit. */
  public long total(Window window, EnterpriseIndicator indicator) {
    return (window == Window.MONTH ? monthTotals : ytdTotals)[indicator.ordinal()];
  }

  private static long[] sum(long[] a, long[] b) {
    long[] sum = Arrays.copyOf(a, a.length);
    add(sum, b);
    return sum;
  }

  private static void add(long[] into, long[] figures) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], figures[i]);
    }
  }
}
