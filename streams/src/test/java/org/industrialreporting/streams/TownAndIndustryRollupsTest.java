package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.streams.World.DISTRICT;
import static org.industrialreporting.streams.World.PV_TOWN;
import static org.industrialreporting.streams.World.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Towns and industry divisions are rolled up like districts, by the same code: four enterprises in two districts,
 * one of them without a town, two divisions in one district and the same division and town name in both.
 */
class TownAndIndustryRollupsTest {

  private static final long MILLION = 1_000_000L;
  private static final String OTHER_DISTRICT = "320581";
  private static final String WANGDIAN = "王店镇";

  @TempDir
  Path stateDir;
  private RollupDriver pipeline;

  @BeforeEach
  void start() {
    pipeline = new RollupDriver(stateDir);
    pipeline.register(World.zone(), World.pvTown(), World.foodPark());
    pipeline.register(
        // 王店镇, C38, in a park, strategic emerging, 100 mu of land
        in(World.enterprise(1, PV_TOWN, List.of(EnterpriseTag.STRATEGIC_EMERGING), 10_000L), WANGDIAN, "C3825"),
        in(World.enterprise(2, null, List.of(), null), WANGDIAN, "C3011"),   // 王店镇, C30
        in(World.enterprise(3, null, List.of(), null), null, "C3899"),       // no town, C38
        Enterprise.newBuilder(in(World.enterprise(4, null, List.of(), null), WANGDIAN, "C3825"))
            .setCreditCode(otherDistrictCode(4)).setDistrictCode(OTHER_DISTRICT).build());
    pipeline.submit(
        report(1, "2025-03", 0, 100 * MILLION), report(1, "2026-02", 0, 80 * MILLION),
        report(1, "2026-03", 0, 120 * MILLION),
        report(2, "2026-03", 0, 50 * MILLION),
        report(3, "2025-03", 0, 40 * MILLION), report(3, "2026-03", 0, 30 * MILLION),
        otherDistrict(report(4, "2026-03", 0, 70 * MILLION)));
  }

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  void aTownHasEveryFigureOfADistrictRollupOverItsEnterprises() {
    Map<String, Rollup> towns = pipeline.latestTowns();

    // The enterprise without a town is in no town; a town of the same name in another district is another town.
    assertThat(towns).containsOnlyKeys("330411|王店镇|2025-03", "330411|王店镇|2026-02", "330411|王店镇|2026-03",
        "320581|王店镇|2026-03");
    Rollup march = towns.get("330411|王店镇|2026-03");
    assertThat(march.getScopeType()).isEqualTo(ScopeType.TOWN);
    assertThat(march.getScopeId()).isEqualTo("330411|王店镇");
    assertThat(march.getScopeName()).isEqualTo(WANGDIAN);
    assertThat(march.getDistrictCode()).isEqualTo(DISTRICT);
    // Enterprises 1 and 2: 120 + 50 million; a year earlier only enterprise 1 reported, 100 million.
    assertThat(march.getMonth().getReportingEnterprises()).isEqualTo(2);
    assertThat(march.getMonth().getTotals().getOutputValueYuan()).isEqualTo(170 * MILLION);
    assertThat(march.getMonth().getPreviousYear().getOutputValueYuan()).isEqualTo(100 * MILLION);
    assertThat(march.getMonth().getComparableEnterprises()).isEqualTo(1);
    // Total basis (170 − 100) / 100, comparable basis (120 − 100) / 100.
    assertThat(march.getMonth().getGrowth().get("output_value")).isEqualTo(new Growth(7_000, 2_000));
    // January–March: 80 + 120 + 50 million by two enterprises.
    assertThat(march.getYtd().getReportingEnterprises()).isEqualTo(2);
    assertThat(march.getYtd().getTotals().getOutputValueYuan()).isEqualTo(250 * MILLION);
    // Value added is a fifth of output: 24 of 34 million strategic emerging, 70.588…% → 7059 bp.
    assertThat(march.getMonth().getStructure().getStrategicEmergingValueAddedYuan()).isEqualTo(24 * MILLION);
    assertThat(march.getMonth().getStructure().getStrategicEmergingShareBp()).isEqualTo(7_059);
    // Only enterprise 1 declared land: 120 million over 100 mu; energy 170 tce over 34 million of value added.
    assertThat(march.getMonth().getEfficiency().getLandAreaCentimu()).isEqualTo(10_000);
    assertThat(march.getMonth().getEfficiency().getOutputPerMuYuan()).isEqualTo(1_200_000);
    assertThat(march.getMonth().getEfficiency().getEnergyIntensityGcePer10kYuan()).isEqualTo(50_000);
    assertThat(march.getTargets()).isEmpty();

    assertThat(towns.get("320581|王店镇|2026-03").getDistrictCode()).isEqualTo(OTHER_DISTRICT);
    assertThat(towns.get("320581|王店镇|2026-03").getMonth().getTotals().getOutputValueYuan())
        .isEqualTo(70 * MILLION);
  }

  @Test
  void anIndustryIsADivisionWithinADistrictNamedAsInTheStandard() {
    Map<String, Rollup> industries = pipeline.latestIndustries();

    assertThat(industries).containsOnlyKeys("330411|C38|2025-03", "330411|C38|2026-02", "330411|C38|2026-03",
        "330411|C30|2026-03", "320581|C38|2026-03");
    Rollup c38 = industries.get("330411|C38|2026-03");
    assertThat(c38.getScopeType()).isEqualTo(ScopeType.INDUSTRY);
    assertThat(c38.getScopeId()).isEqualTo("330411|C38");
    assertThat(c38.getScopeName()).isEqualTo("电气机械和器材制造业");
    assertThat(c38.getDistrictCode()).isEqualTo(DISTRICT);
    // C3825 and C3899: enterprises 1 and 3, 120 + 30 million against 100 + 40; (150 − 140) / 140 = 7.14 %.
    assertThat(c38.getMonth().getReportingEnterprises()).isEqualTo(2);
    assertThat(c38.getMonth().getTotals().getOutputValueYuan()).isEqualTo(150 * MILLION);
    assertThat(c38.getMonth().getComparableEnterprises()).isEqualTo(2);
    assertThat(c38.getMonth().getGrowth().get("output_value")).isEqualTo(new Growth(714, 714));
    assertThat(c38.getYtd().getTotals().getOutputValueYuan()).isEqualTo(230 * MILLION);

    Rollup c30 = industries.get("330411|C30|2026-03");
    assertThat(c30.getScopeName()).isEqualTo("非金属矿物制品业");
    assertThat(c30.getMonth().getTotals().getOutputValueYuan()).isEqualTo(50 * MILLION);
    assertThat(c30.getMonth().getPreviousYear()).isNull();
    assertThat(industries.get("320581|C38|2026-03").getMonth().getTotals().getOutputValueYuan())
        .isEqualTo(70 * MILLION);
  }

  @Test
  void industriesAddUpToTheirDistrictAndTownsToItsEnterprisesWithATown() {
    Rollup district = pipeline.latestDistricts().get(DISTRICT + "|2026-03");
    Map<String, Rollup> industries = pipeline.latestIndustries();
    Map<String, Rollup> towns = pipeline.latestTowns();

    assertThat(district.getMonth().getTotals().getOutputValueYuan()).isEqualTo(200 * MILLION)
        .isEqualTo(output(industries, "330411|C38|2026-03") + output(industries, "330411|C30|2026-03"))
        .isEqualTo(output(towns, "330411|王店镇|2026-03") + 30 * MILLION); // + the enterprise without a town
  }

  @Test
  void aCorrectionChangesTheTownAndTheIndustryExactly() {
    pipeline.latestTowns();
    pipeline.submit(report(2, "2026-03", 0, 60 * MILLION));

    assertThat(output(pipeline.latestTowns(), "330411|王店镇|2026-03")).isEqualTo(180 * MILLION);
    assertThat(output(pipeline.latestIndustries(), "330411|C30|2026-03")).isEqualTo(60 * MILLION);
    assertThat(output(pipeline.latestIndustries(), "330411|C38|2026-03")).isEqualTo(150 * MILLION);
  }

  @Test
  void anIndustryCodeWithoutADivisionOfTheStandardCountsInNoIndustry() {
    // The registry refuses such a code; a record from another producer still counts for its district.
    pipeline.register(in(World.enterprise(5, null, List.of(), null), null, "C99"));
    pipeline.submit(report(5, "2026-03", 0, 10 * MILLION));

    assertThat(output(pipeline.latestDistricts(), DISTRICT + "|2026-03")).isEqualTo(210 * MILLION);
    assertThat(pipeline.latestIndustries()).doesNotContainKey("330411|C99|2026-03");
    assertThat(pipeline.rejected.readValuesToList()).isEmpty();
  }

  @Test
  void targetsAndSwingAlertsStayWithDistrictsAndParks() {
    pipeline.set(World.target(ScopeType.DISTRICT, DISTRICT, 2026, "output_value", 1_000 * MILLION));

    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2026-03").getTargets()).hasSize(1);
    assertThat(pipeline.latestTowns().get("330411|王店镇|2026-03").getTargets()).isEmpty();
    assertThat(pipeline.latestIndustries().get("330411|C38|2026-03").getTargets()).isEmpty();
    assertThat(pipeline.alerts.readValuesToList()).noneMatch(alert -> alert.getScopeId().contains("|"));
  }

  private static Enterprise in(Enterprise enterprise, String town, String industryCode) {
    return Enterprise.newBuilder(enterprise).setTown(town).setIndustryCode(industryCode).build();
  }

  private static String otherDistrictCode(int n) {
    return CreditCodes.withCheckCharacter(String.format("91%s%09d", OTHER_DISTRICT, n).substring(0, 17));
  }

  private static MonthlyReport otherDistrict(MonthlyReport report) {
    return MonthlyReport.newBuilder(report).setCreditCode(otherDistrictCode(4)).build();
  }

  private static long output(Map<String, Rollup> rollups, String key) {
    return rollups.get(key).getMonth().getTotals().getOutputValueYuan();
  }
}
