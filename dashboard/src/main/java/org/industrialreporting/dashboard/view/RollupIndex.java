package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.industrialreporting.avro.Rollup;

/**
 * The latest rollup of each key of one rollup topic, by scope and month. A tombstone removes the key; its scope
 * and month are those of the rollup it removes, so keys are never parsed.
 */
public final class RollupIndex {

  private final Map<String, Rollup> byKey = new HashMap<>();
  private final Map<String, NavigableMap<YearMonth, Rollup>> byScope = new TreeMap<>();

  void put(String key, Rollup rollup) {
    remove(key);
    byKey.put(key, rollup);
    byScope.computeIfAbsent(rollup.getScopeId(), id -> new TreeMap<>()).put(YearMonth.parse(rollup.getPeriod()), rollup);
  }

  void remove(String key) {
    Rollup old = byKey.remove(key);
    if (old != null) {
      NavigableMap<YearMonth, Rollup> months = byScope.get(old.getScopeId());
      months.remove(YearMonth.parse(old.getPeriod()));
      if (months.isEmpty()) {
        byScope.remove(old.getScopeId());
      }
    }
  }

  /** The scope's rollup of the month, if there is one. */
  public Optional<Rollup> get(String scopeId, YearMonth period) {
    return Optional.ofNullable(history(scopeId).get(period));
  }

  /** The scope's rollups by month, oldest first; empty for a scope without rollups. */
  public NavigableMap<YearMonth, Rollup> history(String scopeId) {
    return Collections.unmodifiableNavigableMap(byScope.getOrDefault(scopeId, Collections.emptyNavigableMap()));
  }

  /** The latest month the scope has a rollup for. */
  public Optional<YearMonth> latestPeriod(String scopeId) {
    NavigableMap<YearMonth, Rollup> months = byScope.get(scopeId);
    return months == null ? Optional.empty() : Optional.of(months.lastKey());
  }

  /** The scopes with at least one rollup, in order. */
  public Set<String> scopes() {
    return Collections.unmodifiableSet(byScope.keySet());
  }

  /** Number of rollups held. */
  public int size() {
    return byKey.size();
  }
}
