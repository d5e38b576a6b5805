package org.industrialreporting.dashboard;

import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.creditcode.CreditCodes;

/**
 * A small district for the broker-backed tests: a high-tech zone with a photovoltaic town inside it, a food park,
 * six enterprises (one outside every park, one that stopped reporting after 2025, one new in 2026, two key energy
 * users with budgets: one above its pro-rata budget by September, one below), their reports from January 2025 to September 2026, targets and park reports.
 */
public final class SmallWorld {

  public static final YearMonth FIRST = YearMonth.of(2025, 1);
  public static final YearMonth LAST = YearMonth.of(2026, 9);
  public static final int ENTERPRISES = 6;

  private SmallWorld() {
  }

  public static List<Park> parks() {
    return List.of(TestRecords.zone(), TestRecords.pvTown(), TestRecords.foodPark());
  }

  /** Valid credit code number {@code n} of the district. */
  public static String code(int n) {
    return CreditCodes.withCheckCharacter(String.format("91%s%09d", DISTRICT, n).substring(0, 17));
  }

  public static List<Enterprise> enterprises() {
    return List.of(
        enterprise(1, "嘉兴光伏科技有限公司", PV_TOWN, List.of(EnterpriseTag.STRATEGIC_EMERGING, EnterpriseTag.HIGH_TECH),
            12_000L, null),
        enterprise(2, "秀洲新能源材料有限公司", PV_TOWN, List.of(EnterpriseTag.STRATEGIC_EMERGING), 8_000L, null),
        enterprise(3, "嘉兴智能装备股份有限公司", ZONE, List.of(EnterpriseTag.EQUIPMENT_MANUFACTURING,
            EnterpriseTag.DIGITAL_ECONOMY_CORE), 20_000L, 500_000L),
        enterprise(4, "秀洲食品有限公司", FOOD_PARK, List.of(), 6_000L, 400_000L),
        enterprise(5, "王店集成吊顶有限公司", FOOD_PARK, List.of(), 3_000L, null),
        enterprise(6, "王江泾智能家居有限公司", null, List.of(EnterpriseTag.HIGH_TECH), null, null));
  }

  private static Enterprise enterprise(int n, String name, String park, List<EnterpriseTag> tags, Long landCentimu,
      Long budgetKgce) {
    return Enterprise.newBuilder()
        .setCreditCode(code(n)).setName(name).setDistrictCode(DISTRICT).setParkId(park).setTown("王店镇")
        .setIndustryCode("C3825").setTags(tags).setAboveScale(true).setKeyEnergyUser(budgetKgce != null)
        .setLandAreaCentimu(landCentimu).setEnergyBudgetKgce(budgetKgce)
        .build();
  }

  /** Every report of the world in the order they are submitted: enterprise by enterprise, month by month. */
  public static List<MonthlyReport> reports() {
    List<MonthlyReport> reports = new ArrayList<>();
    for (int n = 1; n <= ENTERPRISES; n++) {
      for (YearMonth period = FIRST; !period.isAfter(LAST); period = period.plusMonths(1)) {
        if (reports(n, period)) {
          reports.add(report(n, period, 1, output(n, period)));
        }
      }
    }
    return reports;
  }

  /** Enterprise 5 stopped reporting after 2025; enterprise 6 started in 2026. */
  public static boolean reports(int n, YearMonth period) {
    return !(n == 5 && period.getYear() > 2025) && !(n == 6 && period.getYear() < 2026);
  }

  /** Output in yuan: a size per enterprise, growing 8% a year plus 1% a month, lower in February. */
  public static long output(int n, YearMonth period) {
    long base = new long[] {0, 80, 60, 50, 20, 10, 30}[n] * 1_000_000L;
    long grown = base * (period.getYear() == 2026 ? 108 : 100) / 100 * (100 + period.getMonthValue()) / 100;
    return period.getMonthValue() == 2 ? grown * 7 / 10 : grown;
  }

  /**
   * A report whose figures derive from {@code output} (yuan): value added a fifth, revenue equal, profit a tenth,
   * tax a twentieth, energy one kgce per thousand yuan, electricity eight kWh per kgce, 100 employees.
   */
  public static MonthlyReport report(int n, YearMonth period, long revision, long output) {
    return MonthlyReport.newBuilder()
        .setCreditCode(code(n)).setPeriod(period.toString()).setRevision(revision)
        .setSubmittedAt(Instant.parse("2026-10-08T00:00:00Z")).setSource("test")
        .setOutputValueYuan(output).setValueAddedYuan(output / 5).setRevenueYuan(output)
        .setProfitYuan(output / 10).setTaxYuan(output / 20).setEnergyKgce(output / 1000)
        .setElectricityKwh(output / 125).setEmployees(100).setRdExpenseYuan(output / 50).setExportValueYuan(0)
        .build();
  }

  public static List<Target> targets() {
    return List.of(
        new Target(ScopeType.DISTRICT, DISTRICT, 2026, "output_value", 3_000_000_000L),
        new Target(ScopeType.DISTRICT, DISTRICT, 2026, "energy_tce", 3_000_000L),
        new Target(ScopeType.PARK, ZONE, 2026, "fixed_asset_investment", 1_000_000_000L));
  }

  /** The zone's monthly fiscal revenue and investment. */
  public static List<ParkReport> parkReports() {
    List<ParkReport> reports = new ArrayList<>();
    for (YearMonth period = FIRST; !period.isAfter(LAST); period = period.plusMonths(1)) {
      long scale = period.getYear() == 2026 ? 118 : 100;
      reports.add(ParkReport.newBuilder()
          .setParkId(ZONE).setPeriod(period.toString()).setRevision(1).setSubmittedAt(Instant.parse("2026-10-08T00:00:00Z"))
          .setSource("test").setFiscalRevenueYuan(15_000_000L * scale / 100)
          .setFixedAssetInvestmentYuan(90_000_000L * scale / 100).setActualFdiUsd(1_000_000L)
          .setLandSuppliedCentimu(1_000L).setLandRecoveredCentimu(500L)
          .build());
    }
    return reports;
  }

  /**
   * Alerts as the anomaly detection would write them about the world's enterprises: enterprise 3 over its pro-rata
   * energy budget (RED), enterprise 4's output fall in September (YELLOW).
   */
  public static List<AnomalyAlert> alerts() {
    AnomalyAlert overrun = AnomalyAlert.newBuilder(TestRecords.alert(code(3), ZONE, "2026-09",
            AlertKind.BUDGET_OVERRUN, AlertStatus.OPEN, Severity.RED))
        .setScopeName(enterprises().get(2).getName()).setComparison(Comparison.BUDGET_PRO_RATA)
        .setCurrentValue(493_780L).setBaselineValue(375_000L).setChangeBp(3_167)
        .setExplanation("1–9月综合能耗493.8吨标准煤，超出序时用能预算375.0吨标准煤31.7%").build();
    AnomalyAlert fall = AnomalyAlert.newBuilder(TestRecords.alert(code(4), FOOD_PARK, "2026-09",
            AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.YELLOW))
        .setScopeName(enterprises().get(3).getName()).setIndicator("output_value")
        .setCurrentValue(14_000_000L).setBaselineValue(21_600_000L).setChangeBp(-3_519)
        .setExplanation("9月工业总产值1400.0万元，环比下降35.2%").build();
    return List.of(overrun, fall);
  }
}
