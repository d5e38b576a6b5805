package org.industrialreporting.streams.rollup;

import java.time.YearMonth;

/**
 * Keys of the stores that keep reports: {@code reporter|YYYY-MM}, so that one reporter's months sort together
 * in time order and a range scan reads a reporter's history.
 */
public final class ReportKeys {

  private ReportKeys() {
  }

  public static String report(String reporter, YearMonth period) {
    return reporter + '|' + period;
  }

  public static YearMonth periodOf(String key) {
    return YearMonth.parse(key.substring(key.lastIndexOf('|') + 1));
  }
}
