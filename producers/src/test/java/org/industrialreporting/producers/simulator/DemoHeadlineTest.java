package org.industrialreporting.producers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recomputes Xiuzhou's headline figures from the generated records, with exact integer sums. */
class DemoHeadlineTest {

  private static final double TOLERANCE = 0.005;
  private static Simulation simulation;
  private static Map<String, Enterprise> xiuzhou;
  /** Per credit code: sums of output and value added over January–September of 2025 [0] and 2026 [1]. */
  private static Map<String, long[][]> sums;

  @BeforeAll
  static void generate() {
    simulation = Simulation.demo(Simulation.DEFAULT_SEED);
    xiuzhou = new HashMap<>();
    simulation.enterprises().filter(e -> e.getDistrictCode().equals(DemoHeadline.DISTRICT))
        .forEach(e -> xiuzhou.put(e.getCreditCode(), e));
    sums = new HashMap<>();
    for (int year = 0; year < 2; year++) {
      for (int month = 1; month <= 9; month++) {
        int y = year;
        simulation.reports(YearMonth.of(2025 + year, month)).filter(r -> xiuzhou.containsKey(r.getCreditCode()))
            .forEach(r -> {
              long[][] s = sums.computeIfAbsent(r.getCreditCode(), c -> new long[2][2]);
              s[y][0] += r.getOutputValueYuan();
              s[y][1] += r.getValueAddedYuan();
            });
      }
    }
  }

  private static long total(int year, int figure, Predicate<Enterprise> which) {
    return sums.entrySet().stream().filter(e -> which.test(xiuzhou.get(e.getKey())))
        .mapToLong(e -> e.getValue()[year][figure]).sum();
  }

  /** Growth on comparable basis: only enterprises with reports in both windows. */
  private static double comparableGrowth(int figure, Predicate<Enterprise> which) {
    long current = 0;
    long previous = 0;
    for (var entry : sums.entrySet()) {
      long[][] s = entry.getValue();
      boolean both = s[0][0] + s[0][1] > 0 && s[1][0] + s[1][1] > 0;
      if (both && which.test(xiuzhou.get(entry.getKey()))) {
        current += s[1][figure];
        previous += s[0][figure];
      }
    }
    return (double) current / previous - 1;
  }

  private static boolean inZone(Enterprise e) {
    return DemoHeadline.HIGH_TECH_ZONE.equals(e.getParkId()) || DemoHeadline.PHOTOVOLTAIC_TOWN.equals(e.getParkId());
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * TOLERANCE));
  }

  @Test
  void xiuzhouHasExactly511AboveScaleEnterprisesAllReporting() {
    assertThat(xiuzhou.values().stream().filter(Enterprise::getAboveScale)).hasSize(DemoHeadline.ABOVE_SCALE_ENTERPRISES);
    Set<String> reporting = new HashSet<>();
    simulation.reports(DemoHeadline.LAST).filter(r -> xiuzhou.containsKey(r.getCreditCode()))
        .map(MonthlyReport::getCreditCode).forEach(reporting::add);
    assertThat(reporting).hasSize(DemoHeadline.ABOVE_SCALE_ENTERPRISES);
  }

  @Test
  void districtOutputAndValueAdded() {
    assertClose(total(1, 0, e -> true), DemoHeadline.OUTPUT_YUAN);
    assertClose(comparableGrowth(0, e -> true), DemoHeadline.OUTPUT_GROWTH);
    assertClose(total(1, 1, e -> true), DemoHeadline.VALUE_ADDED_YUAN);
    assertClose(comparableGrowth(1, e -> true), DemoHeadline.VALUE_ADDED_GROWTH);
  }

  @Test
  void valueAddedOfTaggedIndustries() {
    assertClose(total(1, 1, e -> e.getTags().contains(EnterpriseTag.EQUIPMENT_MANUFACTURING)),
        DemoHeadline.EQUIPMENT_VALUE_ADDED_YUAN);
    assertClose(total(1, 1, e -> e.getTags().contains(EnterpriseTag.STRATEGIC_EMERGING)),
        DemoHeadline.EMERGING_VALUE_ADDED_YUAN);
    assertClose(total(1, 1, e -> e.getTags().contains(EnterpriseTag.DIGITAL_ECONOMY_CORE)),
        DemoHeadline.DIGITAL_VALUE_ADDED_YUAN);
  }

  @Test
  void highTechZoneWithItsPhotovoltaicTown() {
    assertClose(total(1, 0, DemoHeadlineTest::inZone), DemoHeadline.ZONE_OUTPUT_YUAN);
    assertClose(comparableGrowth(0, DemoHeadlineTest::inZone), DemoHeadline.ZONE_OUTPUT_GROWTH);
    long[][] zone = new long[2][2];
    for (int year = 0; year < 2; year++) {
      for (int month = 1; month <= 9; month++) {
        for (ParkReport r : simulation.parkReports(YearMonth.of(2025 + year, month)).toList()) {
          if (r.getParkId().equals(DemoHeadline.HIGH_TECH_ZONE) || r.getParkId().equals(DemoHeadline.PHOTOVOLTAIC_TOWN)) {
            zone[year][0] += r.getFixedAssetInvestmentYuan();
            zone[year][1] += r.getFiscalRevenueYuan();
          }
        }
      }
    }
    List<Target> targets = simulation.targets(2026);
    long investmentTarget = target(targets, "fixed_asset_investment");
    long fiscalTarget = target(targets, "fiscal_revenue");
    assertClose(zone[1][0], DemoHeadline.ZONE_INVESTMENT_YUAN);
    assertClose((double) zone[1][0] / investmentTarget, DemoHeadline.ZONE_INVESTMENT_COMPLETION);
    assertClose(zone[1][1], DemoHeadline.ZONE_FISCAL_REVENUE_YUAN);
    assertClose((double) zone[1][1] / zone[0][1] - 1, DemoHeadline.ZONE_FISCAL_REVENUE_GROWTH);
    assertClose((double) zone[1][1] / fiscalTarget, DemoHeadline.ZONE_FISCAL_REVENUE_COMPLETION);
  }

  private static long target(List<Target> targets, String indicator) {
    return targets.stream().filter(t -> t.getScopeId().equals(DemoHeadline.HIGH_TECH_ZONE)
        && t.getIndicator().equals(indicator)).findFirst().orElseThrow().getTarget();
  }
}
