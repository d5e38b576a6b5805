package org.industrialreporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RevisionClockTest {

  @Test
  void isTheEpochMicrosecondAndStrictlyIncreasingWithinOneMicrosecond() {
    RevisionClock clock = new RevisionClock(Clock.fixed(Instant.parse("2026-10-08T02:00:00.123456789Z"),
        ZoneOffset.UTC));
    long first = clock.next();
    assertThat(first).isEqualTo(Instant.parse("2026-10-08T02:00:00Z").getEpochSecond() * 1_000_000 + 123_456);
    assertThat(clock.next()).isEqualTo(first + 1);
    assertThat(clock.next()).isEqualTo(first + 2);
  }

  @Test
  void neverRepeatsAcrossThreads() {
    RevisionClock clock = RevisionClock.system();
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 100_000).parallel().forEach(i -> assertThat(seen.add(clock.next())).isTrue());
    assertThat(seen).hasSize(100_000);
  }
}
