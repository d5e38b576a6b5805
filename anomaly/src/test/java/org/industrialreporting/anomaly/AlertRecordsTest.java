package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.anomaly.MonthlySeries.ENTERPRISE;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

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

    assertThat(alert.getAlertId()).isEqualTo("91330411MA000023BA|2026-09|ENERGY_RISE");
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

    assertThat(AlertRecords.reconcile(List.of(), List.of(open), FIRST)).containsExactly(open);
    assertThat(AlertRecords.reconcile(List.of(open), List.of(alert(Severity.RED, 12.4, LATER)), LATER)).isEmpty();
  }

  @Test
  void aChangedAlertIsSentAgainWithTheNextRevision() {
    AnomalyAlert open = alert(Severity.RED, 12.4, FIRST);

    List<AnomalyAlert> records = AlertRecords.reconcile(List.of(open), List.of(alert(Severity.YELLOW, 7.0, LATER)),
        LATER);

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

    List<AnomalyAlert> records = AlertRecords.reconcile(List.of(open), List.of(), LATER);

    assertThat(records).singleElement().satisfies(cleared -> {
      assertThat(cleared.getAlertId()).isEqualTo(open.getAlertId());
      assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(cleared.getRevision()).isEqualTo(2);
      assertThat(cleared.getSeverity()).isEqualTo(Severity.RED);
      assertThat(cleared.getDetectedAt()).isEqualTo(LATER);
      assertThat(cleared.getExplanation()).isEqualTo("嘉兴恒达科光伏有限公司 2026年9月能耗异常上升预警撤销：更正后的数据不再构成异常。");
    });
  }

  @Test
  void aClearedAlertFoundAgainReopensAtTheNextRevisionAndStaysQuietWhileAbsent() {
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(alert(Severity.RED, 12.4, FIRST)), List.of(), LATER).get(0);

    assertThat(AlertRecords.reconcile(List.of(cleared), List.of(), LATER)).isEmpty();
    assertThat(AlertRecords.reconcile(List.of(cleared), List.of(alert(Severity.RED, 12.4, LATER)), LATER))
        .singleElement().satisfies(reopened -> {
          assertThat(reopened.getStatus()).isEqualTo(AlertStatus.OPEN);
          assertThat(reopened.getRevision()).isEqualTo(3);
        });
  }
}
