package org.industrialreporting.anomaly;

import java.util.Arrays;

/** Median and median absolute deviation: statistics that a few odd months cannot move. */
final class RobustStatistics {

  /** The median absolute deviation times this estimates the standard deviation of normally distributed values. */
  static final double MAD_TO_SIGMA = 1.4826;

  private RobustStatistics() {
  }

  /** The median; sorts a copy, {@code values} stay as they are. */
  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("median of no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The median absolute deviation from {@code center}, scaled to estimate a standard deviation. */
  static double scale(double[] values, double center) {
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - center);
    }
    return MAD_TO_SIGMA * median(deviations);
  }
}
