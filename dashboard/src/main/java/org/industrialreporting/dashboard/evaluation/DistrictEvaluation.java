package org.industrialreporting.dashboard.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.view.EnterpriseMonth;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.registry.AboveScale;

/**
 * The 亩均 evaluation of a district from the view: its enterprises are those with reports counted for the district
 * from January to the district's latest month of the year, with the land recorded with each report and the
 * registry's above-scale status of the year; the benchmarks come from the same months a year earlier.
 */
public final class DistrictEvaluation {

  private DistrictEvaluation() {
  }

  /** The district's latest month of {@code year} with a rollup, if it has one. */
  public static Optional<YearMonth> through(View view, String districtCode, int year) {
    return Optional.ofNullable(view.districtRollups().history(districtCode)
        .floorKey(YearMonth.of(year, 12))).filter(month -> month.getYear() == year);
  }

  /** Evaluates the district for January to {@code through}. */
  public static MuEvaluation.Result of(View view, String districtCode, YearMonth through, EvaluationRules rules) {
    return MuEvaluation.evaluate(rules, through, enterprises(view, districtCode, through),
        enterprises(view, districtCode, through.minusYears(1)));
  }

  private static List<EnterpriseYear> enterprises(View view, String districtCode, YearMonth through) {
    Map<String, List<EnterpriseYear.Month>> months = new TreeMap<>();
    for (YearMonth period = YearMonth.of(through.getYear(), 1); !period.isAfter(through);
        period = period.plusMonths(1)) {
      for (EnterpriseMonth report : view.enterprises().month(ScopeType.DISTRICT, districtCode, period)) {
        months.computeIfAbsent(report.creditCode(), code -> new ArrayList<>()).add(month(report));
      }
    }
    List<EnterpriseYear> enterprises = new ArrayList<>(months.size());
    months.forEach((code, reports) -> enterprises.add(new EnterpriseYear(code, view.enterpriseName(code),
        view.registered(code).map(e -> AboveScale.in(e, through.getYear())).orElse(null), reports)));
    return enterprises;
  }

  private static EnterpriseYear.Month month(EnterpriseMonth report) {
    return new EnterpriseYear.Month(report.period(), report.get(EnterpriseIndicator.TAX),
        report.get(EnterpriseIndicator.VALUE_ADDED), report.get(EnterpriseIndicator.REVENUE),
        report.get(EnterpriseIndicator.ENERGY_TCE), report.get(EnterpriseIndicator.EMPLOYEES),
        report.get(EnterpriseIndicator.RD_EXPENSE), report.landCentimu());
  }
}
