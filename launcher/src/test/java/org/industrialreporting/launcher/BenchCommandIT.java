package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bench} end to end on a small world and the shared broker: each mode runs the streams application in its
 * own JVM, checks its rollups against the batch recomputation and writes every figure the README's table quotes.
 * The figures themselves are not judged here; they are the benchmark's, measured at national scale.
 */
@ExtendWith(SharedKafka.class)
class BenchCommandIT {

  /** The keys the benchmark promises in its JSON, whatever the mode. */
  private static final List<String> KEYS = List.of("reports", "pipeline_seconds", "pipeline_reports_per_s",
      "raw_consume_reports_per_s", "ratio_to_ceiling", "latency_ms_p50", "latency_ms_p95", "latency_ms_p99",
      "peak_rss_mb", "state_dir_mb", "rollups_match_batch", "steady_reports_per_s", "streams_cpu_us_per_report",
      "peak_heap_mb", "startup_seconds");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"month", "replay", "corrections"})
  void measuresAndChecksTheRollups(String mode, EmbeddedKafka kafka) throws IOException {
    Path json = dir.resolve("bench.json");

    Cli.Run run = Cli.run(Map.of(), "bench", "--mode", mode, "--enterprises", "1000", "--districts", "12",
        "--parks", "10", "--partitions", "2", "--threads", "1", "--streams-heap-mb", "384", "--latency-seconds", "3",
        "--bootstrap-servers", kafka.bootstrapServers(), "--work-dir", dir.toString(), "--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("rollups_match_batch").contains("true");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.fieldNames()).toIterable().containsAll(KEYS);
    assertThat(figures.get("rollups_match_batch").asBoolean()).isTrue();
    assertThat(figures.get("mode").asText()).isEqualTo(mode);
    long monthOfReports = 1000;
    long expectedReports = switch (mode) {
      case "replay" -> 12 * monthOfReports;
      default -> 2 * monthOfReports;
    };
    assertThat(figures.get("reports").asLong()).isBetween(expectedReports * 9 / 10, expectedReports);
    assertThat(figures.get("latency_ms_p99").asDouble()).isPositive();
    assertThat(figures.get("peak_rss_mb").asDouble()).isPositive();
    if (mode.equals("corrections")) {
      assertThat(figures.get("corrections").asLong()).isBetween(monthOfReports / 20, monthOfReports / 5);
    }
  }

  @Test
  void measuresLiveCorrectionsFromTheIntakeToTheDashboardApi() throws IOException {
    Path json = dir.resolve("live.json");

    Cli.Run run = Cli.run(Map.of(), "bench", "--mode", "live", "--latency-seconds", "3", "--live-interval-ms", "250",
        "--work-dir", dir.toString(), "--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.get("live_answers_exact").asBoolean()).isTrue();
    // The first of the 12 corrections sets the baseline; every other one is answered and timed.
    assertThat(figures.get("live_corrections").asLong()).isEqualTo(11);
    assertThat(figures.get("live_unanswered").asLong()).isZero();
    assertThat(figures.get("live_ms_p50").asLong()).isPositive();
    assertThat(figures.get("rollup_topic_ms_p99").asLong()).isPositive();
  }
}
