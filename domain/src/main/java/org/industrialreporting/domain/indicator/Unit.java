package org.industrialreporting.domain.indicator;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * A unit of the submission format and the exact integer unit it is stored in. The stored unit is always the
 * submission unit divided by {@code 10^decimals}: submitting with more decimals than that would need rounding.
 */
public enum Unit {
  /** Money in thousand yuan (千元) with up to 3 decimals, stored in yuan. */
  THOUSAND_YUAN("thousand yuan", "千元", 3, "yuan", 999_999_999_999_999L),
  /** Foreign investment in thousand US dollars (千美元) with up to 3 decimals, stored in US dollars. */
  THOUSAND_USD("thousand US dollars", "千美元", 3, "US dollars", 999_999_999_999_999L, "thousand USD"),
  /** Energy in tonnes of standard coal (吨标准煤, tce) with up to 3 decimals, stored in kgce. */
  TCE("tonnes of standard coal", "吨标准煤", 3, "kgce", 999_999_999_999_999L, "tce", "吨标煤"),
  /** Electricity in kWh (千瓦时), whole numbers. */
  KWH("kWh", "千瓦时", 0, "kWh", 999_999_999_999_999L, "度"),
  /** Persons (人), whole numbers. */
  PERSONS("persons", "人", 0, "persons", 9_999_999L),
  /** Land in mu (亩) with up to 2 decimals, stored in hundredths of a mu. */
  MU("mu", "亩", 2, "hundredths of a mu", 999_999_999_999_999L);

  private final String label;
  private final String chineseLabel;
  private final int decimals;
  private final String storedUnit;
  private final long maxStored;
  private final List<String> otherLabels;

  Unit(String label, String chineseLabel, int decimals, String storedUnit, long maxStored, String... otherLabels) {
    this.label = label;
    this.chineseLabel = chineseLabel;
    this.decimals = decimals;
    this.storedUnit = storedUnit;
    this.maxStored = maxStored;
    this.otherLabels = List.of(otherLabels);
  }

  /** English name of the submission unit, e.g. {@code thousand yuan}. */
  public String label() {
    return label;
  }

  /** Chinese name of the submission unit, e.g. {@code 千元}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Decimals allowed in the submission, and the power of ten between submission and stored unit. */
  public int decimals() {
    return decimals;
  }

  /** Name of the stored unit, e.g. {@code yuan}. */
  public String storedUnit() {
    return storedUnit;
  }

  /** Whether a header's unit annotation, e.g. {@code 千元} in {@code 工业总产值(千元)}, names this unit. */
  public boolean isNamed(String annotation) {
    String a = annotation.strip().toLowerCase(Locale.ROOT);
    return a.equals(label.toLowerCase(Locale.ROOT)) || a.equals(chineseLabel)
        || otherLabels.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(a));
  }

  /**
   * Parses submission text into the stored unit. On failure adds a reason for the field and returns empty.
   *
   * @param field the field name the reason is about
   * @param negativeAllowed whether a value below zero is acceptable (profit only)
   */
  public OptionalLong parse(String field, String text, boolean negativeAllowed, Reasons reasons) {
    long value;
    try {
      value = ExactDecimal.parse(text, decimals);
    } catch (ExactDecimal.Invalid e) {
      reasons.add(field, e.code(), describe(field, text) + " " + e.getMessage());
      return OptionalLong.empty();
    }
    return checkRange(field, value, negativeAllowed, reasons) ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /**
   * Checks a stored value against the unit's range (e.g. of a decoded record), adding NEGATIVE or OUT_OF_RANGE.
   *
   * @return whether the value is acceptable
   */
  public boolean checkRange(String field, long stored, boolean negativeAllowed, Reasons reasons) {
    if (stored < 0 && !negativeAllowed) {
      reasons.add(field, ReasonCode.NEGATIVE,
          describe(field, format(stored)) + " is negative; " + field + " cannot be below zero");
      return false;
    }
    if (stored > maxStored || stored < -maxStored) {
      reasons.add(field, ReasonCode.OUT_OF_RANGE, describe(field, format(stored))
          + " is out of range: at most " + format(maxStored) + " " + label + " in magnitude");
      return false;
    }
    return true;
  }

  /** A stored value as submission text, exact and without trailing zeros, e.g. 1234500 yuan as {@code 1234.5}. */
  public String format(long stored) {
    return ExactDecimal.format(stored, decimals);
  }

  private String describe(String field, String text) {
    return field + " '" + text + "' (" + label + ", " + (decimals == 0 ? "whole number" : "up to " + decimals + " decimals") + ")";
  }
}
