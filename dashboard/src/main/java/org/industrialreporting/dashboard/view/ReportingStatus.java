package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.anomaly.ReportingNotice;
import org.industrialreporting.avro.Enterprise;

/**
 * Who was due to report a month in a district, park or town, and who has.
 *
 * @param expected the enterprises due to report (应报): registered in the scope and above scale in the month's year
 * @param missing those of them without an accepted report in force for the month (未报), by credit code
 * @param reportedBelowScale reports in force from the scope's other registered enterprises (below scale that year),
 *     counted apart so that no report received disappears from the figures
 */
public record ReportingStatus(YearMonth period, List<Enterprise> expected, List<Enterprise> missing,
    int reportedBelowScale) {

  public ReportingStatus {
    expected = List.copyOf(expected);
    missing = List.copyOf(missing);
  }

  /** 已报: the enterprises due that have reported. */
  public int reported() {
    return expected.size() - missing.size();
  }

  /** 报送率 = 已报 / 应报 in basis points; null when nobody is due. */
  public Integer rateBp() {
    return ReportingNotice.rateBp(reported(), expected.size());
  }
}
