package org.industrialreporting.anomaly.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.industrialreporting.anomaly.MonthFigures;
import org.industrialreporting.avro.AlertKind;

/**
 * The rule a monitor applies without a model: energy or output more than 30 % above or below the same month a
 * year earlier. Exact integers; it cannot fire without that month (for the demo world, all of 2025).
 */
final class NaiveYearOnYearRule {

  private NaiveYearOnYearRule() {
  }

  static boolean canJudge(NavigableMap<YearMonth, MonthFigures> months, YearMonth period) {
    return months.containsKey(period) && months.containsKey(period.minusYears(1));
  }

  static List<Flag> flags(String creditCode, NavigableMap<YearMonth, MonthFigures> months, YearMonth period) {
    List<Flag> flags = new ArrayList<>(2);
    if (!canJudge(months, period)) {
      return flags;
    }
    MonthFigures now = months.get(period);
    MonthFigures before = months.get(period.minusYears(1));
    judge(now.energyKgce(), before.energyKgce(), AlertKind.ENERGY_RISE, AlertKind.ENERGY_FALL, creditCode, period,
        flags);
    judge(now.outputYuan(), before.outputYuan(), AlertKind.OUTPUT_RISE, AlertKind.OUTPUT_FALL, creditCode, period,
        flags);
    return flags;
  }

  private static void judge(long now, long before, AlertKind rise, AlertKind fall, String creditCode,
      YearMonth period, List<Flag> flags) {
    if (Math.multiplyExact(now, 10) > Math.multiplyExact(before, 13)) {
      flags.add(new Flag(creditCode, period, rise));
    } else if (Math.multiplyExact(now, 10) < Math.multiplyExact(before, 7)) {
      flags.add(new Flag(creditCode, period, fall));
    }
  }
}
