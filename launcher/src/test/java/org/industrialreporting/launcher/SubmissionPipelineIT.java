package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.launcher.SmallWorld.IN_TOWN;
import static org.industrialreporting.launcher.SmallWorld.IN_ZONE;
import static org.industrialreporting.launcher.SmallWorld.OUTSIDE;
import static org.industrialreporting.launcher.SmallWorld.REPORT_HEADER;
import static org.industrialreporting.launcher.SmallWorld.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.TopicCatalog;
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
 * Issue 5 end to end on the real broker: the real rollup application with exactly-once, the registries loaded
 * and a report file submitted with the command line, and the rollups read back (read_committed) with exact
 * figures; then a correction file changes them.
 */
@ExtendWith(SharedKafka.class)
class SubmissionPipelineIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir
  Path dir;

  @Test
  void submittedReportsAndTheirCorrectionsReachTheRollupsExactly(EmbeddedKafka kafka, TestInfo test) throws Exception {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test));
        StreamsRunner streams = startStreams(pipeline);
        LatestRollups rollups = new LatestRollups(pipeline)) {
      assertThat(pipeline.cli("register", "parks", SmallWorld.parks(dir).toString()).status()).isZero();
      assertThat(pipeline.cli("register", "enterprises", SmallWorld.enterprises(dir).toString()).status()).isZero();
      assertThat(pipeline.cli("register", "targets", SmallWorld.write(dir.resolve("targets.csv"),
          "scope_type,scope_id,year,indicator,target", "PARK,XZ-HTZ,2026,output_value,30000").toString()).status())
          .isZero();
      Path september = SmallWorld.write(dir.resolve("september.csv"), REPORT_HEADER,
          report(IN_TOWN, "2026-09", "1000"), report(IN_ZONE, "2026-09", "2000.5"),
          report(OUTSIDE, "2026-09", "300.25"));
      Path parkReports = SmallWorld.write(dir.resolve("park-reports.csv"), SmallWorld.PARK_REPORT_HEADER,
          "XZ-PV,2026-09,500,1200,10,1.5,0");

      Cli.Run submitted = pipeline.cli("submit", september.toString(), parkReports.toString());

      assertThat(submitted.status()).as(submitted.out() + submitted.err()).isZero();
      await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
        rollups.poll();
        assertMonth(rollups.get("330411|2026-09"), 3, 3_300_750L);
        assertMonth(rollups.get("XZ-HTZ|2026-09"), 2, 3_000_500L);
        assertMonth(rollups.get("XZ-PV|2026-09"), 1, 1_000_000L);
        // Each enterprise is in a town of its own, and in a division of its own: C38, C34, C17.
        assertMonth(rollups.get("330411|王店镇|2026-09"), 1, 1_000_000L);
        assertMonth(rollups.get("330411|嘉北街道|2026-09"), 1, 2_000_500L);
        assertMonth(rollups.get("330411|新塍镇|2026-09"), 1, 300_250L);
        assertMonth(rollups.get("330411|C38|2026-09"), 1, 1_000_000L);
        assertMonth(rollups.get("330411|C34|2026-09"), 1, 2_000_500L);
        assertMonth(rollups.get("330411|C17|2026-09"), 1, 300_250L);
        assertThat(rollups.get("330411|C17|2026-09").getScopeName()).isEqualTo("纺织业");
        assertThat(rollups.get("330411|王店镇|2026-09").getTargets()).isEmpty();
        assertThat(rollups.get("XZ-HTZ|2026-09").getTargets()).singleElement().satisfies(t -> {
          assertThat(t.getTarget()).isEqualTo(30_000_000L);
          assertThat(t.getActualYtd()).isEqualTo(3_000_500L);
          assertThat(t.getCompletionBp()).isEqualTo(1000);
        });
        for (String key : List.of("330411|2026-09", "XZ-HTZ|2026-09", "XZ-PV|2026-09")) {
          var parks = rollups.get(key).getMonth().getParkReports();
          assertThat(parks).as(key + ": the park report counted").isNotNull(); // may be an update away yet
          assertThat(parks.getReportingParks()).as(key).isEqualTo(1);
          assertThat(parks.getTotals().getFiscalRevenueYuan()).as(key).isEqualTo(500_000L);
          assertThat(parks.getTotals().getActualFdiUsd()).as(key).isEqualTo(10_000L);
          assertThat(parks.getTotals().getLandSuppliedCentimu()).as(key).isEqualTo(150L);
        }
      });

      Cli.Run corrected = pipeline.cli("submit", SmallWorld.write(dir.resolve("correction.csv"), REPORT_HEADER,
          report(IN_TOWN, "2026-09", "1500")).toString());

      assertThat(corrected.status()).isZero();
      await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
        rollups.poll();
        assertMonth(rollups.get("330411|2026-09"), 3, 3_800_750L);
        assertMonth(rollups.get("XZ-HTZ|2026-09"), 2, 3_500_500L);
        assertMonth(rollups.get("XZ-PV|2026-09"), 1, 1_500_000L);
        assertMonth(rollups.get("330411|王店镇|2026-09"), 1, 1_500_000L);
        assertMonth(rollups.get("330411|C38|2026-09"), 1, 1_500_000L);
        assertThat(rollups.get("XZ-HTZ|2026-09").getTargets()).singleElement()
            .satisfies(t -> assertThat(t.getCompletionBp()).isEqualTo(1167));
      });
      assertThat(pipeline.records(pipeline.topics().rejectedReports())).as("nothing was rejected").isEmpty();
    }
  }

  @Test
  void aResetRebuildsTheStateFromTheReportsAndTheRollupsComeOutTheSame(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test));
        LatestRollups rollups = new LatestRollups(pipeline)) {
      assertThat(pipeline.cli("register", "parks", SmallWorld.parks(dir).toString()).status()).isZero();
      assertThat(pipeline.cli("register", "enterprises", SmallWorld.enterprises(dir).toString()).status()).isZero();
      String applicationId = pipeline.prefix() + "rollups";
      try (StreamsRunner streams = startStreams(pipeline)) {
        assertThat(pipeline.cli("submit", SmallWorld.write(dir.resolve("september.csv"), REPORT_HEADER,
            report(IN_TOWN, "2026-09", "1000"), report(IN_ZONE, "2026-09", "2000.5")).toString()).status()).isZero();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
          rollups.poll();
          assertMonth(rollups.get("330411|2026-09"), 2, 3_000_500L);
        });
      }
      int writtenBefore = rollups.records();

      Cli.Run reset = pipeline.cli("reset", "--application-id", applicationId, "--data-dir", dir.toString());

      assertThat(reset.status()).as(reset.out() + reset.err()).isZero();
      assertThat(dir.resolve("streams").resolve(applicationId)).doesNotExist();
      try (Admin admin = Admin.create(pipeline.kafka().admin("reset-check"))) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.listTopics().names().get())
            .as("internal topics deleted").noneMatch(topic -> topic.startsWith(applicationId + "-")
                && (topic.endsWith("-changelog") || topic.endsWith("-repartition"))));
      }
      try (StreamsRunner streams = startStreams(pipeline)) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
          rollups.poll();
          assertThat(rollups.records()).as("rollups written again").isGreaterThan(writtenBefore);
          assertMonth(rollups.get("330411|2026-09"), 2, 3_000_500L);
        });
        // The ledgers were rebuilt too: a correction changes the rollups by its difference only.
        assertThat(pipeline.cli("submit", SmallWorld.write(dir.resolve("correction.csv"), REPORT_HEADER,
            report(IN_TOWN, "2026-09", "1500")).toString()).status()).isZero();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
          rollups.poll();
          assertMonth(rollups.get("330411|2026-09"), 2, 3_500_500L);
        });
      }
    }
  }

  private static void assertMonth(Rollup rollup, int enterprises, long outputYuan) {
    assertThat(rollup).isNotNull();
    assertThat(rollup.getMonth().getReportingEnterprises()).isEqualTo(enterprises);
    assertThat(rollup.getMonth().getTotals().getOutputValueYuan()).isEqualTo(outputYuan);
    assertThat(rollup.getMonth().getTotals().getValueAddedYuan()).isEqualTo(enterprises * 100_000L);
    assertThat(rollup.getYtd().getTotals().getOutputValueYuan()).as("only September was reported")
        .isEqualTo(outputYuan);
  }

  private StreamsRunner startStreams(TestPipeline pipeline) throws InterruptedException {
    StreamsSettings settings = StreamsSettings.defaults(dir.resolve("streams"))
        .withApplicationId(pipeline.prefix() + "rollups");
    assertThat(settings.exactlyOnce()).isTrue();
    RollupTopology topology = new RollupTopology(pipeline.topics(), pipeline.serdes(),
        ReportRules.defaults(Clock.systemUTC()), settings);
    Properties props = topology.properties(pipeline.kafka());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    StreamsRunner runner = StreamsRunner.start(topology.build(props), props, failure::set);
    assertThat(runner.awaitRunning(PATIENCE)).as("streams running; failure: %s", failure.get()).isTrue();
    return runner;
  }

  /** The latest rollup per key of every rollup topic, as a dashboard keeps them (read_committed). */
  private static final class LatestRollups implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<Rollup> values;
    private final Map<String, Rollup> latest = new HashMap<>();
    private int records;

    LatestRollups(TestPipeline pipeline) {
      TopicCatalog topics = pipeline.topics();
      consumer = new KafkaConsumer<>(pipeline.kafka().consumer(null), new StringDeserializer(),
          new ByteArrayDeserializer());
      List<TopicPartition> partitions = topics.allRollups().stream()
          .flatMap(t -> consumer.partitionsFor(t.name()).stream())
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      values = pipeline.serdes().value(Rollup.class).deserializer();
    }

    void poll() {
      consumer.poll(Duration.ofMillis(100)).forEach(r -> {
        records++;
        if (r.value() == null) {
          latest.remove(r.key());
        } else {
          latest.put(r.key(), values.deserialize(r.topic(), r.value()));
        }
      });
    }

    Rollup get(String key) {
      return latest.get(key);
    }

    /** Rollup records read so far, tombstones included. */
    int records() {
      return records;
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
