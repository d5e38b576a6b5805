package org.industrialreporting.streams.rollup;

import static org.industrialreporting.streams.rollup.CellField.FISCAL_REVENUE;
import static org.industrialreporting.streams.rollup.CellField.PARKS;
import static org.industrialreporting.streams.rollup.CellField.PARKS_FIRST;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.industrialreporting.avro.internal.AttributedParkReport;
import org.industrialreporting.domain.indicator.ParkIndicator;

/**
 * What one park's accepted reports add to the cells of its scopes: the park itself, its parent parks and its
 * district, each once. Like {@link EnterpriseContributions}, a pure function of the park's reports.
 */
final class ParkContributions {

  private static final ParkIndicator[] INDICATORS = ParkIndicator.values();

  private ParkContributions() {
  }

  static List<Scope> scopes(AttributedParkReport report) {
    List<Scope> scopes = new ArrayList<>(1 + report.getParkIds().size());
    scopes.add(Scope.district(report.getDistrictCode()));
    report.getParkIds().forEach(park -> scopes.add(Scope.park(park)));
    return scopes;
  }

  static Map<String, CellVector> ofYear(NavigableMap<YearMonth, AttributedParkReport> reports, int year) {
    Map<String, CellVector> cells = new HashMap<>();
    Set<Scope> seen = new HashSet<>();
    for (var entry : reports.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).entrySet()) {
      for (Scope scope : scopes(entry.getValue())) {
        CellVector cell = cells.computeIfAbsent(scope.cellKey(entry.getKey()), k -> new CellVector());
        cell.add(PARKS, 1);
        if (seen.add(scope)) {
          cell.add(PARKS_FIRST, 1);
        }
        for (ParkIndicator indicator : INDICATORS) {
          cell.add(FISCAL_REVENUE, indicator.ordinal(), indicator.get(entry.getValue().getReport()));
        }
      }
    }
    return cells;
  }
}
