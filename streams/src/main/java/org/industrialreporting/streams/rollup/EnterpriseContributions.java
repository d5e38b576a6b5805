package org.industrialreporting.streams.rollup;

import static org.industrialreporting.streams.rollup.CellField.COMPARABLE;
import static org.industrialreporting.streams.rollup.CellField.COMPARABLE_FIRST;
import static org.industrialreporting.streams.rollup.CellField.COMPARABLE_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.DIGITAL_ECONOMY_CORE_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.ENTERPRISES;
import static org.industrialreporting.streams.rollup.CellField.ENTERPRISES_FIRST;
import static org.industrialreporting.streams.rollup.CellField.EQUIPMENT_MANUFACTURING_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.HIGH_TECH_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.LAND_FIRST;
import static org.industrialreporting.streams.rollup.CellField.LAND_MONTH;
import static org.industrialreporting.streams.rollup.CellField.OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.OUTPUT_VALUE_WITH_LAND;
import static org.industrialreporting.streams.rollup.CellField.PREVIOUS_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.STRATEGIC_EMERGING_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.TAX_WITH_LAND;
import static org.industrialreporting.streams.rollup.CellField.VALUE_ADDED_WITH_LAND;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;

/**
 * What one enterprise's accepted reports add to the rollup cells of the scopes they were attributed to. A pure
 * function of the enterprise's reports: the change a new report or correction causes is the difference of this
 * function before and after, so cells never depend on the order reports arrived in.
 *
 * <p>Per report, each of its scopes (its district, its park and the park's parents) gets: one reporting
 * enterprise, the indicators, the value added or output of its tags, its land and the figures that go with
 * land, and, when the enterprise also reported the same month a year earlier, the comparable pair (可比口径):
 * this year's and last year's figures. The enterprise's first month of the year in a scope also carries the
 * "first" counts and land, so year-to-date counts are sums of months.
 */
final class EnterpriseContributions {

  private static final EnterpriseIndicator[] INDICATORS = EnterpriseIndicator.values();

  private EnterpriseContributions() {
  }

  /** The scopes a report counts for: its district, then its park and the park's parents. */
  static List<Scope> scopes(AttributedReport report) {
    List<Scope> scopes = new ArrayList<>(1 + report.getParkIds().size());
    scopes.add(Scope.district(report.getDistrictCode()));
    report.getParkIds().forEach(park -> scopes.add(Scope.park(park)));
    return scopes;
  }

  /**
   * The enterprise's contributions to the cells of one year.
   *
   * @param reports the enterprise's reports by period, including the previous year (for comparable pairs)
   */
  static Map<String, CellVector> ofYear(NavigableMap<YearMonth, AttributedReport> reports, int year) {
    Map<String, CellVector> cells = new HashMap<>();
    Set<Scope> seen = new HashSet<>();
    Set<Scope> seenComparable = new HashSet<>();
    // Ascending order: the first month of the year in a scope is met first.
    for (var entry : reports.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).entrySet()) {
      AttributedReport current = entry.getValue();
      AttributedReport previousYear = reports.get(entry.getKey().minusYears(1));
      for (Scope scope : scopes(current)) {
        CellVector cell = cells.computeIfAbsent(scope.cellKey(entry.getKey()), k -> new CellVector());
        boolean first = seen.add(scope);
        addReport(cell, current, first);
        if (previousYear != null) {
          addComparable(cell, current.getReport(), previousYear.getReport(), seenComparable.add(scope));
        }
      }
    }
    return cells;
  }

  private static void addReport(CellVector cell, AttributedReport attributed, boolean firstOfYear) {
    MonthlyReport report = attributed.getReport();
    cell.add(ENTERPRISES, 1);
    if (firstOfYear) {
      cell.add(ENTERPRISES_FIRST, 1);
    }
    for (EnterpriseIndicator indicator : INDICATORS) {
      cell.add(OUTPUT_VALUE, indicator.ordinal(), indicator.get(report));
    }
    long valueAdded = EnterpriseIndicator.VALUE_ADDED.get(report);
    long output = EnterpriseIndicator.OUTPUT_VALUE.get(report);
    for (EnterpriseTag tag : attributed.getTags()) {
      switch (tag) {
        case STRATEGIC_EMERGING -> cell.add(STRATEGIC_EMERGING_VALUE_ADDED, valueAdded);
        case EQUIPMENT_MANUFACTURING -> cell.add(EQUIPMENT_MANUFACTURING_VALUE_ADDED, valueAdded);
        case DIGITAL_ECONOMY_CORE -> cell.add(DIGITAL_ECONOMY_CORE_VALUE_ADDED, valueAdded);
        case HIGH_TECH -> cell.add(HIGH_TECH_OUTPUT_VALUE, output);
      }
    }
    Long land = attributed.getLandAreaCentimu();
    if (land != null && land > 0) {
      cell.add(LAND_MONTH, land);
      if (firstOfYear) {
        cell.add(LAND_FIRST, land);
      }
      cell.add(OUTPUT_VALUE_WITH_LAND, output);
      cell.add(VALUE_ADDED_WITH_LAND, valueAdded);
      cell.add(TAX_WITH_LAND, EnterpriseIndicator.TAX.get(report));
    }
  }

  private static void addComparable(CellVector cell, MonthlyReport current, MonthlyReport previous, boolean first) {
    cell.add(COMPARABLE, 1);
    if (first) {
      cell.add(COMPARABLE_FIRST, 1);
    }
    for (EnterpriseIndicator indicator : INDICATORS) {
      cell.add(COMPARABLE_OUTPUT_VALUE, indicator.ordinal(), indicator.get(current));
      cell.add(PREVIOUS_OUTPUT_VALUE, indicator.ordinal(), indicator.get(previous));
    }
  }
}
