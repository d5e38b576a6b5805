package org.industrialreporting.streams.rollup;

import java.util.Arrays;

/**
 * The figures of one rollup cell (see {@link CellField}) as exact integers, or the change to them that one input
 * causes. Cells and changes add up in any order to the same result, which is what makes the rollups independent
 * of arrival order, corrections and restarts.
 */
final class CellVector {

  static final int SIZE = CellField.values().length;
  private static final int UPDATED_AT = CellField.UPDATED_AT.ordinal();

  private final long[] values;

  CellVector() {
    this(new long[SIZE]);
  }

  /** Wraps {@code values}; shorter arrays (written before fields were added) read as zeros for the missing ones. */
  CellVector(long[] values) {
    this.values = values.length == SIZE ? values : Arrays.copyOf(values, SIZE);
  }

  long get(CellField field) {
    return values[field.ordinal()];
  }

  /** The field {@code offset} places after {@code first}: for the blocks of indicators. */
  long get(CellField first, int offset) {
    return values[first.ordinal() + offset];
  }

  void add(CellField field, long amount) {
    values[field.ordinal()] = Math.addExact(values[field.ordinal()], amount);
  }

  void add(CellField first, int offset, long amount) {
    int i = first.ordinal() + offset;
    values[i] = Math.addExact(values[i], amount);
  }

  /** Adds {@code other} into this one (the timestamp keeps the later of the two). */
  CellVector plus(CellVector other) {
    for (int i = 0; i < SIZE; i++) {
      values[i] = i == UPDATED_AT ? Math.max(values[i], other.values[i]) : Math.addExact(values[i], other.values[i]);
    }
    return this;
  }

  /** {@code after - before}, field by field; the timestamp is left at zero for the caller to set. */
  static CellVector difference(CellVector after, CellVector before) {
    long[] diff = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      diff[i] = i == UPDATED_AT ? 0 : Math.subtractExact(after.values[i], before.values[i]);
    }
    return new CellVector(diff);
  }

  /** Whether every count and sum is zero (the timestamp does not count). */
  boolean isZero() {
    for (int i = 0; i < SIZE; i++) {
      if (i != UPDATED_AT && values[i] != 0) {
        return false;
      }
    }
    return true;
  }

  void touch(long timestamp) {
    values[UPDATED_AT] = Math.max(values[UPDATED_AT], timestamp);
  }

  long[] values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellVector other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CellVector{");
    for (CellField field : CellField.values()) {
      if (values[field.ordinal()] != 0) {
        text.append(field).append('=').append(values[field.ordinal()]).append(' ');
      }
    }
    return text.append('}').toString();
  }
}
