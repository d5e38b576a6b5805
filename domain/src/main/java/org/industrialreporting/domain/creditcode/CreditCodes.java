package org.industrialreporting.domain.creditcode;

/**
 * The check character of the unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * <p>The code has 18 characters from {@code 0-9} and {@code A-Z} without {@code I, O, Z, S, V}; each character
 * has a value ({@code 0-9} → 0–9, then {@code A}=10 … {@code Y}=30 skipping the excluded letters). With weights
 * {@code 3^(i-1) mod 31} for positions i = 1..17, the check value is {@code 31 - (Σ value×weight mod 31)}, 31
 * meaning 0, and the 18th character is the character of that value.
 */
public final class CreditCodes {

  /** The 31 characters of the code, in value order. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int LENGTH = 18;
  private static final int[] WEIGHTS = weights();

  private CreditCodes() {
  }

  /** The value of a code character, or -1 when it is not one. */
  static int value(char c) {
    return ALPHABET.indexOf(c);
  }

  /**
   * The check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException when they are not 17 characters of the code's alphabet
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected the first 17 characters of a credit code, got " + first17.length()
          + ": '" + first17 + "'");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = value(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("'" + first17.charAt(i) + "' at position " + (i + 1)
            + " is not a credit code character (0-9, A-Z without I, O, Z, S, V): '" + first17 + "'");
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /** The full 18-character code: the 17 given characters followed by their check character. */
  public static String withCheckCharacter(String first17) {
    return first17 + checkCharacter(first17);
  }

  private static int[] weights() {
    int[] weights = new int[LENGTH - 1];
    int w = 1;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w;
      w = w * 3 % 31;
    }
    return weights;
  }
}
