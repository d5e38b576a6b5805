package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.streams.World.DISTRICT;
import static org.industrialreporting.streams.World.FOOD_PARK;
import static org.industrialreporting.streams.World.PV_TOWN;
import static org.industrialreporting.streams.World.ZONE;
import static org.industrialreporting.streams.World.enterprise;
import static org.industrialreporting.streams.World.parkReport;
import static org.industrialreporting.streams.World.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.TargetCompletion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupTopologyTest {

  private static final long MILLION = 1_000_000L;

  @TempDir
  Path stateDir;
  private RollupDriver pipeline;

  @BeforeEach
  void start() {
    pipeline = new RollupDriver(stateDir);
    pipeline.register(World.zone(), World.pvTown(), World.foodPark());
  }

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  void aReportMakesItsDistrictAndParkRollups() {
    pipeline.register(enterprise(1, PV_TOWN, List.of(EnterpriseTag.STRATEGIC_EMERGING, EnterpriseTag.HIGH_TECH), 10_000L))
        .submit(report(1, "2026-03", 1, 1_000 * MILLION));

    Rollup district = pipeline.latestDistricts().get(DISTRICT + "|2026-03");
    assertThat(district.getScopeType()).isEqualTo(ScopeType.DISTRICT);
    assertThat(district.getScopeId()).isEqualTo(DISTRICT);
    assertThat(district.getPeriod()).isEqualTo("2026-03");
    assertThat(district.getMonth().getReportingEnterprises()).isEqualTo(1);
    assertThat(district.getMonth().getTotals().getOutputValueYuan()).isEqualTo(1_000 * MILLION);
    assertThat(district.getMonth().getTotals().getValueAddedYuan()).isEqualTo(200 * MILLION);
    assertThat(district.getMonth().getTotals().getEmployeeMonths()).isEqualTo(100);
    assertThat(district.getYtd().getTotals()).isEqualTo(district.getMonth().getTotals());
    // No report a year earlier: growth is absent, not zero or infinite.
    assertThat(district.getMonth().getPreviousYear()).isNull();
    assertThat(district.getMonth().getGrowth().get("output_value")).isEqualTo(new Growth(null, null));
    assertThat(district.getMonth().getStructure().getStrategicEmergingValueAddedYuan()).isEqualTo(200 * MILLION);
    assertThat(district.getMonth().getStructure().getStrategicEmergingShareBp()).isEqualTo(10_000);
    assertThat(district.getMonth().getStructure().getEquipmentManufacturingShareBp()).isZero();
    assertThat(district.getMonth().getStructure().getHighTechOutputShareBp()).isEqualTo(10_000);
    // 100 mu; 1 billion yuan of output → 10 million yuan per mu.
    assertThat(district.getMonth().getEfficiency().getLandAreaCentimu()).isEqualTo(10_000);
    assertThat(district.getMonth().getEfficiency().getOutputPerMuYuan()).isEqualTo(10 * MILLION);
    // 1,000 tce over 200 million yuan of value added: 0.05 tce per 10,000 yuan = 50,000 gce.
    assertThat(district.getMonth().getEfficiency().getEnergyIntensityGcePer10kYuan()).isEqualTo(50_000);
    assertThat(district.getMonth().getEfficiency().getEnergyIntensityChangeBp()).isNull();

    Map<String, Rollup> parks = pipeline.latestParks();
    assertThat(parks).containsOnlyKeys(PV_TOWN + "|2026-03", ZONE + "|2026-03");
    assertThat(parks.get(PV_TOWN + "|2026-03").getScopeName()).isEqualTo("光伏小镇");
    assertThat(parks.get(PV_TOWN + "|2026-03").getDistrictCode()).isEqualTo(DISTRICT);
    assertThat(parks.get(ZONE + "|2026-03").getMonth().getTotals().getOutputValueYuan()).isEqualTo(1_000 * MILLION);
  }

  @Test
  void growthOnTotalAndComparableBasis() {
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null),
            enterprise(3, null, List.of(), null))
        .submit(report(1, "2025-03", 1, 100 * MILLION), report(1, "2026-03", 1, 120 * MILLION),
            report(2, "2025-03", 1, 50 * MILLION), // reported last year only
            report(3, "2026-03", 1, 30 * MILLION)); // new this year

    Rollup march = pipeline.latestDistricts().get(DISTRICT + "|2026-03");

    assertThat(march.getMonth().getTotals().getOutputValueYuan()).isEqualTo(150 * MILLION);
    assertThat(march.getMonth().getPreviousYear().getOutputValueYuan()).isEqualTo(150 * MILLION);
    assertThat(march.getMonth().getComparableEnterprises()).isEqualTo(1);
    assertThat(march.getMonth().getComparableCurrent().getOutputValueYuan()).isEqualTo(120 * MILLION);
    assertThat(march.getMonth().getComparablePrevious().getOutputValueYuan()).isEqualTo(100 * MILLION);
    assertThat(march.getMonth().getGrowth().get("output_value")).isEqualTo(new Growth(0, 2_000));
    assertThat(march.getYtd().getGrowth().get("output_value")).isEqualTo(new Growth(0, 2_000));
  }

  @Test
  void aCorrectionOfLastYearRewritesThisYearsRollupsThatCompareWithIt() {
    // Enterprise 2 reported last year only: its correction changes no cell of this year, only what this year's
    // rollups compare with.
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null))
        .submit(report(2, "2025-03", 1, 100 * MILLION), report(1, "2026-03", 1, 120 * MILLION),
            report(1, "2026-04", 1, 110 * MILLION));
    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2026-04").getYtd().getPreviousYear()
        .getOutputValueYuan()).isEqualTo(100 * MILLION);

    pipeline.submit(report(2, "2025-03", 2, 80 * MILLION));

    Map<String, Rollup> districts = pipeline.latestDistricts();
    assertThat(districts.get(DISTRICT + "|2026-03").getMonth().getPreviousYear().getOutputValueYuan())
        .isEqualTo(80 * MILLION);
    assertThat(districts.get(DISTRICT + "|2026-04").getYtd().getPreviousYear().getOutputValueYuan())
        .isEqualTo(80 * MILLION);
  }

  @Test
  void aLaterReportOnThePartitionIsACorrectionWhateverItsProducerClockSaid() {
    // Two intake hosts whose clocks disagree: the correction, sent second, carries the lower revision number.
    pipeline.register(enterprise(1, FOOD_PARK, List.of(), null))
        .submit(report(1, "2026-05", 0, 100 * MILLION), report(1, "2026-05", 0, 300 * MILLION));

    Rollup may = pipeline.latestDistricts().get(DISTRICT + "|2026-05");

    assertThat(may.getMonth().getTotals().getOutputValueYuan()).isEqualTo(300 * MILLION);
    assertThat(pipeline.rejected.readValuesToList()).isEmpty();
  }

  @Test
  void aCorrectionReplacesTheReportAndAStaleRevisionIsRefusedWithItsReason() {
    pipeline.register(enterprise(1, FOOD_PARK, List.of(), null))
        .submit(report(1, "2026-05", 1, 100 * MILLION), report(1, "2026-05", 3, 300 * MILLION))
        .submit(report(1, "2026-05", 2, 200 * MILLION)) // a producer's older correction arriving late
        .submit(report(1, "2026-05", 3, 999 * MILLION)); // the same number again: a replay, not a correction

    Rollup may = pipeline.latestDistricts().get(DISTRICT + "|2026-05");

    assertThat(may.getMonth().getReportingEnterprises()).isEqualTo(1);
    assertThat(may.getMonth().getTotals().getOutputValueYuan()).isEqualTo(300 * MILLION);
    assertThat(pipeline.latestParks().get(FOOD_PARK + "|2026-05").getMonth().getTotals().getOutputValueYuan())
        .isEqualTo(300 * MILLION);
    assertThat(pipeline.rejected.readValuesToList()).hasSize(2).allSatisfy(stale -> {
      assertThat(stale.getPeriod()).isEqualTo("2026-05");
      assertThat(stale.getReasons()).singleElement().satisfies(reason -> {
        assertThat(reason.getCode()).isEqualTo("STALE_REVISION");
        assertThat(reason.getMessage()).contains("not above revision 3");
      });
    });
  }

  @Test
  void aReportUnderAnotherEnterprisesKeyIsRefused() {
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null));
    MonthlyReport report = report(1, "2026-05", 0, 100 * MILLION);
    pipeline.rawReports.pipeInput(World.code(2), pipeline.serdes.value(MonthlyReport.class).serializer()
        .serialize(pipeline.topics.indicatorReports().name(), report));

    assertThat(pipeline.latestDistricts()).isEmpty();
    assertThat(pipeline.rejected.readValuesToList()).singleElement().satisfies(refused ->
        assertThat(refused.getReasons()).extracting(RejectionReason::getCode).containsExactly("KEY_MISMATCH"));
  }

  @Test
  void aBurstOfChangesToARollupIsWrittenOnceWhenItIsDue() {
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null))
        .submit(report(1, "2026-05", 0, 100 * MILLION)).flush();
    assertThat(pipeline.districtRollups.readRecordsToList()).hasSize(1);

    pipeline.submit(report(2, "2026-05", 0, 50 * MILLION), report(1, "2026-05", 0, 70 * MILLION),
        report(2, "2026-05", 0, 60 * MILLION));
    pipeline.driver.advanceWallClockTime(Duration.ofMillis(50));
    assertThat(pipeline.districtRollups.readRecordsToList()).as("written less than the interval ago").isEmpty();

    pipeline.flush();
    assertThat(pipeline.districtRollups.readRecordsToList()).singleElement().satisfies(rollup ->
        assertThat(rollup.value().getMonth().getTotals().getOutputValueYuan()).isEqualTo(130 * MILLION));
  }

  @Test
  void aLateReportUpdatesItsMonthTheFollowingYearToDateAndNextYearsGrowth() {
    pipeline.register(enterprise(1, null, List.of(), null))
        .submit(report(1, "2025-01", 1, 10 * MILLION), report(1, "2025-09", 1, 90 * MILLION),
            report(1, "2026-03", 1, 33 * MILLION));
    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2025-09").getYtd().getTotals().getOutputValueYuan())
        .isEqualTo(100 * MILLION);
    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2026-03").getMonth().getPreviousYear()).isNull();

    pipeline.submit(report(1, "2025-03", 1, 30 * MILLION)); // March arrives in September

    Map<String, Rollup> districts = pipeline.latestDistricts();
    assertThat(districts.get(DISTRICT + "|2025-03").getMonth().getTotals().getOutputValueYuan()).isEqualTo(30 * MILLION);
    assertThat(districts.get(DISTRICT + "|2025-03").getYtd().getTotals().getOutputValueYuan()).isEqualTo(40 * MILLION);
    assertThat(districts.get(DISTRICT + "|2025-01").getYtd().getTotals().getOutputValueYuan()).isEqualTo(10 * MILLION);
    assertThat(districts.get(DISTRICT + "|2025-09").getYtd().getTotals().getOutputValueYuan()).isEqualTo(130 * MILLION);
    assertThat(districts.get(DISTRICT + "|2025-09").getYtd().getReportingEnterprises()).isEqualTo(1);
    Rollup nextYear = districts.get(DISTRICT + "|2026-03");
    assertThat(nextYear.getMonth().getPreviousYear().getOutputValueYuan()).isEqualTo(30 * MILLION);
    assertThat(nextYear.getMonth().getGrowth().get("output_value")).isEqualTo(new Growth(1_000, 1_000));
    assertThat(nextYear.getYtd().getPreviousYear().getOutputValueYuan()).isEqualTo(40 * MILLION);
  }

  @Test
  void anEnterpriseMovingParksTakesOnlyItsLaterFiguresAlongUntilEarlierOnesAreCorrected() {
    pipeline.register(enterprise(1, FOOD_PARK, List.of(), null)).submit(report(1, "2026-01", 1, 10 * MILLION));
    pipeline.register(enterprise(1, ZONE, List.of(), null)).submit(report(1, "2026-02", 1, 20 * MILLION));

    Map<String, Rollup> parks = pipeline.latestParks();
    assertThat(parks).containsOnlyKeys(FOOD_PARK + "|2026-01", ZONE + "|2026-02");
    assertThat(parks.get(ZONE + "|2026-02").getYtd().getTotals().getOutputValueYuan()).isEqualTo(20 * MILLION);

    pipeline.submit(report(1, "2026-01", 2, 11 * MILLION)); // the correction is attributed anew

    parks = pipeline.latestParks();
    assertThat(parks).containsOnlyKeys(ZONE + "|2026-01", ZONE + "|2026-02");
    assertThat(parks.get(ZONE + "|2026-02").getYtd().getTotals().getOutputValueYuan()).isEqualTo(31 * MILLION);
    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2026-02").getYtd().getTotals().getOutputValueYuan())
        .isEqualTo(31 * MILLION);
  }

  @Test
  void aChildParkCountsForItsParentAndTheDistrictOnce() {
    pipeline.register(enterprise(1, PV_TOWN, List.of(), 5_000L), enterprise(2, ZONE, List.of(), 5_000L))
        .submit(report(1, "2026-01", 1, 10 * MILLION), report(2, "2026-01", 1, 20 * MILLION),
            report(1, "2026-02", 1, 10 * MILLION));

    Map<String, Rollup> parks = pipeline.latestParks();
    assertThat(parks.get(PV_TOWN + "|2026-01").getMonth().getReportingEnterprises()).isEqualTo(1);
    assertThat(parks.get(ZONE + "|2026-01").getMonth().getReportingEnterprises()).isEqualTo(2);
    assertThat(parks.get(ZONE + "|2026-01").getMonth().getTotals().getOutputValueYuan()).isEqualTo(30 * MILLION);
    Rollup february = pipeline.latestDistricts().get(DISTRICT + "|2026-02");
    assertThat(february.getMonth().getReportingEnterprises()).isEqualTo(1);
    // Year to date: two distinct enterprises; land by the months reported with it: 50 mu in January and February,
    // 50 mu in January only (enterprise 2 has not reported February), 150 mu-months over 2 months = 75 mu.
    assertThat(february.getYtd().getReportingEnterprises()).isEqualTo(2);
    assertThat(february.getYtd().getEfficiency().getLandAreaCentimu()).isEqualTo(7_500);
    // 40 million yuan over 75 mu.
    assertThat(february.getYtd().getEfficiency().getOutputPerMuYuan()).isEqualTo(533_333);
  }

  @Test
  void landRegisteredInMarchCountsFromMarchInTheYearToDate() {
    // Enterprise 1 reports 10 million a month and registers 100 mu only with its March report; enterprise 2 has the
    // same output on the same 100 mu from January. Both make 100,000 yuan per mu a month: 300,000 over the quarter.
    pipeline.register(enterprise(1, ZONE, List.of(), null), enterprise(2, ZONE, List.of(), 10_000L))
        .submit(report(1, "2026-01", 1, 10 * MILLION), report(1, "2026-02", 1, 10 * MILLION),
            report(2, "2026-01", 1, 10 * MILLION), report(2, "2026-02", 1, 10 * MILLION),
            report(2, "2026-03", 1, 10 * MILLION));
    pipeline.register(enterprise(1, ZONE, List.of(), 10_000L)).submit(report(1, "2026-03", 1, 10 * MILLION));

    Rollup march = pipeline.latestParks().get(ZONE + "|2026-03");
    // 300 mu-months from enterprise 2, 100 from enterprise 1: 400 over 3 months.
    assertThat(march.getYtd().getEfficiency().getLandAreaCentimu()).isEqualTo(13_333);
    assertThat(march.getYtd().getEfficiency().getOutputPerMuYuan()).isEqualTo(300_000);
    assertThat(march.getYtd().getTotals().getOutputValueYuan()).isEqualTo(60 * MILLION);
    assertThat(march.getMonth().getEfficiency().getLandAreaCentimu()).isEqualTo(20_000);
    assertThat(march.getMonth().getEfficiency().getOutputPerMuYuan()).isEqualTo(100_000);
    Rollup february = pipeline.latestParks().get(ZONE + "|2026-02");
    assertThat(february.getMonth().getEfficiency().getLandAreaCentimu()).isEqualTo(10_000);
    assertThat(february.getMonth().getEfficiency().getOutputPerMuYuan()).isEqualTo(100_000);
  }

  @Test
  void enterprisesBelowScaleAreCountedOutsideTheScopeAndInNoFigure() {
    // Enterprise 2 is above scale in 2025 and below it in 2026: its 2026 report adds only to the count outside the
    // scope; its 2025 month counts in 2025's figures and in no comparable pair of 2026.
    pipeline.register(enterprise(1, ZONE, List.of(), null),
            Enterprise.newBuilder(enterprise(2, ZONE, List.of(), null)).setAboveScale(true)
                .setAboveScaleByYear(Map.of("2026", false)).build())
        .submit(report(1, "2025-09", 1, 8 * MILLION), report(2, "2025-09", 1, 4 * MILLION),
            report(1, "2026-09", 1, 10 * MILLION), report(2, "2026-09", 1, 5 * MILLION));

    Rollup before = pipeline.latestDistricts().get(DISTRICT + "|2025-09");
    assertThat(before.getMonth().getReportingEnterprises()).isEqualTo(2);
    assertThat(before.getMonth().getTotals().getOutputValueYuan()).isEqualTo(12 * MILLION);
    Rollup now = pipeline.latestDistricts().get(DISTRICT + "|2026-09");
    assertThat(now.getMonth().getReportingEnterprises()).isEqualTo(1);
    assertThat(now.getMonth().getOutsideScopeEnterprises()).isEqualTo(1);
    assertThat(now.getYtd().getOutsideScopeEnterprises()).isEqualTo(1);
    assertThat(now.getMonth().getTotals().getOutputValueYuan()).isEqualTo(10 * MILLION);
    // Total basis against all of last year's above-scale enterprises; comparable basis over this year's only.
    assertThat(now.getMonth().getPreviousYear().getOutputValueYuan()).isEqualTo(12 * MILLION);
    assertThat(now.getMonth().getComparableEnterprises()).isEqualTo(1);
    assertThat(now.getMonth().getComparablePrevious().getOutputValueYuan()).isEqualTo(8 * MILLION);
    assertThat(now.getMonth().getGrowth().get("output_value").getComparableBp()).isEqualTo(2_500);
  }

  @Test
  void parkReportsSumToParentParksAndTheDistrictWithTargetCompletion() {
    pipeline.submit(parkReport(PV_TOWN, "2026-01", 1, 100 * MILLION, 0), parkReport(PV_TOWN, "2026-02", 1, 50 * MILLION, 0),
        parkReport(ZONE, "2026-01", 1, 200 * MILLION, 400 * MILLION));
    assertThat(pipeline.latestParks().get(ZONE + "|2026-02").getTargets()).isEmpty();

    pipeline.set(World.target(ScopeType.PARK, ZONE, 2026, "fiscal_revenue", 1_000 * MILLION));

    Rollup zone = pipeline.latestParks().get(ZONE + "|2026-02");
    assertThat(zone.getMonth().getParkReports().getReportingParks()).isEqualTo(1);
    assertThat(zone.getYtd().getParkReports().getReportingParks()).isEqualTo(2);
    assertThat(zone.getYtd().getParkReports().getTotals().getFiscalRevenueYuan()).isEqualTo(350 * MILLION);
    assertThat(zone.getYtd().getParkReports().getTotals().getFixedAssetInvestmentYuan()).isEqualTo(400 * MILLION);
    assertThat(zone.getTargets()).containsExactly(
        new TargetCompletion("fiscal_revenue", 1_000 * MILLION, 350 * MILLION, 3_500));
    Rollup district = pipeline.latestDistricts().get(DISTRICT + "|2026-02");
    assertThat(district.getYtd().getParkReports().getTotals().getFiscalRevenueYuan()).isEqualTo(350 * MILLION);
    assertThat(district.getYtd().getReportingEnterprises()).isZero();
  }

  @Test
  void invalidReportsAreRejectedWithEveryReasonAndTheirOriginalBytes() {
    pipeline.register(enterprise(1, null, List.of(), null));
    MonthlyReport bad = report(9, "2026-04", 1, 100 * MILLION); // enterprise 9 is not registered
    bad.setValueAddedYuan(200 * MILLION);
    bad.setEnergyKgce(-5);
    byte[] bytes = pipeline.serdes.value(MonthlyReport.class).serializer().serialize("indicator-reports", bad);
    pipeline.rawReports.pipeInput(bad.getCreditCode(), bytes);
    byte[] garbage = "91330411,2026-04,12.5".getBytes(StandardCharsets.UTF_8);
    pipeline.rawReports.pipeInput("91330411", garbage);

    List<RejectedReport> rejections = pipeline.rejected.readValuesToList();

    assertThat(rejections).hasSize(2);
    RejectedReport first = rejections.get(0);
    assertThat(first.getSource()).isEqualTo("streams");
    assertThat(first.getOrigin()).isEqualTo("indicator-reports-0@0");
    assertThat(first.getCreditCode()).isEqualTo(bad.getCreditCode());
    assertThat(first.getPeriod()).isEqualTo("2026-04");
    assertThat(first.getRaw()).isEqualTo(ByteBuffer.wrap(bytes));
    assertThat(first.getReasons()).extracting(RejectionReason::getCode)
        .containsExactlyInAnyOrder("UNKNOWN_ENTERPRISE", "VALUE_ADDED_ABOVE_OUTPUT", "NEGATIVE");
    RejectedReport second = rejections.get(1);
    assertThat(second.getRaw()).isEqualTo(ByteBuffer.wrap(garbage));
    assertThat(second.getReasons()).singleElement().satisfies(reason -> {
      assertThat(reason.getCode()).isEqualTo("NOT_DESERIALIZABLE");
      assertThat(reason.getMessage()).contains("not in the Confluent Avro wire format");
    });
    assertThat(pipeline.latestDistricts()).isEmpty();
  }

  @Test
  void aTombstoneOnEitherReportTopicIsRefusedNotADeletion() {
    pipeline.rawReports.pipeInput(World.code(1), (byte[]) null);
    pipeline.rawParkReports.pipeInput(ZONE, (byte[]) null);

    assertThat(pipeline.rejected.readValuesToList()).hasSize(2).allSatisfy(rejection ->
        assertThat(rejection.getReasons()).singleElement().satisfies(reason -> {
          assertThat(reason.getCode()).isEqualTo("NOT_DESERIALIZABLE");
          assertThat(reason.getMessage()).contains("cannot be deleted by a tombstone");
        }));
  }

  @Test
  void aRegistryRecordThatCannotBeReadIsLeftOutAndProcessingGoesOn() {
    var rawRegistry = pipeline.driver.createInputTopic(pipeline.topics.enterpriseRegistry().name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer());
    rawRegistry.pipeInput(World.code(2), "{\"name\":\"not avro\"}".getBytes(StandardCharsets.UTF_8));
    pipeline.register(enterprise(1, null, List.of(), null))
        .submit(report(1, "2026-01", 1, 10 * MILLION), report(2, "2026-01", 1, 10 * MILLION));

    assertThat(pipeline.latestDistricts().get(DISTRICT + "|2026-01").getMonth().getReportingEnterprises()).isOne();
    // The enterprise whose registration could not be read is not known: its report is refused as such.
    assertThat(pipeline.rejected.readValuesToList()).singleElement().satisfies(rejected -> {
      assertThat(rejected.getCreditCode()).isEqualTo(World.code(2));
      assertThat(rejected.getReasons()).extracting(RejectionReason::getCode).containsExactly("UNKNOWN_ENTERPRISE");
    });
  }

}
