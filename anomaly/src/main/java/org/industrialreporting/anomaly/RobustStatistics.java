package org.industrialreporting.anomaly;

import java.util.Arrays;

/**
 * Median and median absolute deviation: statistics that a few odd months cannot move. They work in place on the
 * first {@code count} values of a scratch array, which they reorder, so that judging a month allocates nothing.
 */
final class RobustStatistics {

  /** The median absolute deviation times this estimates the standard deviation of normally distributed values. */
  static final double MAD_TO_SIGMA = 1.4826;
  private static final int INSERTION_SORT_LIMIT = 64;

  private RobustStatistics() {
  }

  /** The median of the first {@code count} values; reorders them. */
  static double median(double[] values, int count) {
    if (count == 0) {
      throw new IllegalArgumentException("median of no values");
    }
    sort(values, count);
    int middle = count / 2;
    return count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  /**
   * The median absolute deviation of the first {@code count} values from {@code center}, scaled to estimate a
   * standard deviation; replaces the values by their deviations.
   */
  static double scale(double[] values, int count, double center) {
    for (int i = 0; i < count; i++) {
      values[i] = Math.abs(values[i] - center);
    }
    return MAD_TO_SIGMA * median(values, count);
  }

  /**
   * Sorts the first {@code count} values, which are never NaN: insertion sort, faster than {@link Arrays#sort} on
   * the two dozen values of a window, and in place.
   */
  private static void sort(double[] values, int count) {
    if (count > INSERTION_SORT_LIMIT) {
      Arrays.sort(values, 0, count);
      return;
    }
    for (int i = 1; i < count; i++) {
      double value = values[i];
      int j = i - 1;
      while (j >= 0 && values[j] > value) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = value;
    }
  }

  /** The median of three values. */
  static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
