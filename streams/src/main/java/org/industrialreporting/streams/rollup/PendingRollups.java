package org.industrialreporting.streams.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.streams.contribution.ScopeMonth;

/**
 * The rollups whose cells changed since they were last written, with what the {@link EmissionPolicy} needs to know of
 * each, and when each rollup was last written. The lowest change sequence still pending tells, after a restart, which
 * changes may not have reached a written rollup (see {@link #writtenThrough}).
 */
final class PendingRollups {

  /** A rollup the task has written or will write. */
  private static final class Entry {
    final ScopeMonth rollup;
    boolean pending;
    long firstSequence;
    long newestInput;
    long lastWritten;

    Entry(ScopeMonth rollup) {
      this.rollup = rollup;
    }
  }

  /** A rollup due to be written, with the timestamp of the newest input among its changes. */
  record Due(ScopeMonth rollup, long newestInput) {
  }

  private final Map<ScopeMonth, Entry> entries = new HashMap<>();
  private List<Entry> pending = new ArrayList<>();

  /** A change with this sequence and input timestamp touched the rollup. */
  void mark(ScopeMonth rollup, long sequence, long inputTimestamp) {
    Entry entry = entries.computeIfAbsent(rollup, Entry::new);
    if (!entry.pending) {
      entry.pending = true;
      entry.firstSequence = sequence;
      entry.newestInput = inputTimestamp;
      pending.add(entry);
    } else {
      entry.newestInput = Math.max(entry.newestInput, inputTimestamp);
    }
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /** The pending rollups that are due now, written as of {@code now} once returned. */
  List<Due> takeDue(long now, long lastChangeSeen, EmissionPolicy policy) {
    List<Due> due = new ArrayList<>();
    List<Entry> stillPending = new ArrayList<>(pending.size());
    for (Entry entry : pending) {
      if (policy.due(now, entry.lastWritten, entry.newestInput, lastChangeSeen)) {
        due.add(new Due(entry.rollup, entry.newestInput));
        entry.pending = false;
        entry.lastWritten = now;
      } else {
        stillPending.add(entry);
      }
    }
    pending = stillPending;
    if (!due.isEmpty() && entries.size() > 4 * (pending.size() + 1024)) {
      // Rollups written so long ago that they hold nothing back need not be remembered.
      long horizon = now - policy.maxInterval().toMillis();
      entries.values().removeIf(entry -> !entry.pending && entry.lastWritten < horizon);
    }
    return due;
  }

  /**
   * The change sequence up to which every change has reached a written rollup: one less than the first change of
   * the earliest still pending, or {@code sequence} (the latest) when none is.
   */
  long writtenThrough(long sequence) {
    long through = sequence;
    for (Entry entry : pending) {
      through = Math.min(through, entry.firstSequence - 1);
    }
    return through;
  }
}
