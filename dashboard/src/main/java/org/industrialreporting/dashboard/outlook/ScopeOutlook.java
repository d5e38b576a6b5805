package org.industrialreporting.dashboard.outlook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.TargetCompletion;
import org.industrialreporting.dashboard.view.RollupIndex;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;

/**
 * The outlook of each target a district's or park's rollup carries, with last year's profile taken from the same
 * scope's rollups of last year: its year to date of the same month and of December.
 */
public final class ScopeOutlook {

  private ScopeOutlook() {
  }

  /** One outlook per target of the rollup whose indicator is known, in the rollup's order. */
  public static List<TargetOutlook> of(RollupIndex rollups, Rollup rollup) {
    YearMonth period = YearMonth.parse(rollup.getPeriod());
    Optional<Rollup> sameMonths = rollups.get(rollup.getScopeId(), period.minusYears(1));
    Optional<Rollup> fullYear = rollups.get(rollup.getScopeId(), YearMonth.of(period.getYear() - 1, 12));
    List<TargetOutlook> outlooks = new ArrayList<>();
    for (TargetCompletion target : rollup.getTargets()) {
      Indicator.byFieldName(target.getIndicator()).ifPresent(indicator -> outlooks.add(TargetOutlook.of(
          target.getIndicator(), indicator == EnterpriseIndicator.EMPLOYEES, target.getTarget(), target.getActualYtd(),
          period, sameMonths.map(r -> total(indicator, r.getYtd())).orElse(null),
          fullYear.map(r -> total(indicator, r.getYtd())).orElse(null))));
    }
    return outlooks;
  }

  /** The indicator's total in the figures, stored unit; null for a park-report figure where no park reported. */
  public static Long total(Indicator indicator, Figures figures) {
    if (indicator instanceof EnterpriseIndicator enterprise) {
      return enterprise.getTotal(figures.getTotals());
    }
    return figures.getParkReports() == null ? null
        : ((ParkIndicator) indicator).getTotal(figures.getParkReports().getTotals());
  }
}
