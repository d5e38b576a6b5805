package org.industrialreporting.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Efficiency;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.IndicatorTotals;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.avro.Structure;
import org.industrialreporting.avro.TargetCompletion;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;

/** Records as the pipeline writes them, small enough to read in a test. */
public final class TestRecords {

  public static final String DISTRICT = "330411";
  public static final String ZONE = "XZ-HTZ";
  public static final String PV_TOWN = "XZ-PV";
  public static final String FOOD_PARK = "XZ-FOOD";

  private TestRecords() {
  }

  public static Park zone() {
    return new Park(ZONE, "秀洲国家高新区", DISTRICT, ParkLevel.NATIONAL_HIGH_TECH, null);
  }

  public static Park pvTown() {
    return new Park(PV_TOWN, "光伏小镇", DISTRICT, ParkLevel.THEMED, ZONE);
  }

  public static Park foodPark() {
    return new Park(FOOD_PARK, "食品产业园", DISTRICT, ParkLevel.TOWN_PARK, null);
  }

  /** Totals whose indicators derive from output (yuan): value added a fifth, energy one kgce per thousand yuan. */
  public static IndicatorTotals totals(long output) {
    IndicatorTotals totals = new IndicatorTotals(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    EnterpriseIndicator.OUTPUT_VALUE.setTotal(totals, output);
    EnterpriseIndicator.VALUE_ADDED.setTotal(totals, output / 5);
    EnterpriseIndicator.ENERGY_TCE.setTotal(totals, output / 1000);
    EnterpriseIndicator.EMPLOYEES.setTotal(totals, 300);
    return totals;
  }

  /** A rollup of {@code output} yuan in the month and three times that in the year to date. */
  public static Rollup rollup(ScopeType type, String scopeId, String period, long output, Integer growthBp) {
    return Rollup.newBuilder()
        .setScopeType(type).setScopeId(scopeId).setScopeName(type == ScopeType.PARK ? "园区" + scopeId : null)
        .setDistrictCode(DISTRICT).setPeriod(period)
        .setMonth(figures(output, growthBp))
        .setYtd(figures(3 * output, growthBp))
        .setTargets(List.of(new TargetCompletion("output_value", 12 * output, 3 * output, 2500)))
        .setUpdatedAt(Instant.parse("2026-10-08T00:00:00Z"))
        .build();
  }

  private static Figures figures(long output, Integer growthBp) {
    return Figures.newBuilder()
        .setReportingEnterprises(2)
        .setTotals(totals(output))
        .setComparableEnterprises(2)
        .setGrowth(Map.of("output_value", new Growth(growthBp == null ? null : growthBp + 60, growthBp)))
        .setStructure(new Structure(output / 10, 0L, 0L, output / 2, 5000, 0, 0, 5000))
        .setEfficiency(new Efficiency(10_000L, output / 100, null, null, 50_000L, null, null))
        .build();
  }

  /** A month's report in force as the streams application keeps it, attributed to the district and the parks given. */
  public static ReportMonth<Attribution> month(String period, long output, String... parks) {
    long[] figures = new long[EnterpriseIndicator.values().length];
    figures[EnterpriseIndicator.OUTPUT_VALUE.ordinal()] = output;
    figures[EnterpriseIndicator.VALUE_ADDED.ordinal()] = output / 5;
    figures[EnterpriseIndicator.REVENUE.ordinal()] = output;
    figures[EnterpriseIndicator.PROFIT.ordinal()] = output / 10;
    figures[EnterpriseIndicator.TAX.ordinal()] = output / 20;
    figures[EnterpriseIndicator.ENERGY_TCE.ordinal()] = output / 1000;
    figures[EnterpriseIndicator.ELECTRICITY_KWH.ordinal()] = output / 125;
    figures[EnterpriseIndicator.EMPLOYEES.ordinal()] = 100;
    return new ReportMonth<>(Months.of(YearMonth.parse(period)), 1, 0, 0,
        new Attribution(DISTRICT, List.of(parks), Set.of(), null, null, "C3825", true), figures);
  }

  /** An enterprise's ledger with these months in force. */
  @SafeVarargs
  public static EnterpriseLedger ledger(ReportMonth<Attribution>... months) {
    MonthHistory<Attribution> history = new MonthHistory<>();
    for (ReportMonth<Attribution> month : months) {
      history.put(month);
    }
    return new EnterpriseLedger(history, List.of());
  }

  /** The enterprise as the registry has it: named after its code, with the energy budget given (null: none). */
  public static Enterprise registered(String creditCode, Long budgetKgce) {
    return Enterprise.newBuilder().setCreditCode(creditCode).setName("企业" + creditCode.substring(14))
        .setDistrictCode(DISTRICT).setIndustryCode("C3825").setAboveScale(true).setKeyEnergyUser(budgetKgce != null)
        .setEnergyBudgetKgce(budgetKgce).build();
  }

  /** The id of an enterprise's alert of a month. */
  public static String alertId(String creditCode, String period, AlertKind kind) {
    return TopicKeys.alertId(AlertScope.ENTERPRISE, creditCode, YearMonth.parse(period), kind);
  }

  public static AnomalyAlert alert(String creditCode, String park, String period, AlertKind kind, AlertStatus status,
      Severity severity) {
    return AnomalyAlert.newBuilder()
        .setAlertId(alertId(creditCode, period, kind)).setStatus(status).setScopeType(AlertScope.ENTERPRISE)
        .setScopeId(creditCode).setScopeName("企业" + creditCode.substring(14)).setDistrictCode(DISTRICT)
        .setParkId(park).setIndustryCode("C3825").setPeriod(period).setKind(kind).setSeverity(severity)
        .setIndicator("energy_tce").setComparison(Comparison.MONTH_ON_MONTH)
        .setCurrentValue(2_500_000L).setBaselineValue(1_000_000L).setChangeBp(15_000).setScore(6.2).setThreshold(4.0)
        .setExplanation("综合能耗环比上升150.0%").setDetectedAt(Instant.parse("2026-10-08T00:00:00Z"))
        .build();
  }
}
