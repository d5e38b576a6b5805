package org.industrialreporting.streams.rollup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.rollup.ScopeStateCodec.StoredCell;
import org.industrialreporting.streams.rollup.ScopeStateCodec.StoredYear;

/**
 * The rollup stage's state in memory: the {@link ScopeYear}s of the scopes the task has worked on lately, read from
 * the stores once and kept, changed in place, and written back at each commit — only the months and years that
 * changed — so that a cell summing changes from many senders and read for many rollups costs one write per commit.
 * Clean years beyond {@code maxYears} are dropped, the least recently used first, and read again when needed.
 */
final class ScopeState {

  private record YearKey(Scope scope, int year) {
  }

  private final KeyValueStore<String, StoredCell> cells;
  private final KeyValueStore<String, StoredYear> years;
  private final int maxYears;
  private final LinkedHashMap<YearKey, ScopeYear> cached = new LinkedHashMap<>(1024, 0.75f, true);
  private final List<ScopeYear> dirty = new ArrayList<>();

  ScopeState(KeyValueStore<String, StoredCell> cells, KeyValueStore<String, StoredYear> years, int maxYears) {
    this.cells = cells;
    this.years = years;
    this.maxYears = maxYears;
  }

  /** The scope's year, read from the stores when not in memory (empty when there is nothing yet). */
  ScopeYear year(Scope scope, int year) {
    YearKey key = new YearKey(scope, year);
    ScopeYear found = cached.get(key);
    if (found == null) {
      found = read(scope, year);
      cached.put(key, found);
    }
    return found;
  }

  /** The scope's cell of a month, or null when it has no figures. */
  Cell cell(Scope scope, int month) {
    return year(scope, Months.year(month)).cell(month);
  }

  /** Notes that a year was changed, so that the next commit writes it. */
  void changed(ScopeYear year) {
    if (!year.isDirty()) {
      throw new IllegalStateException("only a changed year is written");
    }
    dirty.add(year);
  }

  /** The years changed since the last commit, which the stores do not hold yet as they are. */
  List<ScopeYear> unwritten() {
    return dirty.stream().filter(ScopeYear::isDirty).distinct().toList();
  }

  /** Writes what changed since the last commit, and drops clean years beyond the bound. */
  void write() {
    for (ScopeYear year : dirty) {
      if (!year.isDirty()) {
        continue; // listed twice
      }
      for (int month = Months.january(year.year()); month <= Months.december(year.year()); month++) {
        if (year.dirtyMonth(month)) {
          Cell cell = year.cell(month);
          String key = ScopeStateCodec.cellKey(year.scope(), month);
          if (cell == null) {
            cells.delete(key);
          } else {
            cells.put(key, new StoredCell(cell, year.lastChange(month)));
          }
        }
      }
      if (year.dirtyYear()) {
        String key = ScopeStateCodec.yearKey(year.scope(), year.year());
        if (year.targets().isEmpty() && year.alerts().isEmpty()) {
          years.delete(key);
        } else {
          years.put(key, new StoredYear(new TreeMap<>(year.targets()), year.targetsChange(),
              List.copyOf(year.alerts())));
        }
      }
      year.clean();
    }
    dirty.clear();
    Iterator<ScopeYear> eldest = cached.values().iterator();
    while (cached.size() > maxYears && eldest.hasNext()) {
      if (!eldest.next().isDirty()) {
        eldest.remove();
      }
    }
  }

  /**
   * Calls back every month cell and year in the stores that changed after {@code sequence}, with its scope and month
   * (for a year, its January and the year's months that have cells): for finding rollups whose emission was pending
   * when the application stopped.
   */
  void changedAfter(long sequence, Consumer<ChangedMonth> action) {
    try (KeyValueIterator<String, StoredCell> all = cells.all()) {
      all.forEachRemaining(kv -> {
        if (kv.value.lastChange() > sequence) {
          action.accept(new ChangedMonth(ScopeStateCodec.scopeOf(kv.key), ScopeStateCodec.monthOf(kv.key), false));
        }
      });
    }
    try (KeyValueIterator<String, StoredYear> all = years.all()) {
      all.forEachRemaining(kv -> {
        if (kv.value.targetsChange() > sequence) {
          action.accept(new ChangedMonth(ScopeStateCodec.scopeOf(kv.key),
              Months.january(ScopeStateCodec.yearOf(kv.key)), true));
        }
      });
    }
  }

  /** The latest year of a stored cell, {@link Progress#NO_YEAR} without any: reads every key of the cells store. */
  int latestStoredCellYear() {
    int latest = Progress.NO_YEAR;
    try (KeyValueIterator<String, StoredCell> all = cells.all()) {
      while (all.hasNext()) {
        latest = Math.max(latest, Months.year(ScopeStateCodec.monthOf(all.next().key)));
      }
    }
    return latest;
  }

  /** A change found by {@link #changedAfter}: a month's cell, or a year's targets (then {@code month} is January). */
  record ChangedMonth(Scope scope, int month, boolean targets) {
  }

  private ScopeYear read(Scope scope, int year) {
    ScopeYear loaded = new ScopeYear(scope, year);
    try (KeyValueIterator<String, StoredCell> months = cells.range(
        ScopeStateCodec.cellKey(scope, Months.january(year)), ScopeStateCodec.cellKey(scope, Months.december(year)))) {
      months.forEachRemaining(kv -> loaded.load(ScopeStateCodec.monthOf(kv.key), kv.value.cell(),
          kv.value.lastChange()));
    }
    StoredYear stored = years.get(ScopeStateCodec.yearKey(scope, year));
    if (stored != null) {
      loaded.load(stored.targets(), stored.targetsChange(), stored.alerts());
    }
    return loaded;
  }
}
