package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.anomaly.MonthlySeries.ENTERPRISE;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertRecordsTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final Instant FIRST = Instant.parse("2026-10-08T01:00:00Z");
  private static final Instant LATER = Instant.parse("2026-10-20T01:00:00Z");

  private static AnomalyAlert alert(Severity severity, double score, Instant at) {
    Finding finding = new Finding(AlertKind.ENERGY_RISE, severity, score, severity == Severity.RED ? 10 : 5,
        "ENERGY_RISE|*|*|*", new Figure(Figure.ENERGY, Comparison.YEAR_ON_YEAR, 3_250_000, 1_300_000),
        List.of(new Figure(Figure.OUTPUT, Comparison.YEAR_ON_YEAR, 51_050_000, 50_000_000)));
    return AlertRecords.open(ENTERPRISE, SEPTEMBER, finding, 7L, at);
  }

  @Test
  void anOpenAlertSaysWhatWasComparedInOneChineseLine() {
    AnomalyAlert alert = alert(Severity.RED, 12.4, FIRST);

    assertThat(alert.getAlertId()).isEqualTo("ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE");
    assertThat(alert.getRevision()).isEqualTo(1);
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPEN);
    assertThat(alert.getChangeBp()).isEqualTo(15_000);
    assertThat(alert.getParkId()).isEqualTo("XZ-PV");
    assertThat(alert.getExplanation()).isEqualTo("嘉兴恒达科光伏有限公司 2026年9月综合能耗 3,250 吨标准煤，较上年同期增长 150.0%，"
        + "同期工业总产值增长 2.1%，能耗变化远超其正常波动（稳健Z值 12.4，阈值 10.0），红色预警。");
  }

  @Test
  void aNewAlertOpensAndAnUnchangedOneSendsNothing() {
    AnomalyAlert open = alert(Severity.RED, 12.4, FIRST);

    assertThat(AlertRecords.reconcile(List.of(), List.of(open), FIRST, ClearReason.CORRECTION)).containsExactly(open);
    assertThat(AlertRecords.reconcile(List.of(open), List.of(alert(Severity.RED, 12.4, LATER)), LATER,
        ClearReason.CORRECTION)).isEmpty();
  }

  @Test
  void aChangedAlertIsSentAgainWithTheNextRevision() {
    AnomalyAlert open = alert(Severity.RED, 12.4, FIRST);

    List<AnomalyAlert> records = AlertRecords.reconcile(List.of(open), List.of(alert(Severity.YELLOW, 7.0, LATER)),
        LATER, ClearReason.CORRECTION);

    assertThat(records).singleElement().satisfies(updated -> {
      assertThat(updated.getRevision()).isEqualTo(2);
      assertThat(updated.getStatus()).isEqualTo(AlertStatus.OPEN);
      assertThat(updated.getSeverity()).isEqualTo(Severity.YELLOW);
      assertThat(updated.getDetectedAt()).isEqualTo(LATER);
    });
  }

  @Test
  void anAlertNoLongerFoundIsClearedUnderItsId() {
    AnomalyAlert open = alert(Severity.RED, 12.4, FIRST);

    List<AnomalyAlert> records = AlertRecords.reconcile(List.of(open), List.of(), LATER, ClearReason.CORRECTION);

    assertThat(records).singleElement().satisfies(cleared -> {
      assertThat(cleared.getAlertId()).isEqualTo(open.getAlertId());
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(2);
      assertThat(cleared.getSeverity()).isEqualTo(Severity.RED);
      assertThat(cleared.getDetectedAt()).isEqualTo(LATER);
      assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.CORRECTION);
      assertThat(cleared.getExplanation()).isEqualTo("嘉兴恒达科光伏有限公司 2026年9月能耗异常上升预警撤销：更正后的数据不再构成异常。");
    });
  }

  @ParameterizedTest
  @EnumSource(ClearReason.class)
  void aClearedRecordSaysWhyInItsFieldAndItsText(ClearReason reason) {
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(alert(Severity.RED, 12.4, FIRST)), List.of(), LATER, reason)
        .get(0);

    assertThat(cleared.getClearedReason()).isEqualTo(reason);
    assertThat(cleared.getExplanation()).isEqualTo("嘉兴恒达科光伏有限公司 2026年9月能耗异常上升预警撤销："
        + AlertLabels.clearReason(reason) + "。");
  }

  @Test
  void aDistrictAndAParkWithTheSameIdHaveTheirOwnAlerts() {
    Finding swing = new Finding(AlertKind.ROLLUP_SWING, Severity.YELLOW, 6.0, 5, "ROLLUP_SWING|*|*|*",
        new Figure(Figure.ENERGY, Comparison.YEAR_ON_YEAR, 600, 1_000),
        List.of(new Figure(Figure.OUTPUT, Comparison.YEAR_ON_YEAR, 1_000, 1_000)));

    AnomalyAlert district = AlertRecords.open(Subject.district("330411", "秀洲区"), SEPTEMBER, swing, null, FIRST);
    AnomalyAlert park = AlertRecords.open(Subject.park("330411", "某园区", "330411"), SEPTEMBER, swing, null, FIRST);

    assertThat(district.getAlertId()).isEqualTo("DISTRICT|330411|2026-09|ROLLUP_SWING");
    assertThat(park.getAlertId()).isEqualTo("PARK|330411|2026-09|ROLLUP_SWING");
  }

  @Test
  void aBudgetAlertIsTheYearsAndFollowsItsLatestMonth() {
    Subject keyUser = new Subject(AlertScope.ENTERPRISE, "91330411MA000023BA", "嘉兴重点用能企业", "330411", null,
        "C3011", true, 4_200_000L);
    Finding overrun = new Finding(AlertKind.BUDGET_OVERRUN, Severity.RED, 128.6, 110, "BUDGET_OVERRUN|*|*|*",
        new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 3_600_000, 2_800_000),
        List.of(new Figure(Figure.ENERGY, Comparison.BUDGET_PROJECTION, 5_100_000, 4_200_000)),
        List.of(YearMonth.of(2026, 7)));

    AnomalyAlert alert = AlertRecords.open(keyUser, SEPTEMBER, overrun, 3L, FIRST);

    assertThat(alert.getAlertId()).isEqualTo("ENTERPRISE|91330411MA000023BA|2026|BUDGET_OVERRUN");
    assertThat(alert.getPeriod()).isEqualTo("2026-09");
    assertThat(alert.getExplanation()).isEqualTo("嘉兴重点用能企业（重点用能单位）2026年1-9月综合能耗 3,600 吨标准煤（7月未报送，不计入），"
        + "为年度用能预算 4,200 吨标准煤按已报送8个月折算值 2,800 吨标准煤的 128.6%（阈值 110.0%），按上年月度分布预计全年 5,100 吨标准煤，"
        + "红色预警。");
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(alert), List.of(), LATER, ClearReason.LATER_MONTHS).get(0);
    assertThat(cleared.getExplanation()).isEqualTo("嘉兴重点用能企业 2026年超用能预算预警撤销：其后报送的月份数据使其不再构成异常。");
  }

  @Test
  void aClearedAlertFoundAgainReopensAtTheNextRevisionAndStaysQuietWhileAbsent() {
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(alert(Severity.RED, 12.4, FIRST)), List.of(), LATER,
        ClearReason.CORRECTION).get(0);

    assertThat(AlertRecords.reconcile(List.of(cleared), List.of(), LATER, ClearReason.CORRECTION)).isEmpty();
    assertThat(AlertRecords.reconcile(List.of(cleared), List.of(alert(Severity.RED, 12.4, LATER)), LATER,
        ClearReason.CORRECTION)).singleElement().satisfies(reopened -> {
          assertThat(reopened.getStatus()).isEqualTo(AlertStatus.OPEN);
          assertThat(reopened.getRevision()).isEqualTo(3);
          assertThat(reopened.getClearedReason()).isNull();
        });
  }
}
