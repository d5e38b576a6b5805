package org.industrialreporting.domain.files;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows in the submission CSV format that {@link RowFiles} reads: comma-separated, {@code \n} line ends,
 * a value quoted (with {@code "} doubled) only when it holds a comma, quote, line break or surrounding space.
 * The caller writes UTF-8.
 */
public final class CsvWriter {

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes one row; an empty string or null is an empty cell. */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      if (needsQuotes(cell)) {
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(cell);
      }
    }
    out.write('\n');
  }

  private static boolean needsQuotes(String cell) {
    return cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
        || !cell.equals(cell.strip());
  }
}
