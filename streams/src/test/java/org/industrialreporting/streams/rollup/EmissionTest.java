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
    assertThat(policy.due(now, 0, now - 30, now)).isTrue();
    assertThat(policy.due(now, now - 99, now - 30, now)).isFalse();
    assertThat(policy.due(now, now - 100, now - 30, now)).isTrue();
  }

  @Test
  void whileTheInputIsFarBehindRollupsWaitAsLongAsItIsBehindUpToTheLongestInterval() {
    long now = 1_000_000;
    assertThat(policy.due(now, now - 1_000, now - 2_000, now)).isFalse();
    assertThat(policy.due(now, now - 2_000, now - 2_000, now)).isTrue();
    assertThat(policy.due(now, now - 4_999, now - 60_000, now)).isFalse();
    assertThat(policy.due(now, now - 5_000, now - 60_000, now)).isTrue();
  }

  @Test
  void onceNoChangeHasArrivedForTheQuietTimeEveryPendingRollupIsDue() {
    long now = 1_000_000;
    assertThat(policy.due(now, now - 200, now - 60_000, now - 499)).isFalse();
    assertThat(policy.due(now, now - 200, now - 60_000, now - 500)).isTrue();
    assertThat(policy.due(now, now - 50, now - 60_000, now - 500)).as("still once per interval").isFalse();
  }

  @Test
  void pendingRollupsAreWrittenOnceForManyChangesAndTellHowFarEveryChangeWasWritten() {
    PendingRollups pending = new PendingRollups();
    long now = 1_000_000;
    pending.mark(DISTRICT, 5, now - 10);
    pending.mark(DISTRICT, 9, now - 5);
    pending.mark(PARK, 7, now - 10);
    assertThat(pending.writtenThrough(12)).as("the earliest pending change is 5").isEqualTo(4);

    List<PendingRollups.Due> due = pending.takeDue(now, now, policy);

    assertThat(due).extracting(PendingRollups.Due::rollup).containsExactly(DISTRICT, PARK);
    assertThat(due.get(0).newestInput()).isEqualTo(now - 5);
    assertThat(pending.isEmpty()).isTrue();
    assertThat(pending.writtenThrough(12)).isEqualTo(12);

    pending.mark(DISTRICT, 13, now + 10);
    assertThat(pending.takeDue(now + 50, now + 50, policy)).as("written 50 ms ago").isEmpty();
    assertThat(pending.writtenThrough(13)).isEqualTo(12);
    assertThat(pending.takeDue(now + 100, now + 100, policy)).extracting(PendingRollups.Due::rollup)
        .containsExactly(DISTRICT);
  }
}
