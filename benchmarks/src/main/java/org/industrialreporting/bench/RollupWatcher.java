package org.industrialreporting.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * Follows the rollup topics as a dashboard would (read_committed, latest record per key) and notes when each
 * rollup arrived, for the pipeline's completion time and the latency of single reports.
 */
final class RollupWatcher implements AutoCloseable {

  /** A rollup as it arrived: its key, the timestamp of the latest input in it, and when it was seen. */
  record Arrival(String key, long updatedAtMillis, long seenAtMillis) {
  }

  private final KafkaConsumer<String, Rollup> consumer;
  private final Map<String, Rollup> latest = new HashMap<>(); // guarded by this
  private final Set<String> differing = new HashSet<>(); // guarded by this
  private Map<String, ExpectedRollups.Cell> expected = Map.of(); // guarded by this
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicLong updates = new AtomicLong();
  private final Thread thread;
  private volatile boolean recordArrivals;

  RollupWatcher(KafkaSettings kafka, AvroSerdes serdes, TopicCatalog topics) {
    consumer = new KafkaConsumer<>(kafka.consumer(null), new StringDeserializer(),
        serdes.value(Rollup.class).deserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics.allRollups().stream().map(TopicSpec::name).toList()) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    thread = new Thread(this::follow, "rollup-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void follow() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        var records = consumer.poll(Duration.ofMillis(100));
        long now = System.currentTimeMillis();
        updates.addAndGet(records.count());
        synchronized (this) {
          for (var record : records) {
            if (record.value() == null) {
              latest.remove(record.key());
            } else {
              latest.put(record.key(), record.value());
              if (recordArrivals) {
                arrivals.add(new Arrival(record.key(), record.value().getUpdatedAt().toEpochMilli(), now));
              }
            }
            compare(record.key());
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    }
  }

  /** Starts noting arrivals, for the latency measurement. */
  void recordArrivals() {
    recordArrivals = true;
  }

  List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /**
   * Sets the figures every rollup must reach; from then on each arriving rollup is compared as it comes, so that
   * waiting for the pipeline costs the measured machine next to nothing.
   */
  synchronized void expect(Map<String, ExpectedRollups.Cell> figures) {
    expected = figures;
    differing.clear();
    expected.keySet().forEach(this::compare);
    latest.keySet().forEach(this::compare);
  }

  /** Whether every expected rollup is visible with its expected figures, and no other. */
  synchronized boolean matches() {
    return differing.isEmpty();
  }

  /** The rollups that differ from the expected figures (and the expected ones missing); empty when all match. */
  synchronized List<String> differences() {
    return differing.stream().sorted().map(key -> {
      Rollup rollup = latest.get(key);
      ExpectedRollups.Cell want = expected.get(key);
      return want == null ? key + ": unexpected"
          : key + ": expected " + want + ", got " + (rollup == null ? null : cell(rollup.getMonth()));
    }).toList();
  }

  /** Notes whether one rollup has its expected figures; called holding the lock. */
  private void compare(String key) {
    Rollup rollup = latest.get(key);
    ExpectedRollups.Cell want = expected.get(key);
    boolean same = want == null ? rollup == null : rollup != null && want.equals(cell(rollup.getMonth()));
    if (same) {
      differing.remove(key);
    } else {
      differing.add(key);
    }
  }

  private static ExpectedRollups.Cell cell(Figures month) {
    long previous = month.getComparablePrevious() == null ? 0 : month.getComparablePrevious().getOutputValueYuan();
    return new ExpectedRollups.Cell(month.getReportingEnterprises(), month.getOutsideScopeEnterprises(),
        month.getTotals().getOutputValueYuan(),
        month.getTotals().getValueAddedYuan(), month.getTotals().getEnergyKgce(), previous);
  }

  /** Rollup records read so far, every update of every rollup (tombstones included). */
  long updates() {
    return updates.get();
  }

  synchronized int size() {
    return latest.size();
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(5_000);
    consumer.close();
  }
}
