package org.industrialreporting.streams.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.ParkIndicator;

/**
 * One figure a rollup cell (one scope, one month) sums, by name, with the field number it is stored under in the
 * cell stores and on the internal topic. Field numbers are the contract with state already written: a figure keeps
 * its number for ever, a new figure takes a new one. The figures of the indicators are numbered from the indicator's
 * own stable id ({@link EnterpriseIndicator#id()}), so that adding an indicator adds its figures without renumbering.
 *
 * <p>Figures that must not be summed over months (the number of distinct reporting enterprises, their land) are kept
 * twice: per month, and as "first" figures that an enterprise adds only in its first month of the year in the
 * scope, so that the year to date is the sum of the months' first figures.
 */
public final class CellFigure {

  private static final List<CellFigure> ALL = new ArrayList<>();
  private static final Map<Integer, CellFigure> BY_FIELD = new HashMap<>();

  /** Reporting enterprises of the month. */
  public static final CellFigure ENTERPRISES = fixed("enterprises", 16);
  /** Enterprises whose first report of the year in the scope is this month's. */
  public static final CellFigure ENTERPRISES_FIRST = fixed("enterprises_first", 17);
  /** Enterprises that also reported the same month a year earlier (可比口径). */
  public static final CellFigure COMPARABLE = fixed("comparable_enterprises", 18);
  /** Comparable enterprises whose first comparable month of the year in the scope is this month. */
  public static final CellFigure COMPARABLE_FIRST = fixed("comparable_enterprises_first", 19);
  /** Reporting parks of the month (park reports). */
  public static final CellFigure PARKS = fixed("parks", 20);
  /** Parks whose first park report of the year in the scope is this month's. */
  public static final CellFigure PARKS_FIRST = fixed("parks_first", 21);
  public static final CellFigure STRATEGIC_EMERGING_VALUE_ADDED = fixed("strategic_emerging_value_added_yuan", 22);
  public static final CellFigure EQUIPMENT_MANUFACTURING_VALUE_ADDED =
      fixed("equipment_manufacturing_value_added_yuan", 23);
  public static final CellFigure DIGITAL_ECONOMY_CORE_VALUE_ADDED = fixed("digital_economy_core_value_added_yuan", 24);
  public static final CellFigure HIGH_TECH_OUTPUT_VALUE = fixed("high_tech_output_value_yuan", 25);
  /**
   * Land of the month's reporting enterprises that declared it, hundredths of a mu: summed over months, land-months,
   * so that a year to date weighs each enterprise's land by the months it had it.
   */
  public static final CellFigure LAND_MONTH = fixed("land_centimu", 26);
  /** Output value, value added and tax of the enterprises with land: the numerators of the per-mu figures. */
  public static final CellFigure OUTPUT_VALUE_WITH_LAND = fixed("output_value_with_land_yuan", 28);
  public static final CellFigure VALUE_ADDED_WITH_LAND = fixed("value_added_with_land_yuan", 29);
  public static final CellFigure TAX_WITH_LAND = fixed("tax_with_land_yuan", 30);
  /** Reporting enterprises of the month that are below scale (规下): counted, their figures in no other figure. */
  public static final CellFigure OUTSIDE_SCOPE = fixed("outside_scope_enterprises", 31);
  /** Enterprises below scale whose first report of the year in the scope is this month's. */
  public static final CellFigure OUTSIDE_SCOPE_FIRST = fixed("outside_scope_enterprises_first", 32);
  /**
   * Accepted corrections of the month's above-scale reports in force: each report adds its revision − 1. Every
   * correction raises it, a first report leaves it, so the rollup stage can tell why a month's totals changed
   * (see {@code SwingBasis}); it is in no rollup.
   */
  public static final CellFigure CORRECTIONS = fixed("corrections", 33);

  /**
   * Field numbers of figures no longer kept, which state written by earlier versions may still hold: read and
   * dropped. 27: the land of an enterprise's first month of the year, once the year to date's land.
   */
  private static final Set<Integer> RETIRED = Set.of(27);

  private static final int TOTALS = 100;
  private static final int COMPARABLE_CURRENT = 200;
  private static final int COMPARABLE_PREVIOUS = 300;
  private static final int PARK_TOTALS = 400;
  private static final int BLOCK = 100;

  private static final CellFigure[] TOTAL = block(TOTALS, "");
  private static final CellFigure[] COMPARABLE_NOW = block(COMPARABLE_CURRENT, "comparable_");
  private static final CellFigure[] COMPARABLE_BEFORE = block(COMPARABLE_PREVIOUS, "comparable_previous_year_");
  private static final CellFigure[] PARK = parkBlock();

  /** The figures by field number, for reading: an array, as a figure is looked up for every field read. */
  private static final CellFigure[] FIELD_TABLE = fieldTable();

  /** How many figures there are: the length of a cell's array. */
  public static final int COUNT = ALL.size();

  private final String name;
  private final int field;
  private final int slot;

  private CellFigure(String name, int field, int slot) {
    this.name = name;
    this.field = field;
    this.slot = slot;
  }

  private static CellFigure fixed(String name, int field) {
    if (field >= TOTALS) {
      throw new IllegalStateException("field numbers from " + TOTALS + " are the indicators' blocks");
    }
    return add(name, field);
  }

  private static CellFigure add(String name, int field) {
    CellFigure figure = new CellFigure(name, field, ALL.size());
    if (BY_FIELD.put(field, figure) != null) {
      throw new IllegalStateException("two cell figures with field number " + field);
    }
    ALL.add(figure);
    return figure;
  }

  private static CellFigure[] fieldTable() {
    CellFigure[] table = new CellFigure[BY_FIELD.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
    BY_FIELD.forEach((field, figure) -> table[field] = figure);
    return table;
  }

  private static CellFigure[] block(int base, String prefix) {
    EnterpriseIndicator[] indicators = EnterpriseIndicator.values();
    CellFigure[] block = new CellFigure[indicators.length];
    for (EnterpriseIndicator indicator : indicators) {
      block[indicator.ordinal()] = add(prefix + indicator.storedField(), blockField(base, indicator.id()));
    }
    return block;
  }

  private static CellFigure[] parkBlock() {
    ParkIndicator[] indicators = ParkIndicator.values();
    CellFigure[] block = new CellFigure[indicators.length];
    for (ParkIndicator indicator : indicators) {
      block[indicator.ordinal()] = add("park_" + indicator.storedField(), blockField(PARK_TOTALS, indicator.id()));
    }
    return block;
  }

  private static int blockField(int base, int id) {
    if (id < 1 || id >= BLOCK) {
      throw new IllegalStateException("indicator id " + id + " outside 1.." + (BLOCK - 1));
    }
    return base + id;
  }

  /** The month's total of an indicator over the reporting enterprises. */
  public static CellFigure total(EnterpriseIndicator indicator) {
    return TOTAL[indicator.ordinal()];
  }

  /** The indicator over the comparable enterprises, this year. */
  public static CellFigure comparable(EnterpriseIndicator indicator) {
    return COMPARABLE_NOW[indicator.ordinal()];
  }

  /** The indicator over the comparable enterprises, the same month a year earlier. */
  public static CellFigure comparablePreviousYear(EnterpriseIndicator indicator) {
    return COMPARABLE_BEFORE[indicator.ordinal()];
  }

  /** The month's total of a park-report figure. */
  public static CellFigure park(ParkIndicator indicator) {
    return PARK[indicator.ordinal()];
  }

  /** Every figure, in slot order. */
  public static List<CellFigure> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** Whether a field number is that of a figure earlier versions kept and this one drops. */
  static boolean retired(int field) {
    return RETIRED.contains(field);
  }

  /** The figure stored under a field number, or null when this version has none. */
  static CellFigure byField(int field) {
    return field >= 0 && field < FIELD_TABLE.length ? FIELD_TABLE[field] : null;
  }

  public String name() {
    return name;
  }

  /** The field number the figure is stored under. */
  int field() {
    return field;
  }

  /** The figure's place in a cell's array (in memory only; never stored). */
  int slot() {
    return slot;
  }

  @Override
  public String toString() {
    return name;
  }
}
