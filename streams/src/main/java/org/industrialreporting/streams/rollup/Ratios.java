package org.industrialreporting.streams.rollup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Derived figures from exact sums, rounded half-even once at the end. Undefined ratios (a zero or, for growth,
 * negative base) are null, never zero or infinite.
 *
 * <p>Every figure is computed in {@code long} arithmetic when its intermediate products fit, and with
 * {@link BigInteger} when one does not: the result is the same either way, and a rollup's two dozen ratios no
 * longer cost a dozen big-number divisions each time it is written.
 */
final class Ratios {

  private static final int BASIS_POINTS = 10_000;

  private Ratios() {
  }

  /** {@code a * b / denominator} rounded half-even; null when the denominator is zero. */
  static Long quotient(long a, long b, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return fits(a, b) ? divide(a * b, denominator) : exact(big(a).multiply(big(b)), big(denominator));
  }

  /** {@code part / whole} in basis points; null when the whole is zero. */
  static Integer shareBp(long part, long whole) {
    return basisPoints(quotient(part, BASIS_POINTS, whole));
  }

  /**
   * Year-on-year growth {@code (current - previous) / previous} in basis points; null when the previous figure
   * is zero or negative (a loss turning into a profit has no meaningful growth rate).
   */
  static Integer growthBp(long current, long previous) {
    if (previous <= 0) {
      return null;
    }
    return basisPoints(changeOver(current, previous, previous));
  }

  /**
   * Year-on-year change of a ratio {@code a1/b1} against {@code a0/b0} (e.g. energy per value added), in basis
   * points, computed exactly as {@code (a1*b0 - a0*b1) / (a0*b1)}; null when either ratio is undefined or zero.
   */
  static Integer ratioGrowthBp(long a1, long b1, long a0, long b0) {
    if (b1 <= 0 || b0 <= 0 || a0 <= 0) {
      return null;
    }
    if (fits(a1, b0) && fits(a0, b1)) {
      return basisPoints(changeOver(a1 * b0, a0 * b1, a0 * b1));
    }
    BigInteger now = big(a1).multiply(big(b0));
    BigInteger before = big(a0).multiply(big(b1));
    return basisPoints(exact(now.subtract(before).multiply(big(BASIS_POINTS)), before));
  }

  /** {@code (now - before) / base} in basis points, rounded; in big numbers when the difference overflows. */
  private static Long changeOver(long now, long before, long base) {
    long change = now - before;
    if (((now ^ before) & (now ^ change)) < 0) { // the operands' signs differ and the result's is not now's
      return exact(big(now).subtract(big(before)).multiply(big(BASIS_POINTS)), big(base));
    }
    return quotient(change, BASIS_POINTS, base);
  }

  /** A rounded quotient as basis points, saturating at the int range (±21 million percent). */
  private static Integer basisPoints(Long value) {
    return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  /**
   * Whether {@code a * b} fits a long, leaving out {@link Long#MIN_VALUE}, whose magnitude does not: the product's
   * high half is then only the sign of its low half.
   */
  private static boolean fits(long a, long b) {
    long low = a * b;
    return Math.multiplyHigh(a, b) == (low >> 63) && low != Long.MIN_VALUE;
  }

  /** {@code numerator / denominator} rounded half-even, the denominator not zero. */
  private static Long divide(long numerator, long denominator) {
    if (denominator == Long.MIN_VALUE) {
      return exact(big(numerator), big(denominator));
    }
    long quotient = numerator / denominator; // truncated towards zero
    long remainder = Math.abs(numerator % denominator);
    long rest = Math.abs(denominator) - remainder;
    if (remainder > rest || (remainder == rest && (quotient & 1) != 0)) {
      quotient += (numerator < 0) == (denominator < 0) ? 1 : -1; // away from zero
    }
    return quotient;
  }

  /** The same quotient in big numbers, for figures whose products do not fit a long. */
  private static Long exact(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
