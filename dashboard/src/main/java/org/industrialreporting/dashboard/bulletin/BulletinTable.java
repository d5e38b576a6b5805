package org.industrialreporting.dashboard.bulletin;

import java.util.List;

/**
 * A table of a bulletin section. Each column has the heading a reader sees and the heading of its exact figures
 * (with the stored unit) for CSV and XLSX.
 */
public record BulletinTable(String caption, List<Column> columns, List<List<Cell>> rows) {

  /**
   * @param label      the heading shown, e.g. {@code 1–9月累计（亿元）}
   * @param exactLabel the heading of the exact figures, e.g. {@code 1–9月累计（元）}
   */
  public record Column(String label, String exactLabel) {

    /** A column whose text is its exact value (names, codes, counts). */
    public static Column of(String label) {
      return new Column(label, label);
    }
  }

  public BulletinTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("A row of table '" + caption + "' has " + row.size() + " cells for "
            + columns.size() + " columns");
      }
    }
  }
}
