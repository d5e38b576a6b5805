package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.internal.AttributedReport;

/**
 * Enterprise monthly reports, attributed with the enterprise registry as it is when the report is processed:
 * an enterprise that moves to another park takes its later reports along, while its earlier ones stay where
 * they were counted until they are corrected.
 */
final class EnterpriseReports implements ReportKind<MonthlyReport, AttributedReport> {

  private final String enterprisesStore;
  private final String parksStore;
  private ReadOnlyKeyValueStore<String, ValueAndTimestamp<Enterprise>> enterprises;
  private ParkHierarchy parks;

  EnterpriseReports(String enterprisesStore, String parksStore) {
    this.enterprisesStore = enterprisesStore;
    this.parksStore = parksStore;
  }

  @Override
  public void init(ProcessorContext<?, ?> context) {
    enterprises = context.getStateStore(enterprisesStore);
    parks = ParkHierarchy.of(context.getStateStore(parksStore));
  }

  @Override
  public String reporterId(MonthlyReport report) {
    return report.getCreditCode();
  }

  @Override
  public YearMonth period(MonthlyReport report) {
    return YearMonth.parse(report.getPeriod());
  }

  @Override
  public long revision(MonthlyReport report) {
    return report.getRevision();
  }

  @Override
  public long revisionOf(AttributedReport attributed) {
    return attributed.getReport().getRevision();
  }

  /** Validation has made sure the enterprise is registered before a report gets here. */
  @Override
  public AttributedReport attribute(MonthlyReport report) {
    ValueAndTimestamp<Enterprise> registered = enterprises.get(report.getCreditCode());
    if (registered == null) {
      throw new IllegalStateException("Enterprise " + report.getCreditCode() + " left the registry during processing");
    }
    Enterprise enterprise = registered.value();
    return attribute(report, enterprise, parks.withParents(enterprise.getParkId()));
  }

  /** The report with what the registry says of its enterprise, and the enterprise's park with its parents. */
  static AttributedReport attribute(MonthlyReport report, Enterprise enterprise, List<String> parkIds) {
    return AttributedReport.newBuilder()
        .setReport(report)
        .setEnterpriseName(enterprise.getName())
        .setDistrictCode(enterprise.getDistrictCode())
        .setParkIds(parkIds)
        .setTown(enterprise.getTown())
        .setIndustryCode(enterprise.getIndustryCode())
        .setTags(enterprise.getTags())
        .setLandAreaCentimu(enterprise.getLandAreaCentimu())
        .setKeyEnergyUser(enterprise.getKeyEnergyUser())
        .setEnergyBudgetKgce(enterprise.getEnergyBudgetKgce())
        .build();
  }

  @Override
  public Map<String, CellVector> contributions(NavigableMap<YearMonth, AttributedReport> reports, int year) {
    return EnterpriseContributions.ofYear(reports, year);
  }
}
