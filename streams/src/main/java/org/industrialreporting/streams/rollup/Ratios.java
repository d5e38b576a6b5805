package org.industrialreporting.streams.rollup;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

/**
 * Derived figures from exact sums, rounded half-even once at the end. Undefined ratios (a zero or, for growth,
 * negative base) are null, never zero or infinite.
 */
final class Ratios {

  private static final BigInteger BASIS_POINTS = BigInteger.valueOf(10_000);

  private Ratios() {
  }

  /** {@code numerator / denominator} rounded half-even; null when the denominator is zero. */
  static Long divide(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      return null;
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  /** {@code part / whole} in basis points; null when the whole is zero. */
  static Integer shareBp(long part, long whole) {
    return basisPoints(BigInteger.valueOf(part).multiply(BASIS_POINTS), BigInteger.valueOf(whole));
  }

  /**
   * Year-on-year growth {@code (current - previous) / previous} in basis points; null when the previous figure
   * is zero or negative (a loss turning into a profit has no meaningful growth rate).
   */
  static Integer growthBp(long current, long previous) {
    if (previous <= 0) {
      return null;
    }
    BigInteger change = BigInteger.valueOf(current).subtract(BigInteger.valueOf(previous));
    return basisPoints(change.multiply(BASIS_POINTS), BigInteger.valueOf(previous));
  }

  /**
   * Year-on-year change of a ratio {@code a1/b1} against {@code a0/b0} (e.g. energy per value added), in basis
   * points, computed exactly as {@code (a1*b0 - a0*b1) / (a0*b1)}; null when either ratio is undefined or zero.
   */
  static Integer ratioGrowthBp(long a1, long b1, long a0, long b0) {
    if (b1 <= 0 || b0 <= 0 || a0 <= 0) {
      return null;
    }
    BigInteger now = BigInteger.valueOf(a1).multiply(BigInteger.valueOf(b0));
    BigInteger before = BigInteger.valueOf(a0).multiply(BigInteger.valueOf(b1));
    return basisPoints(now.subtract(before).multiply(BASIS_POINTS), before);
  }

  /** Rounded quotient as basis points, saturating at the int range (±21 million percent). */
  private static Integer basisPoints(BigInteger numerator, BigInteger denominator) {
    Long value = divide(numerator, denominator);
    return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
