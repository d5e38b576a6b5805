package org.industrialreporting.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.industrialreporting.kafka.KafkaSettings;

/**
 * How many input records the streams application has processed over time, from the offsets it commits (with
 * exactly-once, atomically with its outputs), for the steady throughput in the middle of a run.
 */
final class ThroughputSampler implements AutoCloseable {

  private record Sample(long nanos, long processed) {
  }

  private final Admin admin;
  private final String groupId;
  private final String topic;
  private final List<Sample> samples = new ArrayList<>();
  private long lastSampleNanos;

  ThroughputSampler(KafkaSettings kafka, String groupId, String topic) {
    this.admin = Admin.create(kafka.admin("bench-sampler"));
    this.groupId = groupId;
    this.topic = topic;
  }

  /** Reads the committed offsets, at most every 50 ms. */
  void sample() {
    long now = System.nanoTime();
    if (now - lastSampleNanos < Duration.ofMillis(50).toNanos()) {
      return;
    }
    lastSampleNanos = now;
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
      long processed = offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
          .mapToLong(e -> e.getValue().offset()).sum();
      samples.add(new Sample(now, processed));
    } catch (Exception e) {
      // the group may not have committed yet: no sample this time
    }
  }

  /**
   * How many change records the rollup stage has still to read: the end offsets of the internal topics it reads
   * (the scope updates) less its committed offsets. Progress output, to tell the stages' lag apart; -1 when unknown.
   */
  long rollupStageBacklog() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> changes = new HashMap<>();
      committed.keySet().stream().filter(p -> p.topic().endsWith("scope-updates-repartition"))
          .forEach(p -> changes.put(p, OffsetSpec.latest()));
      long ends = 0;
      for (var end : admin.listOffsets(changes).all().get(5, TimeUnit.SECONDS).entrySet()) {
        ends += end.getValue().offset() - committed.get(end.getKey()).offset();
      }
      return ends;
    } catch (Exception e) {
      return -1; // not committed yet, or the admin call timed out: unknown this time
    }
  }

  long processed() {
    return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).processed();
  }

  /** Records per second between 20 % and 80 % of {@code total}, leaving out start-up and the tail. */
  double steadyRate(long total) {
    Sample from = first(total / 5);
    Sample to = first(total * 4 / 5);
    if (from == null || to == null || to.nanos() == from.nanos()) {
      return Double.NaN;
    }
    return (to.processed() - from.processed()) / ((to.nanos() - from.nanos()) / 1e9);
  }

  @Override
  public void close() {
    admin.close();
  }

  private Sample first(long processed) {
    return samples.stream().filter(s -> s.processed() >= processed).findFirst().orElse(null);
  }
}
