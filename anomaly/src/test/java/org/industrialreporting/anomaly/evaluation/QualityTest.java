package org.industrialreporting.anomaly.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.avro.AlertKind;
import org.junit.jupiter.api.Test;

class QualityTest {

  private static final YearMonth MAY = YearMonth.of(2026, 5);

  private static Flag flag(String code, AlertKind kind) {
    return new Flag(code, MAY, kind);
  }

  @Test
  void countsMatchesOfEnterpriseMonthAndKind() {
    Set<Flag> labels = Set.of(flag("A", AlertKind.ENERGY_RISE), flag("B", AlertKind.ENERGY_RISE),
        flag("C", AlertKind.STOPPAGE));
    Set<Flag> reported = Set.of(flag("A", AlertKind.ENERGY_RISE), flag("B", AlertKind.OUTPUT_FALL),
        flag("D", AlertKind.ENERGY_RISE));
    Set<Flag> months = Set.of(flag("A", null), flag("B", null), flag("C", null), flag("D", null), flag("E", null));

    Quality quality = Quality.of(List.of(AlertKind.ENERGY_RISE, AlertKind.STOPPAGE), labels, reported, months);

    KindQuality rise = quality.kinds().get(0);
    assertThat(rise.truePositives()).isEqualTo(1);
    assertThat(rise.falsePositives()).isEqualTo(1);
    assertThat(rise.falseNegatives()).isEqualTo(1);
    assertThat(rise.f1()).isCloseTo(0.5, within(1e-12));
    KindQuality stoppage = quality.kinds().get(1);
    assertThat(stoppage.recall()).isZero();
    assertThat(stoppage.precision()).isNaN();
    // D and E have no label; D was flagged.
    assertThat(quality.normalMonths()).isEqualTo(2);
    assertThat(quality.flaggedNormalMonths()).isEqualTo(1);
  }

  @Test
  void theNaiveRuleNeedsTheSameMonthAYearEarlierAndThirtyPercent() {
    int may = MonthSeries.index(MAY);
    MonthSeries months = MonthSeries.builder(may - 12, 14).put(may - 12, 1_000, 1_000).put(may - 11, 1_000, 1_000)
        .put(may, 1_300, 1_301).put(may + 1, 100, 100).build();

    assertThat(NaiveYearOnYearRule.kinds(months, may)).containsExactly(AlertKind.ENERGY_RISE);
    assertThat(NaiveYearOnYearRule.kinds(months, may + 1)).containsExactly(AlertKind.ENERGY_FALL,
        AlertKind.OUTPUT_FALL);
    assertThat(NaiveYearOnYearRule.canJudge(months, may - 1)).isFalse();
  }
}
