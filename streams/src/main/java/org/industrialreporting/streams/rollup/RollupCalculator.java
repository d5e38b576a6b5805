package org.industrialreporting.streams.rollup;

import static org.industrialreporting.streams.cell.CellFigure.COMPARABLE;
import static org.industrialreporting.streams.cell.CellFigure.COMPARABLE_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.DIGITAL_ECONOMY_CORE_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.ENTERPRISES;
import static org.industrialreporting.streams.cell.CellFigure.ENTERPRISES_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.EQUIPMENT_MANUFACTURING_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.HIGH_TECH_OUTPUT_VALUE;
import static org.industrialreporting.streams.cell.CellFigure.LAND_MONTH;
import static org.industrialreporting.streams.cell.CellFigure.OUTPUT_VALUE_WITH_LAND;
import static org.industrialreporting.streams.cell.CellFigure.OUTSIDE_SCOPE;
import static org.industrialreporting.streams.cell.CellFigure.OUTSIDE_SCOPE_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.PARKS;
import static org.industrialreporting.streams.cell.CellFigure.PARKS_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.STRATEGIC_EMERGING_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.TAX_WITH_LAND;
import static org.industrialreporting.streams.cell.CellFigure.VALUE_ADDED_WITH_LAND;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.industrialreporting.avro.Efficiency;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.IndicatorTotals;
import org.industrialreporting.avro.ParkReportFigures;
import org.industrialreporting.avro.ParkTotals;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.Structure;
import org.industrialreporting.avro.TargetCompletion;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;

/**
 * Turns the cells of a scope into its rollup for one month: the month's figures (当月) and the year to date's
 * (1–N月累计), each against the same window a year earlier, with growth on total and comparable basis,
 * structure, efficiency, park-report figures and target completion. Pure and exact: every ratio is computed once
 * from integer sums (see {@link Ratios}).
 */
final class RollupCalculator {

  private static final long PER_MU = 100;                    // sums per hundredth of a mu → per mu
  private static final long GCE_PER_10K_YUAN = 10_000_000;   // kgce/yuan → gce per 10,000 yuan

  private RollupCalculator() {
  }

  /** Where a rollup belongs. */
  record Identity(Scope scope, String name, String districtCode) {
  }

  /**
   * @param cells    the scope's cell of a month (see {@link Months}), null for a month without figures; months from
   *                 January of the previous year up to {@code period} are read
   * @param targets  the scope's annual targets for the period's year, by indicator name
   */
  static Rollup rollup(Identity identity, YearMonth period, IntFunction<Cell> cells, Map<String, Long> targets) {
    int month = Months.of(period);
    int january = Months.january(period.getYear());
    Cell current = cells.apply(month);
    Cell monthCell = current == null ? new Cell() : current;
    Cell monthBefore = cells.apply(month - 12);
    Cell ytd = sum(cells, january, month);
    Cell ytdBefore = sum(cells, january - 12, month - 12);
    long updatedAt = Math.max(ytd.updatedAt(), ytdBefore.updatedAt());

    int months = period.getMonthValue();
    Figures ytdFigures = figures(Window.yearToDate(ytd, months), Window.yearToDate(ytdBefore, months));
    return Rollup.newBuilder()
        .setScopeType(identity.scope().type())
        .setScopeId(identity.scope().id())
        .setScopeName(identity.name())
        .setDistrictCode(identity.districtCode())
        .setPeriod(period.toString())
        .setMonth(figures(Window.month(monthCell), monthBefore == null ? null : Window.month(monthBefore)))
        .setYtd(ytdFigures)
        .setTargets(targets(targets, ytdFigures, monthCell))
        .setUpdatedAt(Instant.ofEpochMilli(updatedAt))
        .build();
  }

  /**
   * A month alone or a year to date of {@code months} months. Counts are not additive over months: a year to date
   * takes the "first" figures, which each enterprise or park adds only once a year. Land is summed as land-months:
   * the window's land is their mean over its months, so that land registered or changed during the year weighs by
   * the months it was there, as the figures reported with it do.
   */
  private record Window(Cell sums, boolean yearToDate, int months) {
    static Window month(Cell sums) {
      return new Window(sums, false, 1);
    }

    static Window yearToDate(Cell sums, int months) {
      return new Window(sums, true, months);
    }

    long get(CellFigure figure) {
      return sums.get(figure);
    }

    long enterprises() {
      return sums.get(yearToDate ? ENTERPRISES_FIRST : ENTERPRISES);
    }

    long comparableEnterprises() {
      return sums.get(yearToDate ? COMPARABLE_FIRST : COMPARABLE);
    }

    long outsideScopeEnterprises() {
      return sums.get(yearToDate ? OUTSIDE_SCOPE_FIRST : OUTSIDE_SCOPE);
    }

    /** Land-months of the enterprises with land: the denominator of the per-mu figures, over {@link #months}. */
    long landMonths() {
      return sums.get(LAND_MONTH);
    }

    /** {@code numerator} yuan per mu of the window's mean land. */
    Long perMu(CellFigure numerator) {
      return Ratios.quotient(get(numerator), PER_MU * months, landMonths());
    }

    long parks() {
      return sums.get(yearToDate ? PARKS_FIRST : PARKS);
    }
  }

  private static Figures figures(Window now, Window before) {
    boolean hasBefore = before != null && before.enterprises() > 0;
    boolean comparable = now.comparableEnterprises() > 0;
    IndicatorTotals totals = totals(now.sums(), CellFigure::total);
    IndicatorTotals previous = hasBefore ? totals(before.sums(), CellFigure::total) : null;
    IndicatorTotals comparableNow = comparable ? totals(now.sums(), CellFigure::comparable) : null;
    IndicatorTotals comparableBefore = comparable ? totals(now.sums(), CellFigure::comparablePreviousYear) : null;

    Map<String, Growth> growth = new TreeMap<>();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      growth.put(indicator.fieldName(), new Growth(
          hasBefore ? Ratios.growthBp(indicator.getTotal(totals), indicator.getTotal(previous)) : null,
          comparable ? Ratios.growthBp(indicator.getTotal(comparableNow), indicator.getTotal(comparableBefore)) : null));
    }
    return Figures.newBuilder()
        .setReportingEnterprises(Math.toIntExact(now.enterprises()))
        .setOutsideScopeEnterprises(Math.toIntExact(now.outsideScopeEnterprises()))
        .setTotals(totals)
        .setPreviousYear(previous)
        .setComparableEnterprises(Math.toIntExact(now.comparableEnterprises()))
        .setComparableCurrent(comparableNow)
        .setComparablePrevious(comparableBefore)
        .setGrowth(growth)
        .setStructure(structure(now.sums(), totals))
        .setEfficiency(efficiency(now, totals, previous))
        .setParkReports(parkReports(now, before))
        .build();
  }

  private static IndicatorTotals totals(Cell cell, java.util.function.Function<EnterpriseIndicator, CellFigure> block) {
    IndicatorTotals totals = new IndicatorTotals();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      indicator.setTotal(totals, cell.get(block.apply(indicator)));
    }
    return totals;
  }

  private static Structure structure(Cell cell, IndicatorTotals totals) {
    long valueAdded = totals.getValueAddedYuan();
    long output = totals.getOutputValueYuan();
    return Structure.newBuilder()
        .setStrategicEmergingValueAddedYuan(cell.get(STRATEGIC_EMERGING_VALUE_ADDED))
        .setEquipmentManufacturingValueAddedYuan(cell.get(EQUIPMENT_MANUFACTURING_VALUE_ADDED))
        .setDigitalEconomyCoreValueAddedYuan(cell.get(DIGITAL_ECONOMY_CORE_VALUE_ADDED))
        .setHighTechOutputValueYuan(cell.get(HIGH_TECH_OUTPUT_VALUE))
        .setStrategicEmergingShareBp(Ratios.shareBp(cell.get(STRATEGIC_EMERGING_VALUE_ADDED), valueAdded))
        .setEquipmentManufacturingShareBp(Ratios.shareBp(cell.get(EQUIPMENT_MANUFACTURING_VALUE_ADDED), valueAdded))
        .setDigitalEconomyCoreShareBp(Ratios.shareBp(cell.get(DIGITAL_ECONOMY_CORE_VALUE_ADDED), valueAdded))
        .setHighTechOutputShareBp(Ratios.shareBp(cell.get(HIGH_TECH_OUTPUT_VALUE), output))
        .build();
  }

  private static Efficiency efficiency(Window now, IndicatorTotals totals, IndicatorTotals previous) {
    long energy = totals.getEnergyKgce();
    long valueAdded = totals.getValueAddedYuan();
    Long intensity = intensity(energy, valueAdded);
    Long intensityBefore = previous == null ? null : intensity(previous.getEnergyKgce(), previous.getValueAddedYuan());
    return Efficiency.newBuilder()
        .setLandAreaCentimu(Ratios.quotient(now.landMonths(), 1, now.months()))
        .setOutputPerMuYuan(now.perMu(OUTPUT_VALUE_WITH_LAND))
        .setValueAddedPerMuYuan(now.perMu(VALUE_ADDED_WITH_LAND))
        .setTaxPerMuYuan(now.perMu(TAX_WITH_LAND))
        .setEnergyIntensityGcePer10kYuan(intensity)
        .setEnergyIntensityPreviousYearGcePer10kYuan(intensityBefore)
        .setEnergyIntensityChangeBp(previous == null || intensity == null || intensityBefore == null ? null
            : Ratios.ratioGrowthBp(energy, valueAdded, previous.getEnergyKgce(), previous.getValueAddedYuan()))
        .build();
  }

  private static Long intensity(long energyKgce, long valueAddedYuan) {
    return valueAddedYuan <= 0 ? null : Ratios.quotient(energyKgce, GCE_PER_10K_YUAN, valueAddedYuan);
  }

  private static ParkReportFigures parkReports(Window now, Window before) {
    if (now.parks() == 0) {
      return null;
    }
    ParkTotals totals = parkTotals(now.sums());
    ParkTotals previous = before != null && before.parks() > 0 ? parkTotals(before.sums()) : null;
    Map<String, Growth> growth = new TreeMap<>();
    for (ParkIndicator indicator : ParkIndicator.values()) {
      growth.put(indicator.fieldName(), new Growth(
          previous == null ? null : Ratios.growthBp(indicator.getTotal(totals), indicator.getTotal(previous)), null));
    }
    return new ParkReportFigures(Math.toIntExact(now.parks()), totals, previous, growth);
  }

  private static ParkTotals parkTotals(Cell cell) {
    ParkTotals totals = new ParkTotals();
    for (ParkIndicator indicator : ParkIndicator.values()) {
      indicator.setTotal(totals, cell.get(CellFigure.park(indicator)));
    }
    return totals;
  }

  /**
   * Completion of each target from the year-to-date figures. Employees are a headcount, not a flow: their
   * "actual" is the month's average headcount rather than a sum over months.
   */
  private static List<TargetCompletion> targets(Map<String, Long> targets, Figures ytd, Cell month) {
    List<TargetCompletion> completions = new ArrayList<>();
    new TreeMap<>(targets).forEach((name, target) -> Indicator.byFieldName(name).ifPresent(indicator -> {
      long actual;
      if (indicator == EnterpriseIndicator.EMPLOYEES) {
        actual = month.get(CellFigure.total(EnterpriseIndicator.EMPLOYEES));
      } else if (indicator instanceof EnterpriseIndicator enterprise) {
        actual = enterprise.getTotal(ytd.getTotals());
      } else {
        actual = ytd.getParkReports() == null ? 0 : ((ParkIndicator) indicator).getTotal(ytd.getParkReports().getTotals());
      }
      completions.add(new TargetCompletion(name, target, actual, Ratios.shareBp(actual, target)));
    }));
    return completions;
  }

  /** The sum of the cells from one month to another, both included. */
  private static Cell sum(IntFunction<Cell> cells, int from, int to) {
    Cell total = new Cell();
    for (int month = from; month <= to; month++) {
      Cell cell = cells.apply(month);
      if (cell != null) {
        total.plus(cell);
      }
    }
    return total;
  }
}
