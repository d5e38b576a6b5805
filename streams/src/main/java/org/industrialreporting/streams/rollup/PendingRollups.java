package org.industrialreporting.streams.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.streams.contribution.ScopeMonth;

/**
 * The rollups whose cells changed since they were last written, with what the {@link EmissionPolicy} needs to know of
 * each, and when each rollup was last written. The lowest change sequence still pending tells, after a restart, which
 * changes may not have reached a written rollup (see {@link #writtenThrough}).
 */
final class PendingRollups {

  private record Pending(long firstSequence, long newestInput) {
  }

  private final Map<ScopeMonth, Pending> pending = new LinkedHashMap<>();
  private final Map<ScopeMonth, Long> lastWritten = new HashMap<>();

  /** A change with this sequence and input timestamp touched the rollup. */
  void mark(ScopeMonth rollup, long sequence, long inputTimestamp) {
    pending.merge(rollup, new Pending(sequence, inputTimestamp),
        (was, now) -> new Pending(was.firstSequence(), Math.max(was.newestInput(), now.newestInput())));
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  int size() {
    return pending.size();
  }

  /** A rollup due to be written, with the timestamp of the newest input among its changes. */
  record Due(ScopeMonth rollup, long newestInput) {
  }

  /** The pending rollups that are due now, no longer pending once returned. */
  List<Due> takeDue(long now, long lastChangeSeen, EmissionPolicy policy) {
    List<Due> due = new ArrayList<>();
    for (Iterator<Map.Entry<ScopeMonth, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<ScopeMonth, Pending> entry = it.next();
      long written = lastWritten.getOrDefault(entry.getKey(), 0L);
      if (policy.due(now, written, entry.getValue().newestInput(), lastChangeSeen)) {
        due.add(new Due(entry.getKey(), entry.getValue().newestInput()));
        it.remove();
      }
    }
    return due;
  }

  /** Records a write; forgets writes so old that they hold nothing back. */
  void written(ScopeMonth rollup, long now, EmissionPolicy policy) {
    lastWritten.put(rollup, now);
    if (lastWritten.size() > 4 * (pending.size() + 1024)) {
      long horizon = now - policy.maxInterval().toMillis();
      lastWritten.values().removeIf(at -> at < horizon);
    }
  }

  /**
   * The change sequence up to which every change has reached a written rollup: one less than the first change of
   * the earliest still pending, or {@code sequence} (the latest) when none is.
   */
  long writtenThrough(long sequence) {
    long through = sequence;
    for (Pending p : pending.values()) {
      through = Math.min(through, p.firstSequence() - 1);
    }
    return through;
  }
}
