package org.industrialreporting.streams.state;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * When a stream thread's tasks commit. Every commit passes on what the processors kept in memory since the last one
 * (see {@link CommitHook}) and ends a transaction, which makes their output visible. While input flows, Kafka
 * Streams commits every {@code commit.interval.ms}, and each commit passes on the work of that whole interval: few
 * transactions, large batches, each cell written once for many reports. When the thread's input pauses — a correction
 * arriving alone, the end of a load — a processor with work pending asks for a commit at once (at most every
 * {@code minInterval}), so that the result shows without waiting out the interval.
 *
 * <p>All tasks of a thread commit together (with exactly-once, in one transaction), so whether the input pauses is
 * the thread's: every processor tells of its input ({@link #input()}).
 */
public final class CommitPacing {

  private final long minIntervalNanos;
  private final long pauseNanos;
  private final Duration tick;
  private final ThreadLocal<Pacer> pacers = ThreadLocal.withInitial(Pacer::new);

  /**
   * @param minInterval shortest time between two commits a processor asks for
   * @param pause       how long without input counts as the input pausing
   * @param tick        how often a processor with work pending looks whether to ask
   */
  public CommitPacing(Duration minInterval, Duration pause, Duration tick) {
    this.minIntervalNanos = minInterval.toNanos();
    this.pauseNanos = pause.toNanos();
    this.tick = tick;
  }

  /** Notes that the calling thread processed an input record. */
  public void input() {
    pacers.get().lastInput = System.nanoTime();
  }

  /**
   * Asks for a commit whenever {@code pending} says there is work to pass on and the thread's input has paused. Call
   * from the processor's {@code init}.
   */
  public void askWhenInputPauses(ProcessorContext<?, ?> context, BooleanSupplier pending) {
    context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, now -> {
      if (pending.getAsBoolean() && pacers.get().due(System.nanoTime())) {
        context.commit();
      }
    });
  }

  /** Notes that the calling thread commits (its commit hooks run). */
  void committing() {
    pacers.get().lastCommit = System.nanoTime();
  }

  /** One stream thread's pace. */
  private final class Pacer {
    private long lastInput = Long.MIN_VALUE / 2;
    private long lastCommit = Long.MIN_VALUE / 2;

    boolean due(long now) {
      return now - lastCommit >= minIntervalNanos && now - lastInput >= pauseNanos;
    }
  }
}
