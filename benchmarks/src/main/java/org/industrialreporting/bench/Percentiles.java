package org.industrialreporting.bench;

import java.util.ArrayList;
import java.util.List;

/** Percentiles of a sample of durations in milliseconds (nearest rank); -1 each for an empty sample. */
record Percentiles(long p50, long p95, long p99, long max) {

  static Percentiles of(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), rank(sorted, 1.0));
  }

  private static long rank(List<Long> sorted, double q) {
    return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
  }
}
