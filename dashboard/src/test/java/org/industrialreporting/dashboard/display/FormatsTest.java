package org.industrialreporting.dashboard.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.industrialreporting.domain.indicator.Unit;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void headlineMoneyIsShownInYiYuanWithTwoDecimalsRoundedHalfEvenFromTheExactSum() {
    // Xiuzhou's January–September output: 47.5 billion yuan.
    assertThat(DisplayUnit.YI_YUAN.format(47_500_000_000L)).isEqualTo("475.00");
    assertThat(DisplayUnit.YI_YUAN.format(1_234_500_000L)).isEqualTo("12.34"); // 12.345 → 12.34 (half-even)
    assertThat(DisplayUnit.YI_YUAN.format(1_235_500_000L)).isEqualTo("12.36"); // 12.355 → 12.36
    assertThat(DisplayUnit.YI_YUAN.format(1_234_500_001L)).isEqualTo("12.35");
    // Beyond a double's exact range the text stays exact.
    assertThat(DisplayUnit.YI_YUAN.format(9_007_199_254_740_993L)).isEqualTo("90071992.55");
    assertThat(DisplayUnit.YI_YUAN.format(-150_000_000L)).isEqualTo("-1.50");
  }

  @Test
  void everySubmissionUnitHasADisplayUnitForScopesAndForEnterprises() {
    assertThat(DisplayUnit.forScope(Unit.THOUSAND_YUAN)).isEqualTo(DisplayUnit.YI_YUAN);
    assertThat(DisplayUnit.forEnterprise(Unit.THOUSAND_YUAN)).isEqualTo(DisplayUnit.WAN_YUAN);
    // 12,345,678 kgce = 12,345.678 t = 1.23 万吨.
    assertThat(DisplayUnit.forScope(Unit.TCE).format(12_345_678L)).isEqualTo("1.23");
    assertThat(DisplayUnit.forScope(Unit.TCE).label()).isEqualTo("万吨标准煤");
    assertThat(DisplayUnit.forEnterprise(Unit.TCE).format(12_345_678L)).isEqualTo("12345.68");
    assertThat(DisplayUnit.forScope(Unit.KWH).format(250_000_000L)).isEqualTo("2.50");
    assertThat(DisplayUnit.forScope(Unit.PERSONS).format(511L)).isEqualTo("511");
    assertThat(DisplayUnit.forScope(Unit.MU).format(1_050L)).isEqualTo("10.50");
    assertThat(DisplayUnit.forScope(Unit.THOUSAND_USD).format(1_230_000L)).isEqualTo("123.00");
    for (Unit unit : Unit.values()) {
      assertThat(DisplayUnit.forScope(unit)).isNotNull();
      assertThat(DisplayUnit.forEnterprise(unit)).isNotNull();
    }
  }

  @Test
  void ratiosAreShownWithOneDecimalAndUndefinedOnesAsADash() {
    // 50,000 g per 10,000 yuan = 0.05 tce per 10,000 yuan.
    assertThat(DisplayUnit.TCE_PER_WAN_YUAN.format(50_000L)).isEqualTo("0.050");
    assertThat(DisplayUnit.WAN_YUAN_PER_MU.format(10_000_000L)).isEqualTo("1000.00");
    assertThat(DisplayUnit.YI_YUAN.format((Long) null)).isEqualTo("—");
    assertThat(Formats.growth(1140)).isEqualTo("+11.4%");
    assertThat(Formats.growth(-250)).isEqualTo("-2.5%");
    assertThat(Formats.growth(4)).isEqualTo("0.0%");
    assertThat(Formats.growth(-4)).isEqualTo("0.0%");
    assertThat(Formats.growth(1145)).isEqualTo("+11.4%");
    assertThat(Formats.growth(1155)).isEqualTo("+11.6%");
    assertThat(Formats.growth(null)).isEqualTo("—");
    assertThat(Formats.percent(10_520)).isEqualTo("105.2%");
    assertThat(Formats.percent(null)).isEqualTo("—");
  }

  @Test
  void basisPointsOfAnExactRatioAreUndefinedForABaseOfZero() {
    assertThat(Formats.basisPoints(1, 3)).isEqualTo(3333);
    assertThat(Formats.basisPoints(2, 3)).isEqualTo(6667);
    assertThat(Formats.basisPoints(1, 8)).isEqualTo(1250);
    assertThat(Formats.basisPoints(5, 0)).isNull();
    assertThat(Formats.basisPoints(-5, 10)).isEqualTo(-5000);
  }

  @Test
  void periodsAreWrittenAsTheBulletinsWriteThem() {
    assertThat(Formats.month(YearMonth.of(2026, 9))).isEqualTo("2026年9月");
    assertThat(Formats.yearToDate(YearMonth.of(2026, 9))).isEqualTo("2026年1–9月");
    assertThat(Formats.yearToDate(YearMonth.of(2026, 1))).isEqualTo("2026年1月");
  }
}
