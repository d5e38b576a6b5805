package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.bench.jmh.SimulatedWorld;

/**
 * A simulated world's reports as the reports store keeps them, attributed to their district and parks by the
 * streams application's own code. In this package because attribution is internal to the streams application.
 */
public final class Attribution {

  private final SimulatedWorld world;
  private final ParkHierarchy parks;

  public Attribution(SimulatedWorld world) {
    this.world = world;
    this.parks = new ParkHierarchy(world::park);
  }

  /** The report attributed with the registry, as the streams application attributes it when it accepts it. */
  public AttributedReport attribute(MonthlyReport report) {
    Enterprise enterprise = world.enterprise(report.getCreditCode());
    return EnterpriseReports.attribute(report, enterprise, parks.withParents(enterprise.getParkId()));
  }

  /** Every enterprise's attributed reports of {@code from} to {@code to}, by credit code and month. */
  public Map<String, NavigableMap<YearMonth, AttributedReport>> histories(YearMonth from, YearMonth to) {
    Map<String, NavigableMap<YearMonth, AttributedReport>> histories = new LinkedHashMap<>();
    for (MonthlyReport report : world.reports(from, to)) {
      histories.computeIfAbsent(report.getCreditCode(), code -> new TreeMap<>())
          .put(YearMonth.parse(report.getPeriod()), attribute(report));
    }
    return histories;
  }
}
