package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code microbench} hands its arguments to JMH; the benchmarks themselves run from the README, not in tests. */
class MicrobenchCommandTest {

  @Test
  void listsTheBenchmarksOfEveryHotPath() {
    Cli.Run run = Cli.run(Map.of(), "microbench", "-l");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("AvroSerdeBenchmark.deserializeReport", "ValidationBenchmark.check",
        "LedgerBenchmark.acceptReport", "RollupBenchmark.rollup", "RollupBenchmark.readBatch",
        "AnomalyDetectionBenchmark.detect");
  }

  @Test
  void namesASelectionThatMatchesNothing() {
    Cli.Run run = Cli.run(Map.of(), "microbench", "NoSuchBenchmark");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("No benchmark matches [NoSuchBenchmark]");
  }

  @Test
  void rejectsArgumentsJmhCannotParse() {
    Cli.Run run = Cli.run(Map.of(), "microbench", "-f", "x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid JMH arguments [-f, x]");
  }
}
