package org.industrialreporting.streams.rollup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The change one input makes to the rollup cells: the difference between the contributions of a reporter
 * (enterprise or park) before and after it, over the years the input can affect. A report for a month changes
 * its own year, and the next year through the comparable pairs and the "previous year" of growth.
 */
final class CellChanges {

  private CellChanges() {
  }

  /**
   * @param year   the year of the changed report
   * @param before contributions per year before the change
   * @param after  contributions per year after the change
   * @param timestamp timestamp of the input, recorded as the cells' last update
   * @return changed cells by cell key; cells that did not change are absent
   */
  static Map<String, CellVector> between(int year, IntFunction<Map<String, CellVector>> before,
      IntFunction<Map<String, CellVector>> after, long timestamp) {
    Map<String, CellVector> changes = new HashMap<>();
    for (int y = year; y <= year + 1; y++) {
      Map<String, CellVector> old = before.apply(y);
      Map<String, CellVector> now = after.apply(y);
      Set<String> keys = new HashSet<>(old.keySet());
      keys.addAll(now.keySet());
      for (String key : keys) {
        CellVector change = CellVector.difference(
            now.getOrDefault(key, new CellVector()), old.getOrDefault(key, new CellVector()));
        if (!change.isZero()) {
          change.touch(timestamp);
          changes.put(key, change);
        }
      }
    }
    return changes;
  }
}
