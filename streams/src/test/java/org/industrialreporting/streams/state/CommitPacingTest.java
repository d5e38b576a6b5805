package org.industrialreporting.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommitPacingTest {

  private final CommitPacing pacing = new CommitPacing(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofMillis(1000), Duration.ofMillis(5), Duration.ofMillis(5));

  @Test
  void flowingInputIsCommittedAtTheIntervalWhileCaughtUpAndAtAFifthOfItsLatenessWhileBehind() {
    assertThat(pacing.flowingIntervalMillis(0)).isEqualTo(100);
    assertThat(pacing.flowingIntervalMillis(300)).isEqualTo(100);
    assertThat(pacing.flowingIntervalMillis(2_000)).isEqualTo(400);
    assertThat(pacing.flowingIntervalMillis(5_000)).isEqualTo(1000);
    assertThat(pacing.flowingIntervalMillis(600_000)).isEqualTo(1000);
    // A record stamped after the clock (another host's clock ahead of this one's) counts as caught up.
    assertThat(pacing.flowingIntervalMillis(-3_000)).isEqualTo(100);
  }
}
