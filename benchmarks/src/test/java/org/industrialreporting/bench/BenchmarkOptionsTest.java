package org.industrialreporting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

  @Test
  void readsModesInAnyCase() {
    assertThat(BenchmarkOptions.mode("month")).isEqualTo(BenchmarkOptions.Mode.MONTH);
    assertThat(BenchmarkOptions.mode("Corrections")).isEqualTo(BenchmarkOptions.Mode.CORRECTIONS);
    assertThat(BenchmarkOptions.mode("LIVE")).isEqualTo(BenchmarkOptions.Mode.LIVE);
    assertThatThrownBy(() -> BenchmarkOptions.mode("storm"))
        .hasMessage("--mode must be month, replay, corrections or live, not 'storm'");
  }

  @Test
  void refusesARunThatCouldNotMeasureAnythingNamingTheOption() {
    assertThatThrownBy(() -> options(0, 2, 1)).hasMessage("--enterprises must be at least 1, not 0");
    assertThatThrownBy(() -> options(1000, 0, 1)).hasMessage("--partitions must be at least 1, not 0");
    assertThatThrownBy(() -> options(1000, 2, 0)).hasMessage("--latency-seconds must be at least 1, not 0");
    assertThat(options(1000, 2, 1).enterprises()).isEqualTo(1000);
  }

  @Test
  void aLiveRunNeedsRoomForTwoCorrections() {
    assertThatThrownBy(() -> live(1, 600)).hasMessage(
        "--latency-seconds must leave room for at least two corrections of --live-interval-ms 600");
    assertThatThrownBy(() -> live(60, 0)).hasMessage("--live-interval-ms must be at least 1, not 0");
    assertThat(live(1, 500).liveInterval()).isEqualTo(Duration.ofMillis(500));
  }

  private static BenchmarkOptions options(int enterprises, int partitions, int latencySeconds) {
    return options(BenchmarkOptions.Mode.MONTH, enterprises, partitions, latencySeconds, 500);
  }

  private static BenchmarkOptions live(int latencySeconds, long intervalMs) {
    return options(BenchmarkOptions.Mode.LIVE, 1000, 2, latencySeconds, intervalMs);
  }

  private static BenchmarkOptions options(BenchmarkOptions.Mode mode, int enterprises, int partitions,
      int latencySeconds, long intervalMs) {
    return new BenchmarkOptions(mode, enterprises, 10, 5, 1, YearMonth.of(2026, 9), Optional.empty(),
        Optional.empty(), partitions, 1, 512, 64, List.of(), Duration.ofSeconds(latencySeconds),
        Duration.ofMillis(intervalMs), Path.of("bench"));
  }
}
