package org.industrialreporting.streams.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;

/**
 * One scope's year in the rollup stage's memory: the cell of each month that has figures, the annual targets, and
 * which rollup alerts of the year have records. What changed since the last commit is marked, so that the commit
 * writes only that (a month's cell, or the year's targets and alerts).
 */
final class ScopeYear {

  private final Scope scope;
  private final int year;
  private final Cell[] months = new Cell[12];
  private final long[] lastChange = new long[12];
  private final boolean[] dirtyMonth = new boolean[12];
  private final Map<String, Long> targets = new TreeMap<>();
  private final List<AlertMark> alerts = new ArrayList<>();
  private long targetsChange;
  private boolean dirtyYear;

  ScopeYear(Scope scope, int year) {
    this.scope = scope;
    this.year = year;
  }

  Scope scope() {
    return scope;
  }

  int year() {
    return year;
  }

  /** The cell of a month of this year (see {@link Months}), or null when it has no figures. */
  Cell cell(int month) {
    return months[index(month)];
  }

  /** The change sequence at which the month's cell last changed. */
  long lastChange(int month) {
    return lastChange[index(month)];
  }

  /** Adds a change to a month's cell; a cell whose figures all return to zero is removed. */
  void add(int month, Cell change, long sequence) {
    int i = index(month);
    Cell cell = months[i] == null ? new Cell() : months[i];
    cell.plus(change);
    months[i] = cell.isZero() ? null : cell;
    lastChange[i] = sequence;
    dirtyMonth[i] = true;
  }

  /** Puts a month's cell as read from the store. */
  void load(int month, Cell cell, long sequence) {
    months[index(month)] = cell;
    lastChange[index(month)] = sequence;
  }

  Map<String, Long> targets() {
    return targets;
  }

  /** Sets (or, with null, removes) an annual target. */
  void target(String indicator, Long target, long sequence) {
    if (target == null) {
      targets.remove(indicator);
    } else {
      targets.put(indicator, target);
    }
    targetsChange = sequence;
    dirtyYear = true;
  }

  long targetsChange() {
    return targetsChange;
  }

  List<AlertMark> alerts() {
    return alerts;
  }

  void mark(AlertMark mark) {
    alerts.removeIf(m -> m.alertId().equals(mark.alertId()));
    alerts.add(mark);
    dirtyYear = true;
  }

  /** Puts the year's targets and alert marks as read from the store. */
  void load(Map<String, Long> storedTargets, long storedTargetsChange, List<AlertMark> storedAlerts) {
    targets.putAll(storedTargets);
    targetsChange = storedTargetsChange;
    alerts.addAll(storedAlerts);
  }

  boolean dirtyMonth(int month) {
    return dirtyMonth[index(month)];
  }

  boolean dirtyYear() {
    return dirtyYear;
  }

  boolean isDirty() {
    if (dirtyYear) {
      return true;
    }
    for (boolean dirty : dirtyMonth) {
      if (dirty) {
        return true;
      }
    }
    return false;
  }

  void clean() {
    java.util.Arrays.fill(dirtyMonth, false);
    dirtyYear = false;
  }

  /** Whether the year has neither figures, targets nor alerts. */
  boolean isEmpty() {
    for (Cell cell : months) {
      if (cell != null) {
        return false;
      }
    }
    return targets.isEmpty() && alerts.isEmpty();
  }

  private int index(int month) {
    if (Months.year(month) != year) {
      throw new IllegalArgumentException(Months.toYearMonth(month) + " is not in " + year);
    }
    return Months.monthOfYear(month) - 1;
  }
}
