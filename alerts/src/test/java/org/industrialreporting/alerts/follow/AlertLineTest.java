package org.industrialreporting.alerts.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.alerts.Alerts;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class AlertLineTest {

  @Test
  void oneLinePerAlertColouredOnlyWhenAsked() {
    AnomalyAlert red = Alerts.energyRise(Severity.RED, 3_250_000);

    assertThat(AlertLine.format(red, false)).isEqualTo("RED     2026-09 ENERGY_RISE 91330411MA000023BA r1 "
        + red.getExplanation());
    assertThat(AlertLine.format(red, true)).startsWith("\u001b[1;31mRED    \u001b[0m 2026-09");
    assertThat(AlertLine.format(Alerts.budgetOverrun(), true)).startsWith("\u001b[1;33mYELLOW \u001b[0m");
  }

  @Test
  void aClearedAlertSaysSoWithoutColour() {
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(Alerts.stoppage()), List.of(), Alerts.AT,
        ClearReason.CORRECTION).get(0);

    assertThat(AlertLine.format(cleared, true)).startsWith("CLEARED 2026-09 STOPPAGE 91330411MA001AFQ31 r2 ")
        .doesNotContain("\u001b");
  }

  @Test
  void filtersByDistrictParkKindAndSeverity() {
    AlertFilter xiuzhouRed = new AlertFilter(Set.of("330411"), Set.of(), Set.of(), Set.of(Severity.RED));
    AlertFilter pvTown = new AlertFilter(Set.of(), Set.of("XZ-PV"), Set.of(AlertKind.ENERGY_RISE), Set.of());

    assertThat(xiuzhouRed.matches(Alerts.stoppage())).isTrue();
    assertThat(xiuzhouRed.matches(Alerts.budgetOverrun())).isFalse();
    assertThat(xiuzhouRed.matches(Alerts.changshuOutputFall())).isFalse();
    assertThat(pvTown.matches(Alerts.energyRise(Severity.YELLOW, 2_000_000))).isTrue();
    assertThat(pvTown.matches(Alerts.stoppage())).isFalse();
    assertThat(AlertFilter.all().matches(Alerts.changshuOutputFall())).isTrue();
  }
}
