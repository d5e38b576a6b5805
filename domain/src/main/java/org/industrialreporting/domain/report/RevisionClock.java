package org.industrialreporting.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Revisions of reports: the current time in epoch microseconds, strictly increasing within the process even when
 * called many times in one microsecond, so that a later row of a file always gets a higher revision than an
 * earlier one. Thread-safe.
 */
public final class RevisionClock {

  private final Clock clock;
  private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

  public RevisionClock(Clock clock) {
    this.clock = clock;
  }

  public static RevisionClock system() {
    return new RevisionClock(Clock.systemUTC());
  }

  /** The next revision: the current epoch microsecond, or one more than the previous revision if that is later. */
  public long next() {
    long now = epochMicros(clock.instant());
    return last.updateAndGet(previous -> Math.max(previous + 1, now));
  }

  static long epochMicros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }
}
