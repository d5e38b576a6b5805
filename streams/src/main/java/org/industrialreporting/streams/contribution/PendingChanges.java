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
 * memory, and passed on at the commit as one {@link ScopeBatch} per bucket. A burst of reports for one district thus
 * becomes one change to its cell, and nothing is written to state for it: the batches are sent in the same
 * transaction as the inputs they sum, and a crash before the commit loses both, so the inputs are processed again.
 */
public final class PendingChanges {

  private final Map<ScopeMonth, Cell> cells = new HashMap<>();

  /** The pending change of a scope's cell of a month, to add to. */
  public Cell cell(Scope scope, int month) {
    return cells.computeIfAbsent(new ScopeMonth(scope, month), k -> new Cell());
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /**
   * Forwards the pending changes, one record per bucket keyed by it and stamped with the latest input it sums, and
   * empties the buffer.
   */
  public void passOn(ProcessorContext<String, Output> context) {
    for (ScopeBatch batch : drain()) {
      long timestamp = batch.cells().stream().mapToLong(c -> c.change().updatedAt()).max().orElse(0);
      context.forward(new Record<>(Buckets.key(batch.bucket()), new Output.Changes(batch), timestamp));
    }
  }

  /** The pending changes as one batch per bucket, leaving out changes that cancelled out; empties the buffer. */
  public List<ScopeBatch> drain() {
    Map<Integer, List<ScopeBatch.CellChange>> byBucket = new HashMap<>();
    cells.forEach((key, change) -> {
      if (!change.isZero()) {
        byBucket.computeIfAbsent(Buckets.of(key.scope()), b -> new ArrayList<>())
            .add(new ScopeBatch.CellChange(key.scope(), key.month(), change));
      }
    });
    cells.clear();
    List<ScopeBatch> batches = new ArrayList<>(byBucket.size());
    byBucket.forEach((bucket, changes) -> batches.add(new ScopeBatch(bucket, changes, List.of())));
    return batches;
  }
}
