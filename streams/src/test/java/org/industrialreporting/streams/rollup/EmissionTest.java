package org.industrialreporting.streams.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.contribution.ScopeMonth;
import org.junit.jupiter.api.Test;

/** When pending rollups are written, and what a restart needs to find those still pending. */
class EmissionTest {

  private final EmissionPolicy policy = new EmissionPolicy(Duration.ofMillis(100), Duration.ofSeconds(5),
      Duration.ofMillis(500));
  private static final ScopeMonth DISTRICT = new ScopeMonth(Scope.district("330411"), 24_320);
  private static final ScopeMonth PARK = new ScopeMonth(Scope.park("XZ-PV"), 24_320);

  @Test
  void aFreshChangeIsWrittenAtOnceButARollupAtMostOncePerInterval() {
    long now = 1_000_000;
    assertThat(policy.due(now, 0, 30, now)).isTrue();
    assertThat(policy.due(now, now - 99, 30, now)).isFalse();
    assertThat(policy.due(now, now - 100, 30, now)).isTrue();
  }

  @Test
  void aRollupWaitsAsLongAsItsChangeArrivedBehindItsInputUpToTheLongestInterval() {
    long now = 1_000_000;
    assertThat(policy.due(now, now - 1_000, 2_000, now)).isFalse();
    assertThat(policy.due(now, now - 2_000, 2_000, now)).isTrue();
    assertThat(policy.due(now, now - 4_999, 60_000, now)).isFalse();
    assertThat(policy.due(now, now - 5_000, 60_000, now)).isTrue();
  }

  @Test
  void onceNoChangeHasArrivedForTheQuietTimeEveryPendingRollupIsDue() {
    long now = 1_000_000;
    assertThat(policy.due(now, now - 200, 60_000, now - 499)).isFalse();
    assertThat(policy.due(now, now - 200, 60_000, now - 500)).isTrue();
    assertThat(policy.due(now, now - 50, 60_000, now - 500)).as("still once per interval").isFalse();
  }

  @Test
  void pendingRollupsAreWrittenOnceForManyChangesAndTellHowFarEveryChangeWasWritten() {
    PendingRollups pending = new PendingRollups(policy);
    long now = 1_000_000;
    pending.mark(DISTRICT, 5, now - 10, now);
    pending.mark(DISTRICT, 9, now - 5, now);
    pending.mark(PARK, 7, now - 10, now);
    assertThat(pending.writtenThrough(12)).as("the earliest pending change is 5").isEqualTo(4);

    List<PendingRollups.Due> due = pending.takeDue(now, now);

    assertThat(due).extracting(PendingRollups.Due::rollup).containsExactly(DISTRICT, PARK);
    assertThat(due.get(0).newestInput()).isEqualTo(now - 5);
    assertThat(pending.isEmpty()).isTrue();
    assertThat(pending.writtenThrough(12)).isEqualTo(12);

    pending.mark(DISTRICT, 13, now + 10, now + 10);
    assertThat(pending.takeDue(now + 50, now + 50)).as("written 50 ms ago").isEmpty();
    assertThat(pending.writtenThrough(13)).isEqualTo(12);
    assertThat(pending.takeDue(now + 100, now + 100)).extracting(PendingRollups.Due::rollup)
        .containsExactly(DISTRICT);
  }

  @Test
  void aFreshChangeBringsForwardARollupThatWasWaitingOutTheLongestInterval() {
    PendingRollups pending = new PendingRollups(policy);
    long now = 1_000_000;
    pending.mark(DISTRICT, 1, now, now);
    assertThat(pending.takeDue(now, now)).hasSize(1);
    pending.mark(DISTRICT, 2, now - 60_000, now);
    assertThat(pending.takeDue(now + 1_000, now + 1_000)).as("behind: waits 5 s").isEmpty();
    pending.mark(DISTRICT, 3, now + 1_000, now + 1_000);
    assertThat(pending.takeDue(now + 1_000, now + 1_000)).extracting(PendingRollups.Due::newestInput)
        .containsExactly(now + 1_000);
    assertThat(pending.isEmpty()).isTrue();
  }

  @Test
  void onceTheInputIsQuietEveryRollupWrittenLongerThanTheShortestIntervalAgoIsDue() {
    PendingRollups pending = new PendingRollups(policy);
    long now = 1_000_000;
    pending.mark(DISTRICT, 1, now, now);
    pending.mark(PARK, 2, now, now);
    assertThat(pending.takeDue(now, now)).hasSize(2);
    pending.mark(DISTRICT, 3, now - 60_000, now);
    pending.mark(PARK, 4, now - 60_000, now);
    long later = now + 400;
    assertThat(pending.takeDue(later, later)).as("behind, changes arriving").isEmpty();
    assertThat(pending.takeDue(later + 499, later)).isEmpty();
    assertThat(pending.takeDue(later + 500, later)).extracting(PendingRollups.Due::rollup)
        .containsExactly(DISTRICT, PARK);
    assertThat(pending.writtenThrough(4)).isEqualTo(4);
  }

  /**
   * The queues answer as going over every pending rollup with {@link EmissionPolicy#due} would: random changes to a
   * few hundred rollups, looked at every few milliseconds with pauses, compared with that scan.
   */
  @Test
  void theQueuesWriteWhatAScanOfEveryPendingRollupWould() {
    java.util.Random random = new java.util.Random(20261203);
    for (int round = 0; round < 10; round++) {
      PendingRollups pending = new PendingRollups(policy);
      // pending, first change, newest input, last written, least behind
      java.util.Map<ScopeMonth, long[]> reference = new java.util.LinkedHashMap<>();
      long now = 1_000_000;
      long lastChange = now;
      long sequence = 0;
      for (int step = 0; step < 3_000; step++) {
        now += random.nextInt(10) == 0 ? random.nextInt(2_000) : random.nextInt(8);
        int changes = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
        for (int i = 0; i < changes; i++) {
          ScopeMonth rollup = new ScopeMonth(Scope.district("D" + random.nextInt(300)), 24_320);
          long input = random.nextBoolean() ? now - random.nextInt(20_000) : now - random.nextInt(50);
          sequence++;
          pending.mark(rollup, sequence, input, now);
          long[] ref = reference.computeIfAbsent(rollup, r -> new long[5]);
          if (ref[0] == 0) {
            ref[0] = 1;
            ref[1] = sequence;
            ref[2] = input;
            ref[4] = now - input;
          } else {
            ref[2] = Math.max(ref[2], input);
            ref[4] = Math.min(ref[4], now - input);
          }
          lastChange = now;
        }
        java.util.Set<ScopeMonth> expected = new java.util.HashSet<>();
        long through = sequence;
        for (var entry : reference.entrySet()) {
          long[] ref = entry.getValue();
          if (ref[0] == 1 && policy.due(now, ref[3], ref[4], lastChange)) {
            expected.add(entry.getKey());
            ref[0] = 0;
            ref[3] = now;
          } else if (ref[0] == 1) {
            through = Math.min(through, ref[1] - 1);
          }
        }
        List<PendingRollups.Due> due = pending.takeDue(now, lastChange);
        assertThat(due).extracting(PendingRollups.Due::rollup).as("round %d step %d", round, step)
            .containsExactlyInAnyOrderElementsOf(expected);
        for (PendingRollups.Due rollup : due) {
          assertThat(rollup.newestInput()).isEqualTo(reference.get(rollup.rollup())[2]);
        }
        assertThat(pending.writtenThrough(sequence)).isEqualTo(through);
        assertThat(pending.isEmpty()).isEqualTo(reference.values().stream().noneMatch(ref -> ref[0] == 1));
      }
    }
  }
}
