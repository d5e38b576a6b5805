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
    assertThatThrownBy(() -> BenchmarkOptions.mode("storm"))
        .hasMessage("--mode must be month, replay or corrections, not 'storm'");
  }

  @Test
  void refusesARunThatCouldNotMeasureAnythingNamingTheOption() {
    assertThatThrownBy(() -> options(0, 2, 1)).hasMessage("--enterprises must be at least 1, not 0");
    assertThatThrownBy(() -> options(1000, 0, 1)).hasMessage("--partitions must be at least 1, not 0");
    assertThatThrownBy(() -> options(1000, 2, 0)).hasMessage("--latency-seconds must be at least 1, not 0");
    assertThat(options(1000, 2, 1).enterprises()).isEqualTo(1000);
  }

  private static BenchmarkOptions options(int enterprises, int partitions, int latencySeconds) {
    return new BenchmarkOptions(BenchmarkOptions.Mode.MONTH, enterprises, 10, 5, 1, YearMonth.of(2026, 9),
        Optional.empty(), Optional.empty(), partitions, 1, 512, 64, List.of(), Duration.ofSeconds(latencySeconds),
        Path.of("bench"));
  }
}
