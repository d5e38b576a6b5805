package org.industrialreporting.anomaly.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.industrialreporting.anomaly.MonthFigures;
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
    NavigableMap<YearMonth, MonthFigures> months = new TreeMap<>();
    months.put(MAY.minusYears(1), new MonthFigures(MAY.minusYears(1), 1_000, 1_000));
    months.put(MAY, new MonthFigures(MAY, 1_300, 1_301));
    months.put(MAY.plusMonths(1), new MonthFigures(MAY.plusMonths(1), 100, 100));

    assertThat(NaiveYearOnYearRule.flags("A", months, MAY)).containsExactly(flag("A", AlertKind.ENERGY_RISE));
    assertThat(NaiveYearOnYearRule.flags("A", months, MAY.plusMonths(1))).isEmpty();
    assertThat(NaiveYearOnYearRule.canJudge(months, MAY.plusMonths(1))).isFalse();
  }
}
