package org.industrialreporting.streams.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.function.Supplier;
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
    assertThat(Ratios.quotient(10, 1, 0)).isNull();
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

  @Test
  void quotientsRoundHalfEvenOnEitherSign() {
    assertThat(Ratios.quotient(5, 1, 2)).isEqualTo(2);    // 2.5 → 2
    assertThat(Ratios.quotient(7, 1, 2)).isEqualTo(4);    // 3.5 → 4
    assertThat(Ratios.quotient(-5, 1, 2)).isEqualTo(-2);
    assertThat(Ratios.quotient(5, 1, -2)).isEqualTo(-2);
    assertThat(Ratios.quotient(-7, 1, -2)).isEqualTo(4);
    assertThat(Ratios.quotient(1, 1, 3)).isEqualTo(0);
    assertThat(Ratios.quotient(-2, 1, 3)).isEqualTo(-1);  // -0.67 → -1
    assertThat(Ratios.quotient(Long.MAX_VALUE, 1, Long.MIN_VALUE)).isEqualTo(-1);
  }

  /**
   * The long arithmetic must give what exact big-number arithmetic gives, for figures of every size up to the
   * extremes, where the products no longer fit a long (and a quotient that does not fit either is an error, as
   * it always was).
   */
  @Test
  void everyRatioEqualsItsExactValueForFiguresOfEverySize() {
    SplittableRandom random = new SplittableRandom(20261204);
    for (int i = 0; i < 200_000; i++) {
      long a = figure(random);
      long b = figure(random);
      long c = figure(random);
      long d = figure(random);
      check(() -> Ratios.quotient(a, b, c), c == 0 ? null : exact(big(a).multiply(big(b)), big(c), false),
          a + " * " + b + " / " + c);
      check(() -> Ratios.shareBp(a, b), b == 0 ? null : exact(big(a).multiply(big(10_000)), big(b), true),
          "share " + a + " of " + b);
      check(() -> Ratios.growthBp(a, b),
          b <= 0 ? null : exact(big(a).subtract(big(b)).multiply(big(10_000)), big(b), true), "growth " + a + " on " + b);
      BigInteger before = big(c).multiply(big(b));
      check(() -> Ratios.ratioGrowthBp(a, b, c, d), b <= 0 || d <= 0 || c <= 0 ? null
          : exact(big(a).multiply(big(d)).subtract(before).multiply(big(10_000)), before, true),
          a + "/" + b + " against " + c + "/" + d);
    }
  }

  private static final Object TOO_LARGE = "a quotient beyond the long range";

  private static void check(Supplier<Object> ratio, Object expected, String what) {
    if (expected == TOO_LARGE) {
      assertThatThrownBy(ratio::get).as(what).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(ratio.get()).as(what).isEqualTo(expected);
    }
  }

  /** The quotient rounded half-even, as a Long or, in basis points, an Integer saturated at the int range. */
  private static Object exact(BigInteger numerator, BigInteger denominator, boolean basisPoints) {
    BigInteger quotient = new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN)
        .toBigIntegerExact();
    if (quotient.bitLength() >= 64) {
      return TOO_LARGE;
    }
    return basisPoints ? (Object) quotient.max(big(Integer.MIN_VALUE)).min(big(Integer.MAX_VALUE)).intValueExact()
        : (Object) quotient.longValueExact();
  }

  /** A figure of a random magnitude, sometimes an extreme, a small one (for ties) or zero. */
  private static long figure(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> 0;
      case 1 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE + random.nextInt(3);
      case 2 -> random.nextInt(-20, 21);
      default -> {
        long magnitude = random.nextLong() >>> random.nextInt(1, 64);
        yield random.nextBoolean() ? magnitude : -magnitude;
      }
    };
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
