package org.industrialreporting.dashboard.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.industrialreporting.domain.indicator.Unit;

/**
 * A unit figures are shown in, as officials quote them: headline money in 亿元 with two decimals, energy in
 * 万吨标准煤, and so on. Formatting starts from the exact stored integer and rounds once, half-even, so a shown figure
 * is the exact sum rounded, never a sum of rounded parts.
 */
public enum DisplayUnit {
  YI_YUAN("亿元", 8, 2),
  WAN_YUAN("万元", 4, 2),
  WAN_USD("万美元", 4, 2),
  WAN_TCE("万吨标准煤", 7, 2),
  TCE("吨标准煤", 3, 2),
  YI_KWH("亿千瓦时", 8, 2),
  WAN_KWH("万千瓦时", 4, 2),
  PERSONS("人", 0, 0),
  MU("亩", 2, 2),
  /** Energy intensity, from grams of standard coal per 10,000 yuan. */
  TCE_PER_WAN_YUAN("吨标准煤/万元", 6, 3),
  /** Per-mu figures, from yuan per mu. */
  WAN_YUAN_PER_MU("万元/亩", 4, 2);

  private final String label;
  private final int storedDigits;
  private final int decimals;

  /**
   * @param storedDigits the power of ten of this unit in the stored unit (亿元: 10^8 yuan)
   * @param decimals     decimals shown
   */
  DisplayUnit(String label, int storedDigits, int decimals) {
    this.label = label;
    this.storedDigits = storedDigits;
    this.decimals = decimals;
  }

  /** How the figures of a district or a park are shown, by the unit the indicator is submitted in. */
  public static DisplayUnit forScope(Unit unit) {
    return switch (unit) {
      case THOUSAND_YUAN -> YI_YUAN;
      case THOUSAND_USD -> WAN_USD;
      case TCE -> WAN_TCE;
      case KWH -> YI_KWH;
      case PERSONS -> PERSONS;
      case MU -> MU;
    };
  }

  /** How the figures of one enterprise are shown, by the unit the indicator is submitted in. */
  public static DisplayUnit forEnterprise(Unit unit) {
    return switch (unit) {
      case THOUSAND_YUAN -> WAN_YUAN;
      case THOUSAND_USD -> WAN_USD;
      case TCE -> TCE;
      case KWH -> WAN_KWH;
      case PERSONS -> PERSONS;
      case MU -> MU;
    };
  }

  /** The Chinese name of the unit, e.g. {@code 亿元}. */
  public String label() {
    return label;
  }

  /** A stored value (yuan, kgce, kWh, ...) in this unit, e.g. 4,750,000,000,000 yuan as {@code 47500.00}. */
  public String format(long stored) {
    return BigDecimal.valueOf(stored).movePointLeft(storedDigits).setScale(decimals, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** Like {@link #format(long)}, with {@code —} for a figure that is undefined. */
  public String format(Long stored) {
    return stored == null ? Formats.UNDEFINED : format(stored.longValue());
  }
}
