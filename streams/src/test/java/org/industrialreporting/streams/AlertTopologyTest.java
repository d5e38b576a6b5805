package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.streams.World.DISTRICT;
import static org.industrialreporting.streams.World.code;
import static org.industrialreporting.streams.World.enterprise;
import static org.industrialreporting.streams.World.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.keys.TopicKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anomaly alerts of the real topology: opening, updating and clearing on corrections, rules as data. */
class AlertTopologyTest {

  private static final long MILLION = 1_000_000L;
  private static final String JANUARY = "2026-01";

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

  /** An ordinary month of enterprise {@code n}: output varies a little, energy 8 kgce per 1,000 yuan of it. */
  private static MonthlyReport ordinary(int n, YearMonth month, long revision, double energyFactor) {
    long output = (100 + (month.getMonthValue() * 7) % 5) * MILLION;
    return report(n, month.toString(), revision, output, Math.round(output * 8 / 1000 * energyFactor));
  }

  /** 2025 as ordinary months for enterprise {@code n}. */
  private void ordinaryYear(int n) {
    for (YearMonth m = YearMonth.of(2025, 1); m.getYear() == 2025; m = m.plusMonths(1)) {
      pipeline.submit(ordinary(n, m, 1, 1));
    }
  }

  /** Enterprise 1 with an ordinary 2025 and January 2026 at three times its energy; its alert already read. */
  private void januaryWithTrebledEnergy() {
    pipeline.register(enterprise(1, null, List.of(), null));
    ordinaryYear(1);
    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 1, 3));
    assertThat(alerts()).hasSize(1);
  }

  private List<TestRecord<String, AnomalyAlert>> alerts() {
    return pipeline.alerts.readRecordsToList();
  }

  private KeyValueStore<String, AnomalyAlert> alertStates() {
    return pipeline.driver.getKeyValueStore(RollupTopology.ENTERPRISE_ALERTS_STORE);
  }

  private String januaryAlertId(AlertKind kind) {
    return "ENTERPRISE|" + code(1) + "|" + JANUARY + "|" + kind;
  }

  @Test
  void anEnergySpikeOpensOneAlertStampedWithItsInput() {
    pipeline.register(enterprise(1, World.PV_TOWN, List.of(), null));
    ordinaryYear(1);
    assertThat(alerts()).isEmpty();

    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 1, 3));

    List<TestRecord<String, AnomalyAlert>> records = alerts();
    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.key()).isEqualTo(code(1));
      assertThat(record.timestamp()).isEqualTo(pipeline.lastInputTime().toEpochMilli());
      AnomalyAlert alert = record.value();
      assertThat(alert.getAlertId()).isEqualTo(januaryAlertId(AlertKind.ENERGY_RISE));
      assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPEN);
      assertThat(alert.getRevision()).isEqualTo(1);
      assertThat(alert.getSeverity()).isEqualTo(Severity.RED);
      assertThat(alert.getScopeType()).isEqualTo(AlertScope.ENTERPRISE);
      assertThat(alert.getDistrictCode()).isEqualTo(DISTRICT);
      assertThat(alert.getParkId()).isEqualTo(World.PV_TOWN);
      assertThat(alert.getIndustryCode()).isEqualTo("C3825");
      assertThat(alert.getChangeBp()).isEqualTo(20_000);
      assertThat(alert.getReportRevision()).isEqualTo(1);
      assertThat(alert.getDetectedAt()).isEqualTo(pipeline.lastInputTime());
      // January 2025, a festival month without the festival's dip, is no baseline: the recent months are.
      assertThat(alert.getExplanation()).startsWith("企业1 2026年1月综合能耗 2,448 吨标准煤，较前三个月中位数增长 200.0%")
          .endsWith("红色预警。");
    });
    assertThat(alertStates().get(januaryAlertId(AlertKind.ENERGY_RISE))).isEqualTo(records.get(0).value());
  }

  @Test
  void aCorrectionThatMakesTheAlertUntrueClearsIt() {
    januaryWithTrebledEnergy();

    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 2, 1));

    assertThat(alerts()).singleElement().extracting(TestRecord::value).satisfies(cleared -> {
      assertThat(cleared.getAlertId()).isEqualTo(januaryAlertId(AlertKind.ENERGY_RISE));
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(2);
      assertThat(cleared.getDetectedAt()).isEqualTo(pipeline.lastInputTime());
    });
    assertThat(alertStates().get(januaryAlertId(AlertKind.ENERGY_RISE)).getStatus()).isEqualTo(AlertStatus.CLEARED);
  }

  @Test
  void aLateReportOfItsHistoryThatMakesTheAlertUntrueClearsItAsAMonthReportedSinceNotAsACorrection() {
    pipeline.register(enterprise(1, null, List.of(), null));
    for (YearMonth m = YearMonth.of(2025, 1); m.getMonthValue() <= 6; m = m.plusMonths(1)) {
      pipeline.submit(ordinary(1, m, 1, 1));
    }
    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 1, 2.5));
    assertThat(alerts()).singleElement().extracting(r -> r.value().getAlertId())
        .isEqualTo(januaryAlertId(AlertKind.ENERGY_RISE));

    // October to December 2025 come in late, at the January level: three months in a row make it the new normal.
    for (YearMonth m = YearMonth.of(2025, 10); m.getYear() == 2025; m = m.plusMonths(1)) {
      pipeline.submit(ordinary(1, m, 1, 2.5));
    }

    assertThat(alerts()).extracting(TestRecord::value)
        .filteredOn(alert -> alert.getAlertId().equals(januaryAlertId(AlertKind.ENERGY_RISE))).singleElement()
        .satisfies(cleared -> {
          assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
          assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.LATER_MONTHS);
          assertThat(cleared.getExplanation()).endsWith("预警撤销：其后报送的月份数据使其不再构成异常。");
        });
  }

  @Test
  void aCorrectionThatChangesTheAlertSendsItAgainAndAnUnchangedOneNothing() {
    januaryWithTrebledEnergy();

    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 2, 2));

    assertThat(alerts()).singleElement().extracting(TestRecord::value).satisfies(updated -> {
      assertThat(updated.getStatus()).isEqualTo(AlertStatus.OPEN);
      assertThat(updated.getRevision()).isEqualTo(2);
      assertThat(updated.getSeverity()).isEqualTo(Severity.YELLOW);
      assertThat(updated.getChangeBp()).isEqualTo(10_000);
      assertThat(updated.getReportRevision()).isEqualTo(2);
    });

    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 2, 2)); // a replay
    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 3, 2)); // a new revision with the same figures
    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 1, 9)); // a stale revision arriving late
    assertThat(alerts()).isEmpty();
  }

  @Test
  void aRuleChangeAppliesToTheNextEvaluationWithoutARestart() {
    pipeline.register(enterprise(1, null, List.of(), null));
    ordinaryYear(1);
    pipeline.submit(ordinary(1, YearMonth.of(2026, 1), 1, 2));
    assertThat(alerts()).extracting(r -> r.value().getKind()).containsExactly(AlertKind.ENERGY_RISE);

    AlertRule stricter = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ENERGY_RISE)).setDistrictCode(DISTRICT)
        .setMinChangeBp(15_000).setNote("秀洲区：能耗翻番以内不预警").build();
    AlertRule noJumps = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.INTENSITY_JUMP)).setEnabled(false).build();
    pipeline.set(stricter).set(noJumps).submit(ordinary(1, YearMonth.of(2026, 1), 2, 2));

    assertThat(alerts()).singleElement().extracting(TestRecord::value)
        .satisfies(cleared -> assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED));

    pipeline.deleteRule("ENERGY_RISE|*|" + DISTRICT + "|*").submit(ordinary(1, YearMonth.of(2026, 1), 3, 2));

    assertThat(alerts()).singleElement().extracting(TestRecord::value).satisfies(reopened -> {
      assertThat(reopened.getStatus()).isEqualTo(AlertStatus.OPEN);
      assertThat(reopened.getRevision()).isEqualTo(3);
      assertThat(reopened.getRuleId()).isEqualTo("ENERGY_RISE|*|*|*");
    });
  }

  @Test
  void aRuleChangeJudgesTheEnterprisesAgainWithoutWaitingForTheirNextReport() {
    januaryWithTrebledEnergy();
    AlertRule tolerant = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ENERGY_RISE)).setMinChangeBp(25_000)
        .setNote("test: energy may treble").build();

    pipeline.set(tolerant).flush();

    // The trebled energy is no energy rise under the new rule; the intensity jump it also is, named before as part of
    // the rise, is alerted now.
    assertThat(enterpriseAlerts()).satisfiesExactly(cleared -> {
      assertThat(cleared.getAlertId()).isEqualTo(januaryAlertId(AlertKind.ENERGY_RISE));
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(2);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.RULE_CHANGE);
      assertThat(cleared.getExplanation()).endsWith("预警撤销：预警规则调整后不再构成异常。");
      assertThat(cleared.getDetectedAt()).isEqualTo(RollupDriver.NOW.plus(RollupDriver.QUIET));
    }, jump -> {
      assertThat(jump.getAlertId()).isEqualTo(januaryAlertId(AlertKind.INTENSITY_JUMP));
      assertThat(jump.getStatus()).isEqualTo(AlertStatus.OPEN);
    });
    pipeline.flush();
    assertThat(enterpriseAlerts()).as("judged once per change of the rules").isEmpty();

    pipeline.deleteRule(TopicKeys.alertRule(tolerant)).flush();

    assertThat(enterpriseAlerts()).satisfiesExactly(reopened -> {
      assertThat(reopened.getKind()).isEqualTo(AlertKind.ENERGY_RISE);
      assertThat(reopened.getStatus()).isEqualTo(AlertStatus.OPEN);
      assertThat(reopened.getRevision()).isEqualTo(3);
    }, jump -> {
      assertThat(jump.getKind()).isEqualTo(AlertKind.INTENSITY_JUMP);
      assertThat(jump.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(jump.getClearedReason()).isEqualTo(ClearReason.RULE_CHANGE);
    });
  }

  /** The enterprises' alert records sent since last read. */
  private List<AnomalyAlert> enterpriseAlerts() {
    return alerts().stream().map(TestRecord::value).filter(a -> a.getScopeType() == AlertScope.ENTERPRISE).toList();
  }

  @Test
  void aYearsBudgetIsOneAlertThatFollowsTheMonthsAndClearsWhenTheYearFallsBackUnder() {
    // 1,000 tce a month against a budget of 12,600 tce a year: 50 tce a month to spare, until February is corrected.
    pipeline.register(World.keyEnergyUser(1, 12_600_000));
    for (int month = 1; month <= 4; month++) {
      pipeline.submit(report(1, "2026-0" + month, 1, 125 * MILLION, 1_000_000));
    }
    assertThat(alerts()).isEmpty();

    pipeline.submit(report(1, "2026-02", 2, 125 * MILLION, 1_400_000));
    // Year to date × 12 against budget × months: 52,800 > 50,400 by less than 10 %.
    assertThat(budget()).containsExactly("r1 OPEN 2026-04 YELLOW");

    pipeline.submit(report(1, "2026-05", 1, 125 * MILLION, 2_000_000));
    assertThat(budget()).containsExactly("r2 OPEN 2026-05 RED");

    pipeline.submit(report(1, "2026-02", 3, 125 * MILLION, 1_000_000));
    // 6,000 tce against 5,250: still more than 10 % over, with other figures.
    assertThat(budget()).containsExactly("r3 OPEN 2026-05 RED");

    pipeline.submit(report(1, "2026-05", 2, 125 * MILLION, 1_000_000));
    assertThat(alertStates().get("ENTERPRISE|" + code(1) + "|2026|BUDGET_OVERRUN")).satisfies(cleared -> {
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(4);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.CORRECTION);
    });
  }

  /** The budget records sent since last read, as "r2 OPEN 2026-05 RED". */
  private List<String> budget() {
    List<String> budget = new ArrayList<>();
    alerts().stream().map(TestRecord::value).filter(a -> a.getKind() == AlertKind.BUDGET_OVERRUN)
        .forEach(a -> {
          assertThat(a.getAlertId()).isEqualTo("ENTERPRISE|" + code(1) + "|2026|BUDGET_OVERRUN");
          budget.add("r" + a.getRevision() + " " + a.getStatus() + " " + a.getPeriod() + " " + a.getSeverity());
        });
    return budget;
  }

  @Test
  void aDistrictWhoseEnergyCollapsesSwings() {
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null));
    for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
      pipeline.submit(ordinary(1, m, 1, 1), ordinary(2, m, 1, 1));
    }
    pipeline.flush();
    alerts();

    pipeline.submit(ordinary(1, YearMonth.of(2025, 12), 1, 1), report(2, "2025-12", 1, 4 * MILLION, 60_000))
        .flush();

    List<AnomalyAlert> swings = alerts().stream().map(TestRecord::value)
        .filter(a -> a.getKind() == AlertKind.ROLLUP_SWING).toList();
    assertThat(swings).singleElement().satisfies(swing -> {
      assertThat(swing.getScopeType()).isEqualTo(AlertScope.DISTRICT);
      assertThat(swing.getScopeId()).isEqualTo(DISTRICT);
      assertThat(swing.getPeriod()).isEqualTo("2025-12");
      assertThat(swing.getChangeBp()).isLessThan(-4_000);
    });
  }

  /** Enterprises 1 and 2, alike, reporting ordinary months from 2025-01 up to, not including, {@code until}. */
  private void twoOrdinaryEnterprisesUntil(YearMonth until) {
    twoOrdinaryEnterprises(YearMonth.of(2025, 1), until);
  }

  private void twoOrdinaryEnterprises(YearMonth from, YearMonth until) {
    pipeline.register(enterprise(1, null, List.of(), null), enterprise(2, null, List.of(), null));
    for (YearMonth m = from; m.isBefore(until); m = m.plusMonths(1)) {
      pipeline.submit(ordinary(1, m, 1, 1), ordinary(2, m, 1, 1));
    }
    pipeline.flush();
    alerts();
  }

  /** The district's swing records sent since last read. */
  private List<AnomalyAlert> districtSwings() {
    return alerts().stream().map(TestRecord::value).filter(a -> a.getKind() == AlertKind.ROLLUP_SWING)
        .peek(a -> assertThat(a.getScopeType()).isEqualTo(AlertScope.DISTRICT)).toList();
  }

  /** The district's months count as complete from half the expected reporters: one of two. */
  private void completeAtHalf() {
    pipeline.set(AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ROLLUP_SWING)).setDistrictCode(DISTRICT)
        .setCompleteShareBp(5_000).setNote("test: half the reporters complete a month").build());
  }

  /** December 2025 judged on enterprise 1 alone, which halves the district: an open swing, already read. */
  private void decemberJudgedOnHalfItsReporters() {
    twoOrdinaryEnterprisesUntil(YearMonth.of(2025, 12));
    completeAtHalf();
    pipeline.submit(ordinary(1, YearMonth.of(2025, 12), 1, 1)).flush();
    assertThat(districtSwings()).singleElement().satisfies(swing -> {
      assertThat(swing.getPeriod()).isEqualTo("2025-12");
      assertThat(swing.getStatus()).isEqualTo(AlertStatus.OPEN);
    });
  }

  @Test
  void aSwingThatTheMonthsRemainingReportsMakeUntrueIsClearedAsTheMonthCompleted() {
    decemberJudgedOnHalfItsReporters();

    pipeline.submit(ordinary(2, YearMonth.of(2025, 12), 1, 1)).flush();

    assertThat(districtSwings()).singleElement().satisfies(cleared -> {
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(2);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.MONTH_COMPLETED);
      assertThat(cleared.getExplanation()).endsWith("预警撤销：当月数据报送齐全后不再构成异常。");
    });
  }

  @Test
  void aSwingThatACorrectionMakesUntrueIsClearedAsACorrection() {
    twoOrdinaryEnterprisesUntil(YearMonth.of(2025, 12));
    pipeline.submit(ordinary(1, YearMonth.of(2025, 12), 1, 1), report(2, "2025-12", 1, 4 * MILLION, 60_000))
        .flush();
    assertThat(districtSwings()).singleElement()
        .satisfies(swing -> assertThat(swing.getStatus()).isEqualTo(AlertStatus.OPEN));

    pipeline.submit(ordinary(2, YearMonth.of(2025, 12), 2, 1)).flush();

    assertThat(districtSwings()).singleElement().satisfies(cleared -> {
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.CORRECTION);
      assertThat(cleared.getExplanation()).endsWith("预警撤销：更正后的数据不再构成异常。");
    });
  }

  @Test
  void aSwingThatLateReportsOfItsHistoryMakeUntrueIsClearedAsMonthsReportedSince() {
    // Fifteen ordinary months, then a December at two and a half times the energy: a swing against them.
    twoOrdinaryEnterprises(YearMonth.of(2024, 6), YearMonth.of(2025, 9));
    pipeline.submit(ordinary(1, YearMonth.of(2025, 12), 1, 2.5), ordinary(2, YearMonth.of(2025, 12), 1, 2.5))
        .flush();
    assertThat(districtSwings()).singleElement().satisfies(swing -> {
      assertThat(swing.getPeriod()).isEqualTo("2025-12");
      assertThat(swing.getIndicator()).isEqualTo("energy_tce");
    });

    // September to November come in late at December's level: three months in a row make it the new normal.
    for (YearMonth m = YearMonth.of(2025, 9); m.getMonthValue() <= 11; m = m.plusMonths(1)) {
      pipeline.submit(ordinary(1, m, 1, 2.5), ordinary(2, m, 1, 2.5)).flush();
    }

    assertThat(districtSwings()).filteredOn(a -> a.getPeriod().equals("2025-12")).last().satisfies(cleared -> {
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.LATER_MONTHS);
      assertThat(cleared.getExplanation()).endsWith("预警撤销：其后报送的月份数据使其不再构成异常。");
    });
  }

  @Test
  void aSwingIsJudgedAgainWhenTheRulesChangeAndClearedAsARuleChange() {
    decemberJudgedOnHalfItsReporters();

    pipeline.set(AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ROLLUP_SWING)).setDistrictCode(DISTRICT)
        .setCompleteShareBp(5_000).setYellowZ(99).setRedZ(199).setNote("test: swings of the district tolerated")
        .build()).flush();

    assertThat(districtSwings()).singleElement().satisfies(cleared -> {
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.RULE_CHANGE);
      assertThat(cleared.getExplanation()).endsWith("预警撤销：预警规则调整后不再构成异常。");
    });
    pipeline.flush();
    assertThat(districtSwings()).as("judged once per change of the rules").isEmpty();
  }
}
