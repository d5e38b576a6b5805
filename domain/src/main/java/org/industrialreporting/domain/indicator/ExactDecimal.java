package org.industrialreporting.domain.indicator;

import java.math.BigDecimal;
import org.industrialreporting.domain.validation.ReasonCode;

/**
 * Decimal text to an exact integer in a smaller unit and back, without floating point.
 *
 * <p>Accepted: optional surrounding whitespace, an optional leading {@code +} or {@code -}, ASCII digits, and
 * optionally a {@code .} followed by digits ({@code 12}, {@code +12.5}, {@code -0.125}, {@code 007}). Decimals
 * beyond the allowed number are accepted only when they are zeros ({@code 12.5000}), since the value stays exact;
 * anything else that would need rounding is refused. Refused with a clear message: thousands separators
 * ({@code 1,234}), full-width digits ({@code １２}), exponents ({@code 1e3}), a bare {@code .5} or {@code 5.},
 * and any other character.
 */
final class ExactDecimal {

  private ExactDecimal() {
  }

  /** Why a text is not an acceptable number. */
  static final class Invalid extends Exception {
    private final ReasonCode code;

    Invalid(ReasonCode code, String detail) {
      super(detail, null, false, false); // a validation outcome, not an error: no stack trace
      this.code = code;
    }

    ReasonCode code() {
      return code;
    }
  }

  /**
   * Parses the text and moves the decimal point {@code decimals} places to the right.
   *
   * @throws Invalid with NOT_A_NUMBER, TOO_MANY_DECIMALS, or OUT_OF_RANGE beyond a long, and a detail for the
   *     message
   */
  static long parse(String text, int decimals) throws Invalid {
    String s = text.strip();
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    int dot = s.indexOf('.', i);
    int integerEnd = dot < 0 ? s.length() : dot;
    if (integerEnd == i || (dot >= 0 && dot == s.length() - 1) || !digits(s, i, integerEnd)
        || (dot >= 0 && !digits(s, dot + 1, s.length()))) {
      throw new Invalid(ReasonCode.NOT_A_NUMBER, notANumber(s));
    }
    int fractionLength = dot < 0 ? 0 : s.length() - dot - 1;
    int significantDecimals = fractionLength;
    while (significantDecimals > decimals && s.charAt(dot + significantDecimals) == '0') {
      significantDecimals--;
    }
    if (significantDecimals > decimals) {
      throw new Invalid(ReasonCode.TOO_MANY_DECIMALS, "has " + significantDecimals + " decimals, at most "
          + decimals + (decimals == 1 ? " is" : " are") + " allowed and nothing is rounded");
    }
    long value = 0;
    try {
      for (int k = i; k < integerEnd; k++) {
        value = Math.addExact(Math.multiplyExact(value, 10), s.charAt(k) - '0');
      }
      for (int k = 1; k <= decimals; k++) {
        int digit = k <= fractionLength ? s.charAt(dot + k) - '0' : 0;
        value = Math.addExact(Math.multiplyExact(value, 10), digit);
      }
    } catch (ArithmeticException e) {
      throw new Invalid(ReasonCode.OUT_OF_RANGE, "is too large");
    }
    return negative ? -value : value;
  }

  /** The stored integer as submission text: exact, without trailing zeros in the decimals. */
  static String format(long stored, int decimals) {
    return BigDecimal.valueOf(stored, decimals).stripTrailingZeros().toPlainString();
  }

  private static boolean digits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String notANumber(String s) {
    if (s.chars().anyMatch(c -> c >= '０' && c <= '９' || c == '．' || c == '－' || c == '＋')) {
      return "uses full-width characters; write ASCII digits such as 1234.5";
    }
    if (s.matches("[+-]?[0-9]{1,3}([,，' ][0-9]{3})+(\\.[0-9]+)?")) {
      return "has thousands separators; write the number without them, e.g. " + s.replaceAll("[,，' ]", "");
    }
    if (s.matches("[+-]?[0-9.]+[eE][+-]?[0-9]+")) {
      return "uses exponent notation; write the number in full";
    }
    return "is not a decimal number (expected digits with an optional '.' and decimals, e.g. 1234.5)";
  }
}
