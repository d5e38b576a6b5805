package org.industrialreporting.streams.state;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * When a stream thread's tasks commit. Every commit passes on what the processors kept in memory since the last one
 * (see {@link CommitHook}) and ends a transaction, which makes their output visible; each costs a producer flush and
 * the transaction's round trips, so fewer commits pass on larger batches for less work. How far apart they may be
 * depends on how late the input already is:
 *
 * <ul>
 *   <li>the thread's input pauses (a correction arriving alone, the end of a load): a processor with work pending
 *       asks for a commit at once (at most every {@code minInterval}), so the result shows without waiting;
 *   <li>input flows and is caught up (its records are read about when they were written): a commit every
 *       {@code interval};
 *   <li>input flows behind (a bulk load, a replay, a backlog): a commit when the time since the last one reaches a
 *       fifth of how far behind the latest record is, up to {@code maxInterval} (Kafka Streams' own
 *       {@code commit.interval.ms}) — a commit then adds at most a fifth to the lateness already there.
 * </ul>
 *
 * <p>All tasks of a thread commit together (with exactly-once, in one transaction), so the pace is the thread's:
 * every processor tells of its input ({@link #input}).
 */
public final class CommitPacing {

  /** The part of the input's lateness a commit may add. */
  private static final int LATENESS_SHARE = 5;

  private final long minIntervalNanos;
  private final long intervalMillis;
  private final long maxIntervalMillis;
  private final long pauseNanos;
  private final Duration tick;
  private final ThreadLocal<Pacer> pacers = ThreadLocal.withInitial(Pacer::new);

  /**
   * @param minInterval shortest time between two commits a processor asks for when the input pauses
   * @param interval    time between commits while input flows and is caught up
   * @param maxInterval longest time between commits, while input flows far behind
   * @param pause       how long without input counts as the input pausing
   * @param tick        how often a processor with work pending looks whether to ask
   */
  public CommitPacing(Duration minInterval, Duration interval, Duration maxInterval, Duration pause, Duration tick) {
    this.minIntervalNanos = minInterval.toNanos();
    this.intervalMillis = interval.toMillis();
    this.maxIntervalMillis = maxInterval.toMillis();
    this.pauseNanos = pause.toNanos();
    this.tick = tick;
  }

  /** Notes that the calling thread processed an input record, with its timestamp (when it was written). */
  public void input(long recordTimestamp) {
    Pacer pacer = pacers.get();
    pacer.lastInput = System.nanoTime();
    pacer.lastInputLateness = System.currentTimeMillis() - recordTimestamp;
  }

  /**
   * Asks for a commit whenever {@code pending} says there is work to pass on and a commit is due: the thread's input
   * has paused, or it flows and the time for its next commit has come. Call from the processor's {@code init}.
   */
  public void askWhenDue(ProcessorContext<?, ?> context, BooleanSupplier pending) {
    context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, now -> {
      if (pending.getAsBoolean() && pacers.get().due(System.nanoTime())) {
        context.commit();
      }
    });
  }

  /** The time between commits while input flows, its latest record {@code latenessMillis} behind. */
  long flowingIntervalMillis(long latenessMillis) {
    return Math.min(Math.max(latenessMillis / LATENESS_SHARE, intervalMillis), maxIntervalMillis);
  }

  /** Notes that the calling thread commits (its commit hooks run). */
  void committing() {
    pacers.get().lastCommit = System.nanoTime();
  }

  /** One stream thread's pace. */
  private final class Pacer {
    private long lastInput = Long.MIN_VALUE / 2;
    private long lastInputLateness;
    private long lastCommit = Long.MIN_VALUE / 2;

    boolean due(long now) {
      long sinceCommit = now - lastCommit;
      if (now - lastInput >= pauseNanos) {
        return sinceCommit >= minIntervalNanos;
      }
      return sinceCommit >= flowingIntervalMillis(lastInputLateness) * 1_000_000L;
    }
  }
}
