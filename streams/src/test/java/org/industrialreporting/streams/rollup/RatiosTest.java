package org.industrialreporting.streams.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatiosTest {

  @Test
  void growthIsRoundedHalfEvenInBasisPoints() {
    assertThat(Ratios.growthBp(111_400, 100_000)).isEqualTo(1_140);
    assertThat(Ratios.growthBp(100_005, 100_000)).isEqualTo(0);   // 0.5 bp rounds to the even 0
    assertThat(Ratios.growthBp(100_015, 100_000)).isEqualTo(2);   // 1.5 bp rounds to the even 2
    assertThat(Ratios.growthBp(90_000, 100_000)).isEqualTo(-1_000);
  }

  @Test
  void growthIsUndefinedOnAZeroOrNegativeBase() {
    assertThat(Ratios.growthBp(5, 0)).isNull();
    assertThat(Ratios.growthBp(5, -3)).isNull();
  }

  @Test
  void sharesAndQuotientsAreUndefinedOverZero() {
    assertThat(Ratios.shareBp(1, 3)).isEqualTo(3_333);
    assertThat(Ratios.shareBp(1, 0)).isNull();
    assertThat(Ratios.divide(java.math.BigInteger.TEN, java.math.BigInteger.ZERO)).isNull();
  }

  @Test
  void ratioGrowthIsExactAcrossBothTerms() {
    // Intensity 2/10 against 1/10: +100%; 1/4 against 1/3: -25%.
    assertThat(Ratios.ratioGrowthBp(2, 10, 1, 10)).isEqualTo(10_000);
    assertThat(Ratios.ratioGrowthBp(1, 4, 1, 3)).isEqualTo(-2_500);
    assertThat(Ratios.ratioGrowthBp(1, 0, 1, 3)).isNull();
  }

  @Test
  void hugeSumsDoNotOverflow() {
    long trillion = 1_000_000_000_000L;
    assertThat(Ratios.growthBp(3 * trillion * 1000, trillion * 1000)).isEqualTo(20_000);
  }
}
