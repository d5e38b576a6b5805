package org.industrialreporting.streams.rollup;

import java.time.Duration;

/**
 * When a changed rollup is written. A rollup is written at most once per {@code minInterval}. While the input is
 * behind — a change reaches the rollup stage long after its input was sent, as in a bulk load or a backlog —
 * writing every intermediate rollup would be wasted, as later changes supersede it within moments: the rollup then
 * waits as long since its last write as its freshest pending change was behind when it arrived, up to
 * {@code maxInterval}, so that a bulk load writes each rollup a few times rather than once per report, and under a
 * steady overload the writes thin out until the stage keeps up. Once no change has arrived for {@code quietAfter},
 * every pending rollup is due (within {@code minInterval} of its last write), so the last changes of a load show
 * without waiting out a long interval.
 *
 * @param minInterval shortest time between two writes of one rollup
 * @param maxInterval longest time a changed rollup waits while changes keep arriving
 * @param quietAfter  how long without changes counts as the input having caught up
 */
public record EmissionPolicy(Duration minInterval, Duration maxInterval, Duration quietAfter) {

  public EmissionPolicy {
    if (minInterval.isNegative() || maxInterval.compareTo(minInterval) < 0 || quietAfter.isNegative()) {
      throw new IllegalArgumentException("emission intervals must satisfy 0 <= min <= max and quiet >= 0, got "
          + minInterval + ", " + maxInterval + ", " + quietAfter);
    }
  }

  /**
   * Whether a pending rollup is due.
   *
   * @param now            wall-clock time, epoch ms
   * @param lastWritten    when the rollup was last written, epoch ms (0 when not since the task started)
   * @param behind         how far behind its input the least-behind of its pending changes arrived, ms
   * @param lastChangeSeen when the task last received a change at all, epoch ms
   */
  boolean due(long now, long lastWritten, long behind, long lastChangeSeen) {
    return now >= (quiet(now, lastChangeSeen) ? earliest(lastWritten) : dueAt(lastWritten, behind));
  }

  /**
   * When a pending rollup falls due while changes keep arriving, epoch ms: as long after its last write as a change
   * arrived behind its input, within the intervals.
   */
  long dueAt(long lastWritten, long behind) {
    return lastWritten + Math.min(Math.max(behind, minInterval.toMillis()), maxInterval.toMillis());
  }

  /** When a pending rollup falls due once the input is quiet: a write per minimum interval, epoch ms. */
  long earliest(long lastWritten) {
    return lastWritten + minInterval.toMillis();
  }

  /** Whether no change has arrived for long enough that the input counts as having caught up. */
  boolean quiet(long now, long lastChangeSeen) {
    return now - lastChangeSeen >= quietAfter.toMillis();
  }
}
