package org.industrialreporting.streams.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Scope;

/**
 * The changes a task's inputs have made to rollup cells since its last commit, summed per scope and month in plain
 * memory, and passed on at the commit as one {@link ScopeBatch} per partition of the internal topic. A burst of
 * reports for one district thus becomes one change to its cell, and nothing is written to state for it: the batches
 * are sent in the same transaction as the inputs they sum, and a crash before the commit loses both, so the inputs
 * are processed again.
 *
 * <p>One record per partition rather than per bucket: a national load touches scopes of nearly every bucket at every
 * commit, so per bucket made ten times as many records, each a tenth the size, and what each record costs (the
 * producer, the transaction, the fetch, the stream thread's loop) grows with their count, not their size.
 */
public final class PendingChanges {

  private final Map<ScopeMonth, Cell> cells = new HashMap<>();
  private final int partitions;

  /** @param partitions the partition count of the internal topic the changes are passed on to */
  public PendingChanges(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("an internal topic has at least one partition, got " + partitions);
    }
    this.partitions = partitions;
  }

  /** The pending change of a scope's cell of a month, to add to. */
  public Cell cell(Scope scope, int month) {
    return cells.computeIfAbsent(new ScopeMonth(scope, month), k -> new Cell());
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /**
   * Forwards the pending changes, one record per partition keyed by its bucket and stamped with the latest input it
   * sums, and empties the buffer.
   */
  public void passOn(ProcessorContext<String, Output> context) {
    for (ScopeBatch batch : drain()) {
      long timestamp = batch.cells().stream().mapToLong(c -> c.change().updatedAt()).max().orElse(0);
      context.forward(new Record<>(Buckets.key(batch.bucket()), new Output.Changes(batch), timestamp));
    }
  }

  /** The pending changes as one batch per partition, leaving out changes that cancelled out; empties the buffer. */
  public List<ScopeBatch> drain() {
    Map<Integer, List<ScopeBatch.CellChange>> byBucket = new HashMap<>();
    cells.forEach((key, change) -> {
      if (!change.isZero()) {
        int bucket = Buckets.ofPartition(Buckets.of(key.scope()), partitions);
        byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(new ScopeBatch.CellChange(key.scope(), key.month(),
            change));
      }
    });
    cells.clear();
    List<ScopeBatch> batches = new ArrayList<>(byBucket.size());
    byBucket.forEach((bucket, changes) -> batches.add(new ScopeBatch(bucket, changes, List.of())));
    return batches;
  }
}
