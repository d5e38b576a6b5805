package org.industrialreporting.anomaly.evaluation;

import java.util.List;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.avro.AlertKind;

/**
 * The rule a monitor applies without a model: energy or output more than 30 % above or below the same month a
 * year earlier. Exact integers; it cannot fire without that month (for the demo world, all of 2025).
 */
final class NaiveYearOnYearRule {

  private NaiveYearOnYearRule() {
  }

  static boolean canJudge(MonthSeries months, int month) {
    return months.reported(month) && months.reported(month - 12);
  }

  /** The kinds the rule reports for the month: an energy and an output kind at most. */
  static List<AlertKind> kinds(MonthSeries months, int month) {
    if (!canJudge(months, month)) {
      return List.of();
    }
    AlertKind energy = judge(months.energyKgce(month), months.energyKgce(month - 12), AlertKind.ENERGY_RISE,
        AlertKind.ENERGY_FALL);
    AlertKind output = judge(months.outputYuan(month), months.outputYuan(month - 12), AlertKind.OUTPUT_RISE,
        AlertKind.OUTPUT_FALL);
    return energy == null ? (output == null ? List.of() : List.of(output))
        : output == null ? List.of(energy) : List.of(energy, output);
  }

  private static AlertKind judge(long now, long before, AlertKind rise, AlertKind fall) {
    if (Math.multiplyExact(now, 10) > Math.multiplyExact(before, 13)) {
      return rise;
    }
    return Math.multiplyExact(now, 10) < Math.multiplyExact(before, 7) ? fall : null;
  }
}
