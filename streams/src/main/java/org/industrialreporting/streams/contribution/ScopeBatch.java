package org.industrialreporting.streams.contribution;

import java.util.List;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Scope;

/**
 * What reaches the rollup stage through the internal {@code scope-updates} topic: the summed changes to the cells
 * of the scopes of the buckets one partition receives since the sender's last commit, and changed annual targets.
 * One record carries many scopes, so that the topic's record count grows with commits and partitions, not with
 * reports or scopes.
 *
 * @param bucket which scopes the record is for: a bucket, or the bucket that stands for those of its partition
 *               (see {@link Buckets}), also its key
 */
public record ScopeBatch(int bucket, List<CellChange> cells, List<TargetChange> targets) {

  public ScopeBatch {
    cells = List.copyOf(cells);
    targets = List.copyOf(targets);
  }

  /** A change to one scope's cell of one month. */
  public record CellChange(Scope scope, int month, Cell change) {
  }

  /** A scope's annual target for an indicator, set or (null {@code target}) removed. */
  public record TargetChange(Scope scope, int year, String indicator, Long target) {
  }
}
