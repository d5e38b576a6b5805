package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.industrialreporting.avro.Comparison;

/**
 * A figure an alert shows: the month's value and its baseline, exact integers in the indicator's stored unit.
 *
 * @param indicator {@code energy_tce} (kgce), {@code output_value} (yuan) or {@code energy_intensity} (grams of
 *     standard coal per 10,000 yuan of output value)
 */
public record Figure(String indicator, Comparison comparison, long current, long baseline) {

  public static final String ENERGY = "energy_tce";
  public static final String OUTPUT = "output_value";
  public static final String INTENSITY = "energy_intensity";

  /** {@code (current − baseline) / baseline} in basis points, rounded half-even; null when the baseline is zero. */
  public Integer changeBp() {
    if (baseline == 0) {
      return null;
    }
    BigDecimal change = BigDecimal.valueOf(current - baseline).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(baseline), 0, RoundingMode.HALF_EVEN);
    return change.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
  }

  /** Energy per output value of a month, grams of standard coal per 10,000 yuan, rounded half-even. */
  static long intensity(long outputYuan, long energyKgce) {
    return BigDecimal.valueOf(energyKgce).multiply(BigDecimal.valueOf(10_000_000L))
        .divide(BigDecimal.valueOf(Math.max(outputYuan, 1)), 0, RoundingMode.HALF_EVEN).longValueExact();
  }
}
