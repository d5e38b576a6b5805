package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.NavigableMap;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Comparison;
import org.junit.jupiter.api.Test;

class RollupSwingDetectorTest {

  private static final Subject DISTRICT = Subject.district("330411", "秀洲区");
  private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

  /** A district's totals: seasonal, with a festival dip, steadier than one enterprise. */
  private static MonthlySeries totals() {
    return MonthlySeries.steady().seasonal(0.15).festival(0.8).noise(0.02, 3);
  }

  @Test
  void aSeasonalDistrictDoesNotSwing() {
    NavigableMap<YearMonth, MonthFigures> months = totals().until(YearMonth.of(2026, 9));

    assertThat(months.keySet()).allSatisfy(m ->
        assertThat(RollupSwingDetector.detect(DISTRICT, months, m, RuleBook.defaults())).isEmpty());
  }

  @Test
  void aThirdOfTheDistrictsEnergyGoneIsASwing() {
    NavigableMap<YearMonth, MonthFigures> months = totals().times(SEPTEMBER, 0.97, 0.6).until(SEPTEMBER);

    Finding swing = RollupSwingDetector.detect(DISTRICT, months, SEPTEMBER, RuleBook.defaults()).orElseThrow();

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
    NavigableMap<YearMonth, MonthFigures> months = totals().times(early, 1, 0.5).until(early);

    assertThat(RollupSwingDetector.detect(DISTRICT, months, early, RuleBook.defaults())).isEmpty();
  }
}
