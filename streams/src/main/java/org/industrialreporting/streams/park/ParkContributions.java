package org.industrialreporting.streams.park;

import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.contribution.Contributions;
import org.industrialreporting.streams.history.ReportMonth;

/**
 * The figures a park report adds to a cell of each of its scopes (the park, its parents, its district), each once:
 * one reporting park and the report's figures. See {@link Contributions} for which reports a change touches.
 */
public final class ParkContributions {

  private static final ParkIndicator[] INDICATORS = ParkIndicator.values();

  /** The contributions of park reports. */
  public static final Contributions<ParkAttribution> OF_PARKS = new Contributions<>(ParkContributions::add);

  private ParkContributions() {
  }

  private static void add(Contributions.Part<ParkAttribution> part, int sign, Cell cell) {
    ReportMonth<ParkAttribution> report = part.report();
    cell.add(CellFigure.PARKS, sign);
    if (part.first()) {
      cell.add(CellFigure.PARKS_FIRST, sign);
    }
    for (ParkIndicator indicator : INDICATORS) {
      cell.add(CellFigure.park(indicator), sign * report.figure(indicator.ordinal()));
    }
  }
}
