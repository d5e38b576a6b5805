package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/**
 * Energy budget overrun of a key energy-using unit (重点用能单位), decided in exact integers: a month is over when
 * its year-to-date energy exceeds the pro-rata annual budget, {@code ytd_kgce × 12 > budget_kgce × month}; RED when
 * it exceeds it by more than the rule's share (10 %, the national traffic-light practice), YELLOW up to it. The
 * year to date sums the months of the year the enterprise reported.
 */
final class BudgetOverrun {

  private static final long BP = 10_000;

  private BudgetOverrun() {
  }

  static Optional<Finding> check(Subject subject, NavigableMap<YearMonth, MonthFigures> months, YearMonth period,
      AppliedRule rule) {
    Long budget = subject.energyBudgetKgce();
    if (!rule.enabled() || !subject.keyEnergyUser() || budget == null || budget <= 0) {
      return Optional.empty();
    }
    long yearToDate = months.subMap(YearMonth.of(period.getYear(), 1), true, period, true).values().stream()
        .mapToLong(MonthFigures::energyKgce).reduce(0, Math::addExact);
    long used = Math.multiplyExact(yearToDate, 12);
    long allowed = Math.multiplyExact(budget, period.getMonthValue());
    if (used <= allowed) {
      return Optional.empty();
    }
    int redBp = rule.rule().getBudgetRedOverrunBp();
    boolean red = BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(BP))
        .compareTo(BigDecimal.valueOf(allowed).multiply(BigDecimal.valueOf(BP + redBp))) > 0;
    double percentOfBudget = BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(allowed), 1, RoundingMode.HALF_EVEN).doubleValue();
    long proRata = BigDecimal.valueOf(allowed).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
    return Optional.of(new Finding(AlertKind.BUDGET_OVERRUN, red ? Severity.RED : Severity.YELLOW, percentOfBudget,
        red ? 100 + redBp / 100.0 : 100, rule.key(),
        new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, yearToDate, proRata), List.of()));
  }
}
