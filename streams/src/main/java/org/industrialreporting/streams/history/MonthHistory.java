package org.industrialreporting.streams.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reports in force of one reporter, one per month, in month order: the part of the reporter's kept state that
 * every rule reads — validation (the previous month), the rollup contributions (the year and the year before) and
 * the anomaly detectors (the months before).
 */
public final class MonthHistory<A> {

  private final List<ReportMonth<A>> months;

  public MonthHistory() {
    this.months = new ArrayList<>(4);
  }

  private MonthHistory(List<ReportMonth<A>> months) {
    this.months = months;
  }

  /** A copy whose changes leave this history alone (the months themselves are immutable and shared). */
  public MonthHistory<A> copy() {
    return new MonthHistory<>(new ArrayList<>(months));
  }

  /** The report in force for the month, or null. */
  public ReportMonth<A> get(int month) {
    int i = indexOf(month);
    return i >= 0 ? months.get(i) : null;
  }

  /** Puts the report in force for its month, replacing the one before. */
  public void put(ReportMonth<A> report) {
    int i = indexOf(report.month());
    if (i >= 0) {
      months.set(i, report);
    } else {
      months.add(-i - 1, report);
    }
  }

  /** The months from {@code from} to {@code to}, both included, in order. */
  public List<ReportMonth<A>> between(int from, int to) {
    int start = indexOf(from);
    int end = indexOf(to);
    start = start >= 0 ? start : -start - 1;
    end = end >= 0 ? end + 1 : -end - 1;
    return start >= end ? List.of() : Collections.unmodifiableList(months.subList(start, end));
  }

  /** Every month, in order. */
  public List<ReportMonth<A>> all() {
    return Collections.unmodifiableList(months);
  }

  public boolean isEmpty() {
    return months.isEmpty();
  }

  /** The latest month with a report, or {@code Integer.MIN_VALUE} when there is none. */
  public int latest() {
    return months.isEmpty() ? Integer.MIN_VALUE : months.get(months.size() - 1).month();
  }

  private int indexOf(int month) {
    int low = 0;
    int high = months.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = months.get(mid).month();
      if (at < month) {
        low = mid + 1;
      } else if (at > month) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthHistory<?> other && months.equals(other.months);
  }

  @Override
  public int hashCode() {
    return months.hashCode();
  }

  @Override
  public String toString() {
    return months.toString();
  }
}
