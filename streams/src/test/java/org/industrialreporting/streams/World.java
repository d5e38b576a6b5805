package org.industrialreporting.streams;

import java.time.Instant;
import java.util.List;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.creditcode.CreditCodes;

/** A small world for the streams tests: one district, a zone with a child park, a separate park. */
final class World {

  static final String DISTRICT = "330411";
  static final String ZONE = "XZ-HTZ";
  static final String PV_TOWN = "XZ-PV";
  static final String FOOD_PARK = "XZ-FOOD";

  private World() {
  }

  /** A valid credit code registered in the district, numbered {@code n}. */
  static String code(int n) {
    return CreditCodes.withCheckCharacter(String.format("91%s%09d", DISTRICT, n).substring(0, 17));
  }

  static Park zone() {
    return new Park(ZONE, "秀洲国家高新区", DISTRICT, ParkLevel.NATIONAL_HIGH_TECH, null);
  }

  static Park pvTown() {
    return new Park(PV_TOWN, "光伏小镇", DISTRICT, ParkLevel.THEMED, ZONE);
  }

  static Park foodPark() {
    return new Park(FOOD_PARK, "食品产业园", DISTRICT, ParkLevel.TOWN_PARK, null);
  }

  static Enterprise enterprise(int n, String park, List<EnterpriseTag> tags, Long landCentimu) {
    return Enterprise.newBuilder()
        .setCreditCode(code(n)).setName("企业" + n).setDistrictCode(DISTRICT).setParkId(park).setTown("王店镇")
        .setIndustryCode("C3825").setTags(tags).setAboveScale(true).setKeyEnergyUser(false)
        .setLandAreaCentimu(landCentimu).setEnergyBudgetKgce(null)
        .build();
  }

  /**
   * A report whose figures derive from {@code output} (yuan): value added a fifth of it, revenue equal, profit a
   * tenth, tax a twentieth, energy one kgce per thousand yuan, electricity eight kWh per kgce, 100 employees.
   */
  static MonthlyReport report(int n, String period, long revision, long output) {
    return MonthlyReport.newBuilder()
        .setCreditCode(code(n)).setPeriod(period).setRevision(revision)
        .setSubmittedAt(Instant.parse("2026-10-08T00:00:00Z")).setSource("test")
        .setOutputValueYuan(output).setValueAddedYuan(output / 5).setRevenueYuan(output)
        .setProfitYuan(output / 10).setTaxYuan(output / 20).setEnergyKgce(output / 1000)
        .setElectricityKwh(output / 125).setEmployees(100).setRdExpenseYuan(output / 50).setExportValueYuan(0)
        .build();
  }

  /** A report as {@link #report}, with its own energy figure. */
  static MonthlyReport report(int n, String period, long revision, long output, long energyKgce) {
    MonthlyReport report = report(n, period, revision, output);
    report.setEnergyKgce(energyKgce);
    return report;
  }

  /** A key energy-using unit with an annual energy budget. */
  static Enterprise keyEnergyUser(int n, long budgetKgce) {
    return Enterprise.newBuilder(enterprise(n, null, List.of(), null)).setIndustryCode("C3011")
        .setKeyEnergyUser(true).setEnergyBudgetKgce(budgetKgce).build();
  }

  static ParkReport parkReport(String park, String period, long revision, long fiscalRevenue, long investment) {
    return ParkReport.newBuilder()
        .setParkId(park).setPeriod(period).setRevision(revision).setSubmittedAt(Instant.parse("2026-10-08T00:00:00Z"))
        .setSource("test").setFiscalRevenueYuan(fiscalRevenue).setFixedAssetInvestmentYuan(investment)
        .setActualFdiUsd(0).setLandSuppliedCentimu(0).setLandRecoveredCentimu(0)
        .build();
  }

  static Target target(ScopeType type, String scope, int year, String indicator, long value) {
    return new Target(type, scope, year, indicator, value);
  }
}
