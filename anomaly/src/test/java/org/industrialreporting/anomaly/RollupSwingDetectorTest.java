package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.industrialreporting.anomaly.MonthlySeries.at;

import java.time.YearMonth;
import java.util.function.IntPredicate;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Comparison;
import org.junit.jupiter.api.Test;

class RollupSwingDetectorTest {

  private static final Subject DISTRICT = Subject.district("330411", "秀洲区");
  private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);
  private static final IntPredicate COMPLETE = month -> true;

  /** A district's totals: seasonal, with a festival dip, steadier than one enterprise. */
  private static MonthlySeries totals() {
    return MonthlySeries.steady().seasonal(0.15).festival(0.8).noise(0.02, 3);
  }

  @Test
  void aSeasonalDistrictDoesNotSwing() {
    MonthSeries months = totals().until(YearMonth.of(2026, 9));

    for (int month = months.firstMonth(); month <= months.lastMonth(); month++) {
      assertThat(RollupSwingDetector.detect(DISTRICT, months, COMPLETE, month, RuleBook.defaults())).isEmpty();
    }
  }

  @Test
  void aThirdOfTheDistrictsEnergyGoneIsASwing() {
    MonthSeries months = totals().times(SEPTEMBER, 0.97, 0.6).until(SEPTEMBER);

    Finding swing = RollupSwingDetector.detect(DISTRICT, months, COMPLETE, at(SEPTEMBER), RuleBook.defaults())
        .orElseThrow();

    assertThat(swing.kind()).isEqualTo(AlertKind.ROLLUP_SWING);
    assertThat(swing.figure().indicator()).isEqualTo(Figure.ENERGY);
    assertThat(swing.figure().comparison()).isEqualTo(Comparison.YEAR_ON_YEAR);
    assertThat(swing.figure().changeBp()).isBetween(-4_500, -3_000);
    assertThat(swing.context()).singleElement().extracting(Figure::indicator).isEqualTo(Figure.OUTPUT);
    assertThat(swing.ruleKey()).isEqualTo("ROLLUP_SWING|*|*|*");
  }

  @Test
  void aScopeNeedsSixEarlierChanges() {
    YearMonth early = MonthlySeries.START.plusMonths(8);
    MonthSeries months = totals().times(early, 1, 0.5).until(early);

    assertThat(RollupSwingDetector.detect(DISTRICT, months, COMPLETE, at(early), RuleBook.defaults())).isEmpty();
  }

  @Test
  void anIncompleteMonthIsNotJudgedAndIsNoBaselineOfLaterOnes() {
    YearMonth august = SEPTEMBER.minusMonths(1);
    // August still arriving: half its totals. Judged as history it would make September's expected level drop.
    MonthSeries months = totals().times(august, 0.5, 0.5).until(SEPTEMBER);
    IntPredicate augustIncomplete = month -> month != at(august);

    assertThatThrownBy(() -> RollupSwingDetector.detect(DISTRICT, months, augustIncomplete, at(august),
        RuleBook.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-08");
    assertThat(RollupSwingDetector.detect(DISTRICT, months, augustIncomplete, at(SEPTEMBER), RuleBook.defaults()))
        .isEmpty();
  }
}
