package org.industrialreporting.producers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationDeterminismTest {

  private static final List<String> FILES = List.of("enterprises.csv", "parks.csv", "targets.csv", "park-reports.csv",
      "reports.csv", "labels.csv");

  private static void write(Simulation simulation, Path dir) throws IOException {
    SimulationWriter.write(simulation, dir, YearMonth.of(2025, 1), YearMonth.of(2026, 9), (period, written) -> { });
  }

  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second, @TempDir Path other)
      throws IOException {
    write(Simulation.demo(11), first);
    write(Simulation.demo(11), second);
    for (String file : FILES) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    write(Simulation.demo(12), other);
    assertThat(Files.readAllBytes(other.resolve("reports.csv")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("reports.csv")));
  }

  @Test
  void nationalRecordsAreAFunctionOfSeedAndIndexAlone() {
    Simulation simulation = Simulation.national(3, 5_000);
    YearMonth period = YearMonth.of(2026, 9);
    var sequential = simulation.reports(period).toList();
    var parallel = Simulation.national(3, 5_000).reports(period).parallel().toList();
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential).hasSize(5_000);
    assertThat(sequential.stream().map(r -> r.getCreditCode()).distinct()).hasSize(5_000);
  }
}
