package org.industrialreporting.streams.cell;

import java.io.IOException;
import org.industrialreporting.streams.state.Wire;

/**
 * The figures of a cell inside a record of the wire format: each figure that is not zero under its field number
 * (see {@link CellFigure}), beside the enclosing record's own fields, which take numbers below
 * {@value #FIRST_FIGURE_FIELD}.
 */
public final class CellCodec {

  /** Field numbers from here on are figures. */
  public static final int FIRST_FIGURE_FIELD = 16;

  private CellCodec() {
  }

  public static void writeFigures(Wire.Writer out, Cell cell) throws IOException {
    long[] values = cell.values();
    for (CellFigure figure : CellFigure.all()) {
      out.int64(figure.field(), values[figure.slot()]);
    }
  }

  /**
   * Reads the figure in the field just announced by {@link Wire.Reader#next()} into the cell.
   *
   * @param what the record being read, for the error when the field is unknown
   */
  public static void readFigure(Wire.Reader in, int field, Cell cell, String what) throws IOException {
    CellFigure figure = field >= FIRST_FIGURE_FIELD ? CellFigure.byField(field) : null;
    if (figure != null) {
      cell.add(figure, in.int64());
    } else if (CellFigure.retired(field)) {
      in.int64();
    } else {
      throw in.unknown(what);
    }
  }
}
