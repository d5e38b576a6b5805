package org.industrialreporting.domain.report;

import java.util.Map;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * Catches unit mistakes: a figure at least {@code factor} times the enterprise's figure of the previous month,
 * typically yuan entered in a thousand-yuan field (×1000). Only rises are refused: a collapse may be a real
 * stoppage, which the anomaly alerts report. Previous figures below the indicator's floor are ignored, so that a
 * restart after a near-zero month is accepted, and without a known previous month nothing is checked.
 *
 * @param factor smallest ratio refused
 * @param floors the indicators checked, each with the smallest previous figure (stored unit) compared against
 */
public record UnitJumpRule(long factor, Map<EnterpriseIndicator, Long> floors) {

  public static final long DEFAULT_FACTOR = 100;

  public UnitJumpRule {
    if (factor < 2) {
      throw new IllegalArgumentException("the unit-jump factor must be at least 2, got " + factor);
    }
    floors = Map.copyOf(floors);
  }

  /**
   * Factor 100 on output value and revenue (previous month at least 100 thousand yuan), energy (at least 10 tce)
   * and electricity (at least 10,000 kWh).
   */
  public static UnitJumpRule defaults() {
    return new UnitJumpRule(DEFAULT_FACTOR, Map.of(
        EnterpriseIndicator.OUTPUT_VALUE, 100_000L,
        EnterpriseIndicator.REVENUE, 100_000L,
        EnterpriseIndicator.ENERGY_TCE, 10_000L,
        EnterpriseIndicator.ELECTRICITY_KWH, 10_000L));
  }

  /** Adds UNIT_JUMP when the current figure is at least {@code factor} times the previous month's. */
  void check(EnterpriseIndicator indicator, long current, MonthlyReport previous, Reasons reasons) {
    Long floor = floors.get(indicator);
    long before = indicator.get(previous);
    if (floor == null || before < floor || before <= 0 || current / before < factor) {
      return;
    }
    String unit = indicator.unit().label();
    reasons.add(indicator.fieldName(), ReasonCode.UNIT_JUMP, indicator.fieldName() + " "
        + indicator.format(current) + " " + unit + " is " + current / before + " times the previous month's "
        + indicator.format(before) + " " + unit + " (" + previous.getPeriod() + "); a rise of " + factor
        + " times or more looks like a unit mistake (the field is in " + unit + ")");
  }
}
