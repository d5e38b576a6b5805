package org.industrialreporting.streams.rollup;

import static org.industrialreporting.streams.rollup.CellField.COMPARABLE;
import static org.industrialreporting.streams.rollup.CellField.COMPARABLE_FIRST;
import static org.industrialreporting.streams.rollup.CellField.COMPARABLE_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.DIGITAL_ECONOMY_CORE_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.ENTERPRISES;
import static org.industrialreporting.streams.rollup.CellField.ENTERPRISES_FIRST;
import static org.industrialreporting.streams.rollup.CellField.EQUIPMENT_MANUFACTURING_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.FISCAL_REVENUE;
import static org.industrialreporting.streams.rollup.CellField.HIGH_TECH_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.LAND_FIRST;
import static org.industrialreporting.streams.rollup.CellField.LAND_MONTH;
import static org.industrialreporting.streams.rollup.CellField.OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.OUTPUT_VALUE_WITH_LAND;
import static org.industrialreporting.streams.rollup.CellField.PARKS;
import static org.industrialreporting.streams.rollup.CellField.PARKS_FIRST;
import static org.industrialreporting.streams.rollup.CellField.PREVIOUS_OUTPUT_VALUE;
import static org.industrialreporting.streams.rollup.CellField.STRATEGIC_EMERGING_VALUE_ADDED;
import static org.industrialreporting.streams.rollup.CellField.TAX_WITH_LAND;
import static org.industrialreporting.streams.rollup.CellField.UPDATED_AT;
import static org.industrialreporting.streams.rollup.CellField.VALUE_ADDED_WITH_LAND;

import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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

/**
 * Turns the cells of a scope into its rollup for one month: the month's figures (当月) and the year to date's
 * (1–N月累计), each against the same window a year earlier, with growth on total and comparable basis,
 * structure, efficiency, park-report figures and target completion. Pure and exact: every ratio is computed once
 * from integer sums (see {@link Ratios}).
 */
final class RollupCalculator {

  private static final BigInteger PER_MU = BigInteger.valueOf(100);             // sums per hundredth of a mu → per mu
  private static final BigInteger GCE_PER_10K_YUAN = BigInteger.valueOf(10_000_000); // kgce/yuan → gce per 10,000 yuan

  private RollupCalculator() {
  }

  /** Where a rollup belongs. */
  record Identity(Scope scope, String name, String districtCode) {
  }

  /**
   * @param cells    the scope's cells from January of the previous year up to {@code period}, by month
   * @param targets  the scope's annual targets for the period's year, by indicator name
   */
  static Rollup rollup(Identity identity, YearMonth period, NavigableMap<YearMonth, CellVector> cells,
      Map<String, Long> targets) {
    YearMonth january = YearMonth.of(period.getYear(), 1);
    YearMonth lastYear = period.minusYears(1);
    CellVector month = copy(cells.get(period));
    CellVector ytd = sum(cells.subMap(january, true, period, true));
    CellVector monthBefore = cells.get(lastYear);
    CellVector ytdBefore = sum(cells.subMap(january.minusYears(1), true, lastYear, true));
    long updatedAt = cells.subMap(january.minusYears(1), true, period, true).values().stream()
        .mapToLong(c -> c.get(UPDATED_AT)).max().orElse(0);

    Figures ytdFigures = figures(new Window(ytd, true), new Window(ytdBefore, true));
    return Rollup.newBuilder()
        .setScopeType(identity.scope().type())
        .setScopeId(identity.scope().id())
        .setScopeName(identity.name())
        .setDistrictCode(identity.districtCode())
        .setPeriod(period.toString())
        .setMonth(figures(new Window(month, false), monthBefore == null ? null : new Window(monthBefore, false)))
        .setYtd(ytdFigures)
        .setTargets(targets(targets, ytdFigures, month))
        .setUpdatedAt(Instant.ofEpochMilli(updatedAt))
        .build();
  }

  /**
   * A month alone or a year to date. Counts and land are not additive over months: a year to date takes the
   * "first" figures, which each enterprise or park adds only once a year.
   */
  private record Window(CellVector sums, boolean yearToDate) {
    long get(CellField field) {
      return sums.get(field);
    }

    long enterprises() {
      return sums.get(yearToDate ? ENTERPRISES_FIRST : ENTERPRISES);
    }

    long comparableEnterprises() {
      return sums.get(yearToDate ? COMPARABLE_FIRST : COMPARABLE);
    }

    long land() {
      return sums.get(yearToDate ? LAND_FIRST : LAND_MONTH);
    }

    long parks() {
      return sums.get(yearToDate ? PARKS_FIRST : PARKS);
    }
  }

  private static Figures figures(Window now, Window before) {
    boolean hasBefore = before != null && before.enterprises() > 0;
    boolean comparable = now.comparableEnterprises() > 0;
    IndicatorTotals totals = totals(now.sums(), OUTPUT_VALUE);
    IndicatorTotals previous = hasBefore ? totals(before.sums(), OUTPUT_VALUE) : null;
    IndicatorTotals comparableNow = comparable ? totals(now.sums(), COMPARABLE_OUTPUT_VALUE) : null;
    IndicatorTotals comparableBefore = comparable ? totals(now.sums(), PREVIOUS_OUTPUT_VALUE) : null;

    Map<String, Growth> growth = new TreeMap<>();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      growth.put(indicator.fieldName(), new Growth(
          hasBefore ? Ratios.growthBp(indicator.getTotal(totals), indicator.getTotal(previous)) : null,
          comparable ? Ratios.growthBp(indicator.getTotal(comparableNow), indicator.getTotal(comparableBefore)) : null));
    }
    return Figures.newBuilder()
        .setReportingEnterprises(Math.toIntExact(now.enterprises()))
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

  private static IndicatorTotals totals(CellVector cell, CellField block) {
    IndicatorTotals totals = new IndicatorTotals();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      indicator.setTotal(totals, cell.get(block, indicator.ordinal()));
    }
    return totals;
  }

  private static Structure structure(CellVector cell, IndicatorTotals totals) {
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
    BigInteger land = BigInteger.valueOf(now.land());
    long energy = totals.getEnergyKgce();
    long valueAdded = totals.getValueAddedYuan();
    Long intensity = intensity(energy, valueAdded);
    Long intensityBefore = previous == null ? null : intensity(previous.getEnergyKgce(), previous.getValueAddedYuan());
    return Efficiency.newBuilder()
        .setLandAreaCentimu(now.land())
        .setOutputPerMuYuan(Ratios.divide(BigInteger.valueOf(now.get(OUTPUT_VALUE_WITH_LAND)).multiply(PER_MU), land))
        .setValueAddedPerMuYuan(Ratios.divide(BigInteger.valueOf(now.get(VALUE_ADDED_WITH_LAND)).multiply(PER_MU), land))
        .setTaxPerMuYuan(Ratios.divide(BigInteger.valueOf(now.get(TAX_WITH_LAND)).multiply(PER_MU), land))
        .setEnergyIntensityGcePer10kYuan(intensity)
        .setEnergyIntensityPreviousYearGcePer10kYuan(intensityBefore)
        .setEnergyIntensityChangeBp(previous == null || intensity == null || intensityBefore == null ? null
            : Ratios.ratioGrowthBp(energy, valueAdded, previous.getEnergyKgce(), previous.getValueAddedYuan()))
        .build();
  }

  private static Long intensity(long energyKgce, long valueAddedYuan) {
    return valueAddedYuan <= 0 ? null
        : Ratios.divide(BigInteger.valueOf(energyKgce).multiply(GCE_PER_10K_YUAN), BigInteger.valueOf(valueAddedYuan));
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

  private static ParkTotals parkTotals(CellVector cell) {
    ParkTotals totals = new ParkTotals();
    for (ParkIndicator indicator : ParkIndicator.values()) {
      indicator.setTotal(totals, cell.get(FISCAL_REVENUE, indicator.ordinal()));
    }
    return totals;
  }

  /**
   * Completion of each target from the year-to-date figures. Employees are a headcount, not a flow: their
   * "actual" is the month's average headcount rather than a sum over months.
   */
  private static List<TargetCompletion> targets(Map<String, Long> targets, Figures ytd, CellVector month) {
    List<TargetCompletion> completions = new ArrayList<>();
    new TreeMap<>(targets).forEach((name, target) -> Indicator.byFieldName(name).ifPresent(indicator -> {
      long actual;
      if (indicator == EnterpriseIndicator.EMPLOYEES) {
        actual = month.get(OUTPUT_VALUE, EnterpriseIndicator.EMPLOYEES.ordinal());
      } else if (indicator instanceof EnterpriseIndicator enterprise) {
        actual = enterprise.getTotal(ytd.getTotals());
      } else {
        actual = ytd.getParkReports() == null ? 0 : ((ParkIndicator) indicator).getTotal(ytd.getParkReports().getTotals());
      }
      completions.add(new TargetCompletion(name, target, actual, Ratios.shareBp(actual, target)));
    }));
    return completions;
  }

  private static CellVector sum(Map<YearMonth, CellVector> cells) {
    CellVector total = new CellVector();
    cells.values().forEach(total::plus);
    return total;
  }

  private static CellVector copy(CellVector cell) {
    return cell == null ? new CellVector() : new CellVector().plus(cell);
  }
}
