package org.industrialreporting.streams.state;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * When a stream thread's tasks ask Kafka Streams to commit. Every commit passes on what the processors kept in memory
 * since the last one (see {@link CommitHook}) and ends a transaction: under a light load that is little, and a
 * commit as soon as the minimum interval has passed gives the lowest latency; under a heavy load commits space out so
 * that committing — the commit hooks' work, the producer's flush and the transaction — takes at most
 * {@code 1 / workShareDivisor} of the thread, each commit then passing on more for the same cost. All tasks of a
 * thread commit together (with exactly-once, in one transaction), so the pace is the thread's; what a commit costs is
 * Kafka Streams' own measure of it ({@code commit-latency-avg} of the thread), or the hooks' work when that is more.
 *
 * <p>Kafka Streams' own {@code commit.interval.ms} stays the longest interval, for when no task asks.
 */
public final class CommitPacing {

  /** Commit hooks called less than this apart belong to the same commit. */
  private static final long SAME_COMMIT_NANOS = 2_000_000;
  private static final String THREAD_METRICS = "stream-thread-metrics";
  private static final String COMMIT_LATENCY = "commit-latency-avg";

  private final long minIntervalNanos;
  private final int workShareDivisor;
  private final Duration tick;
  private final ThreadLocal<Pacer> pacers = ThreadLocal.withInitial(Pacer::new);

  /**
   * @param tick how often a processor with work pending looks again whether a commit is due, when no input arrives
   */
  public CommitPacing(Duration minInterval, int workShareDivisor, Duration tick) {
    if (workShareDivisor < 1) {
      throw new IllegalArgumentException("the work share divisor must be at least 1, got " + workShareDivisor);
    }
    this.minIntervalNanos = minInterval.toNanos();
    this.workShareDivisor = workShareDivisor;
    this.tick = tick;
  }

  /**
   * Asks for commits while {@code pending} says there is work to pass on, also when no input arrives: so that the
   * last changes of a burst are committed within the minimum interval rather than at {@code commit.interval.ms}.
   * Call from the processor's {@code init}.
   */
  public void keepAsking(ProcessorContext<?, ?> context, BooleanSupplier pending) {
    context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, now -> {
      if (pending.getAsBoolean()) {
        requestIfDue(context);
      }
    });
  }

  /** Asks for a commit of the calling thread's tasks when one is due. Call from a processor with work pending. */
  public void requestIfDue(ProcessorContext<?, ?> context) {
    if (pacers.get().due(System.nanoTime())) {
      context.commit();
    }
  }

  /** Runs a commit hook's work, counting it towards the calling thread's pace. */
  void measure(StreamsMetrics metrics, Runnable work) {
    Pacer pacer = pacers.get();
    long start = System.nanoTime();
    pacer.started(start, metrics);
    try {
      work.run();
    } finally {
      pacer.ended(start, System.nanoTime());
    }
  }

  /** One stream thread's pace. */
  private final class Pacer {
    private long commitStart = System.nanoTime();
    private long commitWork;
    private long lastEnd = Long.MIN_VALUE / 2;
    private long interval = minIntervalNanos;
    private Metric commitLatency;
    private boolean searched;

    void started(long now, StreamsMetrics metrics) {
      if (now - lastEnd > SAME_COMMIT_NANOS) {
        long cost = Math.max(commitWork, commitLatencyNanos(metrics));
        interval = Math.max(minIntervalNanos, cost * workShareDivisor);
        commitStart = now;
        commitWork = 0;
      }
    }

    void ended(long start, long end) {
      commitWork += end - start;
      lastEnd = end;
    }

    boolean due(long now) {
      return now - commitStart >= interval;
    }

    /** The thread's average commit time so far, 0 before the first. */
    private long commitLatencyNanos(StreamsMetrics metrics) {
      if (!searched) {
        searched = true;
        String thread = Thread.currentThread().getName();
        for (Map.Entry<MetricName, ? extends Metric> metric : metrics.metrics().entrySet()) {
          MetricName name = metric.getKey();
          if (name.name().equals(COMMIT_LATENCY) && name.group().equals(THREAD_METRICS)
              && thread.equals(name.tags().get("thread-id"))) {
            commitLatency = metric.getValue();
          }
        }
      }
      if (commitLatency == null) {
        return 0; // as in a test driver, which keeps no thread metrics
      }
      Object millis = commitLatency.metricValue();
      return millis instanceof Double value && !value.isNaN() ? (long) (value * 1_000_000) : 0;
    }
  }
}
