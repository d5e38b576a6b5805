package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.internal.AttributedParkReport;

/** Park monthly reports, attributed to the park, its parents and its district as registered when processed. */
final class ParkReports implements ReportKind<ParkReport, AttributedParkReport> {

  private final String parksStore;
  private ParkHierarchy parks;

  ParkReports(String parksStore) {
    this.parksStore = parksStore;
  }

  @Override
  public void init(ProcessorContext<?, ?> context) {
    parks = ParkHierarchy.of(context.getStateStore(parksStore));
  }

  @Override
  public String reporterId(ParkReport report) {
    return report.getParkId();
  }

  @Override
  public YearMonth period(ParkReport report) {
    return YearMonth.parse(report.getPeriod());
  }

  @Override
  public long revision(ParkReport report) {
    return report.getRevision();
  }

  @Override
  public long revisionOf(AttributedParkReport attributed) {
    return attributed.getReport().getRevision();
  }

  /** Validation has made sure the park is registered before a report gets here. */
  @Override
  public AttributedParkReport attribute(ParkReport report) {
    Park park = parks.park(report.getParkId()).orElseThrow(() -> new IllegalStateException(
        "Park " + report.getParkId() + " left the registry during processing"));
    return new AttributedParkReport(report, park.getDistrictCode(), parks.withParents(park.getParkId()));
  }

  @Override
  public Map<String, CellVector> contributions(NavigableMap<YearMonth, AttributedParkReport> reports, int year) {
    return ParkContributions.ofYear(reports, year);
  }
}
