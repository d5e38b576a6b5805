package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.launcher.SmallWorld.IN_TOWN;
import static org.industrialreporting.launcher.SmallWorld.IN_ZONE;
import static org.industrialreporting.launcher.SmallWorld.OUTSIDE;
import static org.industrialreporting.launcher.SmallWorld.REPORT_HEADER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsRunner;
import org.industrialreporting.streams.StreamsSettings;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mu-evaluation} on the real broker, the real streams application and its ledger changelog: the reference
 * enterprise P reports tax 1,000 thousand yuan, value added 4,000, revenue 20,000, 2,000 tce, 100 employees and R&D
 * 400 a month on 100 mu in 2025 and 2026; X twice the tax, staff and R&D on half the energy; L the reference's
 * figures, with its 100 mu registered only in March, after its January and February reports were counted.
 */
@ExtendWith(SharedKafka.class)
class MuEvaluationCommandIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String P = IN_ZONE;
  private static final String X = IN_TOWN;
  private static final String L = OUTSIDE;
  private static final String ENTERPRISE_HEADER = "credit_code,name,district_code,park_id,town,industry_code,tags,"
      + "above_scale,key_energy_user,land_area_mu,energy_budget_tce";

  @TempDir
  Path dir;

  @Test
  void printsTheDistrictsEvaluationAsATableAndAsCsv(EmbeddedKafka kafka, TestInfo test) throws Exception {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test));
        StreamsRunner streams = startStreams(pipeline)) {
      register(pipeline, "enterprises-1.csv", P + ",参照甲,330411,,,C3825,,Y,N,100,",
          X + ",高效乙,330411,,,C3825,,Y,N,100,", L + ",三月登记丙,330411,,,C3825,,Y,N,,");
      submit(pipeline, "first.csv",
          reference(P, "2025-01"), reference(P, "2025-02"), reference(P, "2025-03"),
          reference(P, "2026-01"), reference(P, "2026-02"), reference(P, "2026-03"),
          efficient(X, "2026-01"), efficient(X, "2026-02"), efficient(X, "2026-03"),
          reference(L, "2026-01"), reference(L, "2026-02"));
      // L's February was counted without land: only P's and X's 100 mu each.
      assertThat(awaitReporting(pipeline, "330411|2026-02", 3)).isEqualTo(20_000);
      register(pipeline, "enterprises-2.csv", L + ",三月登记丙,330411,,,C3825,,Y,N,100,");
      submit(pipeline, "march.csv", reference(L, "2026-03"));
      assertThat(awaitReporting(pipeline, "330411|2026-03", 3)).isEqualTo(30_000);

      Cli.Run table = pipeline.cli("mu-evaluation", "--district", "330411", "--year", "2026",
          "--streams-application-id", pipeline.prefix() + "rollups", "--data-dir", dir.toString());

      assertThat(table.status()).as(table.err()).isZero();
      assertThat(table.out()).contains("亩均 evaluation of 秀洲区, 2026-01 to 2026-03",
          "tax_per_mu                 benchmark        12.00 万元/亩       (PREVIOUS_YEAR), weight 33.33");
      // Ratios 2, 1, 2, 0.5, 2: (60 + 20 + 40 + 5 + 20) × 100 / 90; P and L at the benchmarks score 100.
      assertThat(table.out().lines().filter(line -> line.matches(" +[0-9]+ [A-D] .*")).toList()).satisfiesExactly(
          line -> assertThat(line).startsWith("   1 A     " + X + "  161.11        24.00"),
          line -> assertThat(line).startsWith("   2 B     " + P + "  100.00        12.00"),
          // Its land, registered in March, counts for the three months it reported.
          line -> assertThat(line).startsWith("   2 B     " + L + "  100.00        12.00"));

      Cli.Run csv = pipeline.cli("mu-evaluation", "--district", "330411", "--csv",
          "--streams-application-id", pipeline.prefix() + "rollups", "--data-dir", dir.toString());

      assertThat(csv.status()).as(csv.err()).isZero();
      assertThat(csv.out().lines().toList()).startsWith(
          "rank,class,credit_code,name,score,tax_per_mu,value_added_per_mu,value_added_per_tce,"
              + "value_added_per_employee,rd_share,reason,explanation",
          "1,A," + X + ",高效乙,161.11,240000.0000,480000.0000,4000.0000,240000.0000,0.0400,,");

      Path rules = SmallWorld.write(dir.resolve("rules.json"), "{\"weights\": {\"tax_per_mu\": 30, \"rd_share\": 0}}");
      Cli.Run withRules = pipeline.cli("mu-evaluation", "--district", "330411", "--csv", "--evaluation-rules",
          rules.toString(), "--streams-application-id", pipeline.prefix() + "rollups");
      // 30 + 20 + 20 + 10 scored of 90: X (60 + 20 + 40 + 5) × 90 / 80 = 140.625, half-even 140.62.
      assertThat(withRules.out().lines().skip(1).findFirst()).hasValueSatisfying(row ->
          assertThat(row).startsWith("1,A," + X + ",高效乙,140.62,"));

      Cli.Run unknown = pipeline.cli("mu-evaluation", "--district", "330411", "--year", "2024",
          "--streams-application-id", pipeline.prefix() + "rollups", "--data-dir", dir.toString());
      assertThat(unknown.status()).isEqualTo(1);
      assertThat(unknown.err()).contains("error: District 330411 has no rollups for 2024");
    }
  }

  private static String reference(String code, String period) {
    return String.join(",", code, period, "8000", "4000", "20000", "100", "1000", "2000", "10000", "100", "400", "0");
  }

  private static String efficient(String code, String period) {
    return String.join(",", code, period, "8000", "4000", "20000", "100", "2000", "1000", "10000", "200", "800", "0");
  }

  private void register(TestPipeline pipeline, String file, String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = ENTERPRISE_HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    Cli.Run run = pipeline.cli("register", "enterprises", SmallWorld.write(dir.resolve(file), lines).toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
  }

  private void submit(TestPipeline pipeline, String file, String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = REPORT_HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    Cli.Run run = pipeline.cli("submit", SmallWorld.write(dir.resolve(file), lines).toString());
    assertThat(run.status()).as(run.out() + run.err()).isZero();
  }

  /**
   * Waits until the district's rollup of the key counts that many reporting enterprises in its month, and returns
   * the land they were counted with, hundredths of a mu.
   */
  private static long awaitReporting(TestPipeline pipeline, String key, int enterprises) {
    var values = pipeline.serdes().value(Rollup.class).deserializer();
    AtomicReference<Rollup> latest = new AtomicReference<>();
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
      for (var record : pipeline.records(pipeline.topics().districtRollups())) {
        if (record.key().equals(key)) {
          latest.set(record.value() == null ? null : values.deserialize(record.topic(), record.value()));
        }
      }
      return latest.get() != null && latest.get().getMonth().getReportingEnterprises() == enterprises;
    });
    return latest.get().getMonth().getEfficiency().getLandAreaCentimu();
  }

  private StreamsRunner startStreams(TestPipeline pipeline) throws InterruptedException {
    StreamsSettings settings = StreamsSettings.defaults(dir.resolve("streams"))
        .withApplicationId(pipeline.prefix() + "rollups").withThreads(1);
    RollupTopology topology = new RollupTopology(pipeline.topics(), pipeline.serdes(),
        ReportRules.defaults(Clock.systemUTC()), settings);
    Properties props = topology.properties(pipeline.kafka());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    StreamsRunner runner = StreamsRunner.start(topology.build(props), props, failure::set);
    assertThat(runner.awaitRunning(PATIENCE)).as("streams running; failure: %s", failure.get()).isTrue();
    return runner;
  }
}
