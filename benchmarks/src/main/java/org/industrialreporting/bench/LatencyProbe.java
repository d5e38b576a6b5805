package org.industrialreporting.bench;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * End-to-end latency at a steady load: corrections of one enterprise per district, sent at a fixed rate with their
 * send time as record timestamp. A district's rollup carries the timestamp of the latest input it contains
 * ({@code updated_at}), and one enterprise's corrections are processed in order, so a correction's latency is the
 * time from its sending until the first rollup of its district whose {@code updated_at} reaches it.
 */
final class LatencyProbe {

  /** Latency percentiles in milliseconds over the probes sent. */
  record Latencies(long probes, double sentPerSecond, long p50, long p95, long p99, long max, long unanswered) {
  }

  /** One correction sent: the rollup that must reflect it, and when it was sent. */
  record Probe(String rollupKey, long sentAtMillis) {
  }

  private LatencyProbe() {
  }

  /**
   * Sends corrections of the {@code subjects} (one per district) round-robin at {@code rate} per second for
   * {@code duration}; each sent report also goes to {@code observer}.
   */
  static List<Probe> send(KafkaProducer<String, MonthlyReport> producer, String topic, List<MonthlyReport> subjects,
      double rate, Duration duration, Map<String, String> districtOf, Consumer<MonthlyReport> observer) {
    List<Probe> probes = new ArrayList<>();
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long revision = System.currentTimeMillis() * 1_000_000L;
    for (long i = 0; ; i++) {
      long due = start + i * intervalNanos;
      if (due > end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      MonthlyReport base = subjects.get((int) (i % subjects.size()));
      MonthlyReport correction = MonthlyReport.newBuilder(base).setRevision(revision + i)
          .setOutputValueYuan(base.getOutputValueYuan() + 1 + i / subjects.size()).build();
      long now = System.currentTimeMillis();
      producer.send(new ProducerRecord<>(topic, null, now, TopicKeys.report(correction), correction));
      observer.accept(correction);
      probes.add(new Probe(TopicKeys.rollup(districtOf.get(base.getCreditCode()), YearMonth.parse(base.getPeriod())),
          now));
    }
    producer.flush();
    return probes;
  }

  /** Matches the probes with the rollups that answered them. */
  static Latencies latencies(List<Probe> probes, List<RollupWatcher.Arrival> arrivals, double sentPerSecond) {
    Map<String, List<RollupWatcher.Arrival>> byKey = new HashMap<>();
    arrivals.forEach(a -> byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
    List<Long> latencies = new ArrayList<>(probes.size());
    long unanswered = 0;
    for (Probe probe : probes) {
      // A district's rollups arrive in order with non-decreasing updated_at: the first that reaches the probe.
      List<RollupWatcher.Arrival> answers = byKey.getOrDefault(probe.rollupKey(), List.of());
      int low = 0;
      int high = answers.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (answers.get(mid).updatedAtMillis() >= probe.sentAtMillis()) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      if (low == answers.size()) {
        unanswered++;
      } else {
        latencies.add(answers.get(low).seenAtMillis() - probe.sentAtMillis());
      }
    }
    Percentiles p = Percentiles.of(latencies);
    return new Latencies(probes.size(), sentPerSecond, p.p50(), p.p95(), p.p99(), p.max(), unanswered);
  }
}
