package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.bench.jmh.SimulatedWorld;

/**
 * What the rollup stage holds for one district of a simulated world when it computes the rollup of
 * {@link SimulatedWorld#MONTH}: the district's monthly cells from January of the previous year, summed from its
 * enterprises' contributions, and its targets of the year. In this package because cells are internal to the
 * streams application; public so that the serde benchmark can have a realistic rollup.
 */
public final class DistrictCells {

  private final RollupCalculator.Identity identity;
  private final NavigableMap<YearMonth, CellVector> cells;
  private final Map<String, Long> targets;

  private DistrictCells(RollupCalculator.Identity identity, NavigableMap<YearMonth, CellVector> cells,
      Map<String, Long> targets) {
    this.identity = identity;
    this.cells = cells;
    this.targets = targets;
  }

  public static DistrictCells of(SimulatedWorld world, String districtCode) {
    YearMonth month = SimulatedWorld.MONTH;
    int year = month.getYear();
    Scope district = Scope.district(districtCode);
    NavigableMap<YearMonth, CellVector> cells = new TreeMap<>();
    // From two years back: the previous year's cells hold comparable pairs with the year before it.
    new Attribution(world).histories(YearMonth.of(year - 2, 1), month).values().stream()
        .filter(history -> history.firstEntry().getValue().getDistrictCode().equals(districtCode))
        .forEach(history -> {
          for (int y = year - 1; y <= year; y++) {
            EnterpriseContributions.ofYear(history, y).forEach((key, cell) -> {
              if (Scope.ofCellKey(key).equals(district)) {
                cells.merge(Scope.periodOfCellKey(key), cell, CellVector::plus);
              }
            });
          }
        });
    Map<String, Long> targets = world.simulation().targets(year).stream()
        .filter(t -> t.getScopeType() == ScopeType.DISTRICT && t.getScopeId().equals(districtCode))
        .collect(Collectors.toMap(Target::getIndicator, Target::getTarget));
    return new DistrictCells(new RollupCalculator.Identity(district, null, districtCode), cells, targets);
  }

  /** The district's cell of the month. */
  CellVector cell() {
    return cells.get(SimulatedWorld.MONTH);
  }

  /** The rollup of the month, computed as the rollup stage computes it on a flush. */
  public Rollup rollup() {
    return RollupCalculator.rollup(identity, SimulatedWorld.MONTH, cells, targets);
  }
}
