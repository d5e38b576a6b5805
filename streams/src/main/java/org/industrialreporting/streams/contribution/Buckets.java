package org.industrialreporting.streams.contribution;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.industrialreporting.streams.cell.Scope;

/**
 * Scopes are spread over a fixed number of buckets by a hash of their key, and buckets over the partitions of the
 * internal topic (bucket modulo the partition count): every change to one scope reaches the same partition, so one
 * rollup task owns each scope, and a sender writes at most one record per partition per commit, holding the changes
 * of all the buckets that partition receives. The bucket count is part of the state's contract (it decides which
 * task holds a scope); changing it, or the topic's partition count, needs a reset.
 */
public final class Buckets {

  public static final int COUNT = 64;

  private Buckets() {
  }

  public static int of(Scope scope) {
    return Math.floorMod(scope.key().hashCode(), COUNT);
  }

  /**
   * The bucket that stands for all the buckets one partition of {@code partitions} receives: the lowest of them,
   * which the partitioner sends to that same partition.
   */
  public static int ofPartition(int bucket, int partitions) {
    return bucket % partitions;
  }

  /** The key of a bucket's records on the internal topic. */
  public static String key(int bucket) {
    return Integer.toString(bucket);
  }

  /** Partitions records by bucket, whatever the partition count. */
  public static StreamPartitioner<String, ScopeBatch> partitioner() {
    return (topic, key, batch, partitions) -> Optional.of(Set.of(batch.bucket() % partitions));
  }
}
