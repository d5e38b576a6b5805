package org.industrialreporting.streams.contribution;

import static org.industrialreporting.streams.cell.CellFigure.COMPARABLE;
import static org.industrialreporting.streams.cell.CellFigure.COMPARABLE_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.CORRECTIONS;
import static org.industrialreporting.streams.cell.CellFigure.DIGITAL_ECONOMY_CORE_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.ENTERPRISES;
import static org.industrialreporting.streams.cell.CellFigure.ENTERPRISES_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.EQUIPMENT_MANUFACTURING_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.HIGH_TECH_OUTPUT_VALUE;
import static org.industrialreporting.streams.cell.CellFigure.LAND_MONTH;
import static org.industrialreporting.streams.cell.CellFigure.OUTPUT_VALUE_WITH_LAND;
import static org.industrialreporting.streams.cell.CellFigure.OUTSIDE_SCOPE;
import static org.industrialreporting.streams.cell.CellFigure.OUTSIDE_SCOPE_FIRST;
import static org.industrialreporting.streams.cell.CellFigure.STRATEGIC_EMERGING_VALUE_ADDED;
import static org.industrialreporting.streams.cell.CellFigure.TAX_WITH_LAND;
import static org.industrialreporting.streams.cell.CellFigure.VALUE_ADDED_WITH_LAND;

import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;

/**
 * The figures an enterprise's report adds to a cell of each of its scopes (district, park, parent parks). A report
 * of an enterprise below scale (规下) in the report's year adds only to the count outside the scope; a report of an
 * enterprise above scale (规上) adds one reporting enterprise, its indicators, the value added or output of its
 * tags, its land and the figures that go with land, the corrections it took to become the report in force, and,
 * when the enterprise also reported the same month a year earlier, the comparable pair (可比口径): this year's and
 * last year's figures, last year's whatever its scale was then, so that the comparable basis is this year's
 * above-scale enterprises in both years. See {@link Contributions} for which reports a change touches.
 */
public final class EnterpriseContributions {

  private static final EnterpriseIndicator[] INDICATORS = EnterpriseIndicator.values();
  private static final int VALUE_ADDED = EnterpriseIndicator.VALUE_ADDED.ordinal();
  private static final int OUTPUT = EnterpriseIndicator.OUTPUT_VALUE.ordinal();
  private static final int TAX = EnterpriseIndicator.TAX.ordinal();

  /** The contributions of enterprise reports. */
  public static final Contributions<Attribution> OF_ENTERPRISES = new Contributions<>(EnterpriseContributions::add);

  private EnterpriseContributions() {
  }

  private static void add(Contributions.Part<Attribution> part, int sign, Cell cell) {
    ReportMonth<Attribution> report = part.report();
    Attribution attribution = report.attribution();
    if (!attribution.aboveScale()) {
      cell.add(OUTSIDE_SCOPE, sign);
      if (part.first()) {
        cell.add(OUTSIDE_SCOPE_FIRST, sign);
      }
      return;
    }
    cell.add(ENTERPRISES, sign);
    cell.add(CORRECTIONS, sign * (report.revision() - 1));
    if (part.first()) {
      cell.add(ENTERPRISES_FIRST, sign);
    }
    for (EnterpriseIndicator indicator : INDICATORS) {
      cell.add(CellFigure.total(indicator), sign * report.figure(indicator.ordinal()));
    }
    long valueAdded = report.figure(VALUE_ADDED);
    long output = report.figure(OUTPUT);
    for (EnterpriseTag tag : attribution.tags()) {
      switch (tag) {
        case STRATEGIC_EMERGING -> cell.add(STRATEGIC_EMERGING_VALUE_ADDED, sign * valueAdded);
        case EQUIPMENT_MANUFACTURING -> cell.add(EQUIPMENT_MANUFACTURING_VALUE_ADDED, sign * valueAdded);
        case DIGITAL_ECONOMY_CORE -> cell.add(DIGITAL_ECONOMY_CORE_VALUE_ADDED, sign * valueAdded);
        case HIGH_TECH -> cell.add(HIGH_TECH_OUTPUT_VALUE, sign * output);
      }
    }
    Long land = attribution.landCentimu();
    if (land != null && land > 0) {
      cell.add(LAND_MONTH, sign * land);
      cell.add(OUTPUT_VALUE_WITH_LAND, sign * output);
      cell.add(VALUE_ADDED_WITH_LAND, sign * valueAdded);
      cell.add(TAX_WITH_LAND, sign * report.figure(TAX));
    }
    ReportMonth<Attribution> yearBefore = part.yearBefore();
    if (yearBefore != null) {
      cell.add(COMPARABLE, sign);
      if (part.firstComparable()) {
        cell.add(COMPARABLE_FIRST, sign);
      }
      for (EnterpriseIndicator indicator : INDICATORS) {
        cell.add(CellFigure.comparable(indicator), sign * report.figure(indicator.ordinal()));
        cell.add(CellFigure.comparablePreviousYear(indicator), sign * yearBefore.figure(indicator.ordinal()));
      }
    }
  }
}
