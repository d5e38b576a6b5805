package org.industrialreporting.streams.cell;

import java.util.Arrays;

/**
 * The figures of one rollup cell (one scope, one month) as exact integers, or the change one input makes to them.
 * Cells and changes add up in any order to the same result, which is what makes the rollups independent of arrival
 * order, corrections and restarts. {@link #updatedAt()} is the latest timestamp of an input that changed the cell.
 */
public final class Cell {

  private final long[] values;
  private long updatedAt;

  public Cell() {
    this.values = new long[CellFigure.COUNT];
  }

  public long get(CellFigure figure) {
    return values[figure.slot()];
  }

  public void add(CellFigure figure, long amount) {
    int slot = figure.slot();
    values[slot] = Math.addExact(values[slot], amount);
  }

  /** Adds {@code other} into this cell; the timestamp keeps the later of the two. */
  public Cell plus(Cell other) {
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.addExact(values[i], other.values[i]);
    }
    touch(other.updatedAt);
    return this;
  }

  /** Whether every figure is zero (the timestamp does not count). */
  public boolean isZero() {
    for (long value : values) {
      if (value != 0) {
        return false;
      }
    }
    return true;
  }

  public long updatedAt() {
    return updatedAt;
  }

  /** Records that an input with this timestamp changed the cell. */
  public void touch(long timestamp) {
    updatedAt = Math.max(updatedAt, timestamp);
  }

  public Cell copy() {
    Cell copy = new Cell();
    System.arraycopy(values, 0, copy.values, 0, values.length);
    copy.updatedAt = updatedAt;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell other && updatedAt == other.updatedAt && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Long.hashCode(updatedAt);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Cell{");
    for (CellFigure figure : CellFigure.all()) {
      if (get(figure) != 0) {
        text.append(figure).append('=').append(get(figure)).append(' ');
      }
    }
    return text.append("updatedAt=").append(updatedAt).append('}').toString();
  }

  long[] values() {
    return values;
  }
}
