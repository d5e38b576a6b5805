package org.industrialreporting.streams.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlushPacerTest {

  private long clockNanos;
  private long flushCostMillis;
  private int flushes;
  private final FlushPacer pacer = new FlushPacer(() -> {
    flushes++;
    clockNanos += flushCostMillis * 1_000_000;
  }, () -> clockNanos);

  /** Punctuates every 100 ms from {@code fromMillis} to {@code toMillis}; returns when the flush ran. */
  private List<Long> punctuate(long fromMillis, long toMillis) {
    List<Long> flushedAt = new ArrayList<>();
    for (long t = fromMillis; t <= toMillis; t += 100) {
      int before = flushes;
      pacer.punctuate(t);
      if (flushes > before) {
        flushedAt.add(t);
      }
    }
    return flushedAt;
  }

  @Test
  void cheapFlushesRunOnEveryPunctuation() {
    flushCostMillis = 1;
    assertEquals(List.of(0L, 100L, 200L, 300L, 400L, 500L), punctuate(0, 500));
  }

  @Test
  void expensiveFlushesAreSpacedToAQuarterOfTheTime() {
    flushCostMillis = 150;
    // a flush of 150 ms makes the next one wait until 600 ms after it
    assertEquals(List.of(0L, 600L, 1200L, 1800L), punctuate(0, 2000));
  }

  @Test
  void flushesRunOnEveryPunctuationAgainOnceCheap() {
    flushCostMillis = 200;
    assertEquals(List.of(0L), punctuate(0, 0));
    flushCostMillis = 0;
    assertEquals(List.of(800L, 900L, 1000L), punctuate(100, 1000));
  }
}
