package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.MonthlyReport;

/**
 * Finds the labels of reports fed in month order: the injected event of the month, and BUDGET_OVERRUN whenever a
 * key energy-using unit's energy from January to the month is above the pro-rata budget, exactly:
 * {@code ytd_kgce × 12 > budget_kgce × month}. The rule is applied to every year with the registry's budget.
 */
final class LabelTracker {

  private final long[] yearToDateKgce;
  private final int[] year;

  LabelTracker(int enterprises) {
    yearToDateKgce = new long[enterprises];
    year = new int[enterprises];
  }

  List<AnomalyLabel> observe(EnterpriseProfile profile, MonthlyReport report) {
    YearMonth period = YearMonth.parse(report.getPeriod());
    int i = profile.index();
    if (year[i] != period.getYear()) {
      year[i] = period.getYear();
      yearToDateKgce[i] = 0;
    }
    yearToDateKgce[i] += report.getEnergyKgce();
    List<AnomalyLabel> labels = new ArrayList<>(1);
    profile.event(period).ifPresent(e -> labels.add(new AnomalyLabel(profile.creditCode(), period, e.kind())));
    Long budget = profile.enterprise().getEnergyBudgetKgce();
    if (budget != null && Math.multiplyExact(yearToDateKgce[i], 12) > Math.multiplyExact(budget,
        (long) period.getMonthValue())) {
      labels.add(new AnomalyLabel(profile.creditCode(), period, AlertKind.BUDGET_OVERRUN));
    }
    return labels;
  }
}
