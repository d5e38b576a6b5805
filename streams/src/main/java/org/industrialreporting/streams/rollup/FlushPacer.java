package org.industrialreporting.streams.rollup;

import java.util.function.LongSupplier;
import org.apache.kafka.streams.processor.Punctuator;

/**
 * Paces a processor's periodic flush so that flushing takes at most a {@value #SHARE_DIVISOR}th of the thread: a
 * flush on every punctuation while flushes are cheap (light load: the lowest latency), fewer flushes when they
 * are expensive (a burst that touches many cells), each of which then sums more changes and emits every changed
 * rollup once for all of them. Without it, a burst over thousands of districts would recompute every district's
 * rollups on every punctuation and starve the processing of the reports themselves.
 */
final class FlushPacer implements Punctuator {

  static final int SHARE_DIVISOR = 4;

  private final Runnable flush;
  private final LongSupplier nanoTime;
  private long eligibleAtMillis = Long.MIN_VALUE;

  FlushPacer(Runnable flush) {
    this(flush, System::nanoTime);
  }

  FlushPacer(Runnable flush, LongSupplier nanoTime) {
    this.flush = flush;
    this.nanoTime = nanoTime;
  }

  /** @param timestamp the punctuation's wall-clock time */
  @Override
  public void punctuate(long timestamp) {
    if (timestamp < eligibleAtMillis) {
      return;
    }
    long start = nanoTime.getAsLong();
    flush.run();
    long tookMillis = (nanoTime.getAsLong() - start) / 1_000_000;
    eligibleAtMillis = timestamp + tookMillis * SHARE_DIVISOR;
  }
}
