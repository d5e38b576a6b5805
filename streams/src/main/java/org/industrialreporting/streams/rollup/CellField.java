package org.industrialreporting.streams.rollup;

/**
 * The figures a rollup cell (one scope, one month) accumulates, in the order of {@link CellVector}'s array.
 * Counts and sums are added; {@link #UPDATED_AT} keeps the maximum.
 *
 * <p>Figures that must not be summed over months (the number of distinct reporting enterprises, their land)
 * are kept twice: per month, and as "first" figures that an enterprise adds only in its first month of the year
 * in the scope, so that the year to date is the sum of the months' first figures.
 */
enum CellField {
  ENTERPRISES, ENTERPRISES_FIRST,
  OUTPUT_VALUE, VALUE_ADDED, REVENUE, PROFIT, TAX, ENERGY, ELECTRICITY, EMPLOYEE_MONTHS, RD_EXPENSE, EXPORT_VALUE,
  STRATEGIC_EMERGING_VALUE_ADDED, EQUIPMENT_MANUFACTURING_VALUE_ADDED, DIGITAL_ECONOMY_CORE_VALUE_ADDED,
  HIGH_TECH_OUTPUT_VALUE,
  LAND_MONTH, LAND_FIRST, OUTPUT_VALUE_WITH_LAND, VALUE_ADDED_WITH_LAND, TAX_WITH_LAND,
  COMPARABLE, COMPARABLE_FIRST,
  COMPARABLE_OUTPUT_VALUE, COMPARABLE_VALUE_ADDED, COMPARABLE_REVENUE, COMPARABLE_PROFIT, COMPARABLE_TAX,
  COMPARABLE_ENERGY, COMPARABLE_ELECTRICITY, COMPARABLE_EMPLOYEE_MONTHS, COMPARABLE_RD_EXPENSE,
  COMPARABLE_EXPORT_VALUE,
  PREVIOUS_OUTPUT_VALUE, PREVIOUS_VALUE_ADDED, PREVIOUS_REVENUE, PREVIOUS_PROFIT, PREVIOUS_TAX,
  PREVIOUS_ENERGY, PREVIOUS_ELECTRICITY, PREVIOUS_EMPLOYEE_MONTHS, PREVIOUS_RD_EXPENSE, PREVIOUS_EXPORT_VALUE,
  PARKS, PARKS_FIRST,
  FISCAL_REVENUE, FIXED_ASSET_INVESTMENT, ACTUAL_FDI, LAND_SUPPLIED, LAND_RECOVERED,
  UPDATED_AT;

  /** Number of enterprise indicators in each of the three blocks (totals, comparable current, comparable previous). */
  static final int INDICATORS = 10;
  /** Number of park-report indicators. */
  static final int PARK_INDICATORS = 5;
}
