package org.industrialreporting.streams.rollup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.industrialreporting.streams.contribution.ScopeMonth;

/**
 * The rollups whose cells changed since they were last written, with what the {@link EmissionPolicy} needs to know of
 * each, and when each rollup was last written. The lowest change sequence still pending tells, after a restart, which
 * changes may not have reached a written rollup (see {@link #writtenThrough}).
 *
 * <p>A bulk load keeps tens of thousands of rollups pending while the application looks for due ones every few
 * milliseconds, so every question is answered from a queue in the order it is asked in, never by going over all
 * rollups: pending rollups by the time they fall due (one queue for while changes arrive, one for once the input is
 * quiet), in the order they became pending (the earliest change not written), and written rollups in the order they
 * were written (to forget those that hold nothing back). A queue's entry that no longer holds — its rollup was written
 * or fell due earlier since — is dropped when it comes up.
 */
final class PendingRollups {

  /** A rollup the task has written or will write. */
  private static final class Entry {
    final ScopeMonth rollup;
    boolean pending;
    /** Counts the writes, so that a queue's entry of an earlier round can be told apart. */
    long writes;
    long firstSequence;
    long newestInput;
    long lastWritten;
    long dueAt;

    Entry(ScopeMonth rollup) {
      this.rollup = rollup;
    }
  }

  /** An entry's place in a queue, at a time (or sequence), for the round of writes it was queued in. */
  private record Queued(long at, long order, long writes, Entry entry) {
    boolean current() {
      return entry.pending && entry.writes == writes;
    }
  }

  /** A rollup due to be written, with the timestamp of the newest input among its changes. */
  record Due(ScopeMonth rollup, long newestInput) {
  }

  private static final Comparator<Queued> BY_TIME =
      Comparator.comparingLong(Queued::at).thenComparingLong(Queued::order);

  private final EmissionPolicy policy;
  private final Map<ScopeMonth, Entry> entries = new HashMap<>();
  private final PriorityQueue<Queued> byDueTime = new PriorityQueue<>(BY_TIME);
  private final PriorityQueue<Queued> byEarliestTime = new PriorityQueue<>(BY_TIME);
  private final ArrayDeque<Queued> byFirstChange = new ArrayDeque<>();
  private final ArrayDeque<Queued> byWriteTime = new ArrayDeque<>();
  private long queued;
  private int pendingCount;

  PendingRollups(EmissionPolicy policy) {
    this.policy = policy;
  }

  /**
   * A change with this sequence and input timestamp touched the rollup; sequences never decrease.
   *
   * @param seenAt when the change reached the rollup stage, epoch ms: how far behind it came decides how long the
   *               rollup may wait (see {@link EmissionPolicy})
   */
  void mark(ScopeMonth rollup, long sequence, long inputTimestamp, long seenAt) {
    Entry entry = entries.computeIfAbsent(rollup, Entry::new);
    long dueAt = policy.dueAt(entry.lastWritten, seenAt - inputTimestamp);
    if (!entry.pending) {
      entry.pending = true;
      pendingCount++;
      entry.firstSequence = sequence;
      entry.newestInput = inputTimestamp;
      entry.dueAt = dueAt;
      long order = queued++;
      byFirstChange.add(new Queued(sequence, order, entry.writes, entry));
      byEarliestTime.add(new Queued(policy.earliest(entry.lastWritten), order, entry.writes, entry));
      byDueTime.add(new Queued(dueAt, order, entry.writes, entry));
    } else {
      entry.newestInput = Math.max(entry.newestInput, inputTimestamp);
      if (dueAt < entry.dueAt) {
        entry.dueAt = dueAt;
        byDueTime.add(new Queued(dueAt, queued++, entry.writes, entry));
      }
    }
  }

  boolean isEmpty() {
    return pendingCount == 0;
  }

  /** The pending rollups that are due now, written as of {@code now} once returned. */
  List<Due> takeDue(long now, long lastChangeSeen) {
    List<Due> due = new ArrayList<>();
    boolean quiet = policy.quiet(now, lastChangeSeen);
    PriorityQueue<Queued> queue = quiet ? byEarliestTime : byDueTime;
    for (Queued next = queue.peek(); next != null && (!next.current() || next.at() <= now); next = queue.peek()) {
      queue.poll();
      if (next.current()) {
        written(next.entry(), now);
        due.add(new Due(next.entry().rollup, next.entry().newestInput));
      }
    }
    forgetWrittenBefore(now - policy.maxInterval().toMillis());
    return due;
  }

  private void written(Entry entry, long now) {
    entry.pending = false;
    pendingCount--;
    entry.writes++;
    entry.lastWritten = now;
    byWriteTime.add(new Queued(now, 0, entry.writes, entry));
  }

  /** Rollups written so long ago that they hold nothing back need not be remembered. */
  private void forgetWrittenBefore(long horizon) {
    for (Queued oldest = byWriteTime.peek(); oldest != null && oldest.at() < horizon; oldest = byWriteTime.peek()) {
      byWriteTime.poll();
      Entry entry = oldest.entry();
      if (!entry.pending && entry.writes == oldest.writes()) {
        entries.remove(entry.rollup);
      }
    }
  }

  /**
   * The change sequence up to which every change has reached a written rollup: one less than the first change of
   * the earliest still pending, or {@code sequence} (the latest) when none is.
   */
  long writtenThrough(long sequence) {
    while (!byFirstChange.isEmpty() && !byFirstChange.peek().current()) {
      byFirstChange.poll();
    }
    return byFirstChange.isEmpty() ? sequence : byFirstChange.peek().at() - 1;
  }
}
