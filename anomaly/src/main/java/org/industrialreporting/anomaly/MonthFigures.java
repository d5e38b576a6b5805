package org.industrialreporting.anomaly;

import java.time.YearMonth;

/**
 * The two figures of one month that the detectors follow, exact as reported: output value in yuan and
 * comprehensive energy consumption in kgce (an enterprise's report, or a district's or park's monthly totals).
 */
public record MonthFigures(YearMonth period, long outputYuan, long energyKgce) {

  /** Whether both figures are above zero, so that their logarithms and ratios exist. */
  boolean hasOutputAndEnergy() {
    return outputYuan > 0 && energyKgce > 0;
  }
}
