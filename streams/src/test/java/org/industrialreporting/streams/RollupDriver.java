package org.industrialreporting.streams;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * The real rollup topology, with the real configuration, in a TopologyTestDriver with a fresh in-memory
 * registry. Reports go in as bytes in the wire format, as any producer would write them.
 */
final class RollupDriver implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
  /** Longer than the emission policy's quiet time: every pending rollup is written. */
  static final Duration QUIET = Duration.ofSeconds(1);

  final TopicCatalog topics = TopicCatalog.defaults();
  final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
  final TopologyTestDriver driver;
  final TestInputTopic<String, Enterprise> enterprises;
  final TestInputTopic<String, Park> parks;
  final TestInputTopic<String, Target> targets;
  final TestInputTopic<String, byte[]> rawReports;
  final TestInputTopic<String, byte[]> rawParkReports;
  final TestOutputTopic<String, Rollup> districtRollups;
  final TestOutputTopic<String, Rollup> parkRollups;
  final TestOutputTopic<String, Rollup> townRollups;
  final TestOutputTopic<String, Rollup> industryRollups;
  final TestOutputTopic<String, RejectedReport> rejected;
  final TestInputTopic<String, AlertRule> rules;
  final TestOutputTopic<String, AnomalyAlert> alerts;
  private long timestamp = NOW.toEpochMilli();

  RollupDriver(Path stateDir) {
    StreamsSettings settings = new StreamsSettings(StreamsSettings.DEFAULT_APPLICATION_ID, stateDir, 1, true,
        StreamsSettings.Pacing.defaults(), 16L * 1024 * 1024);
    RollupTopology topology = new RollupTopology(topics, serdes,
        ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC)), settings);
    Properties props = topology.properties(KafkaSettings.of("test:9092"));
    driver = new TopologyTestDriver(topology.build(props), props, NOW);
    var keys = Serdes.String();
    enterprises = driver.createInputTopic(topics.enterpriseRegistry().name(), keys.serializer(),
        serdes.value(Enterprise.class).serializer(), NOW, Duration.ofMillis(1));
    parks = driver.createInputTopic(topics.parkRegistry().name(), keys.serializer(),
        serdes.value(Park.class).serializer(), NOW, Duration.ofMillis(1));
    targets = driver.createInputTopic(topics.targets().name(), keys.serializer(),
        serdes.value(Target.class).serializer(), NOW, Duration.ofMillis(1));
    rawReports = driver.createInputTopic(topics.indicatorReports().name(), keys.serializer(),
        Serdes.ByteArray().serializer(), NOW, Duration.ofMillis(1));
    rawParkReports = driver.createInputTopic(topics.parkReports().name(), keys.serializer(),
        Serdes.ByteArray().serializer(), NOW, Duration.ofMillis(1));
    districtRollups = driver.createOutputTopic(topics.districtRollups().name(), keys.deserializer(),
        serdes.value(Rollup.class).deserializer());
    parkRollups = driver.createOutputTopic(topics.parkRollups().name(), keys.deserializer(),
        serdes.value(Rollup.class).deserializer());
    townRollups = driver.createOutputTopic(topics.townRollups().name(), keys.deserializer(),
        serdes.value(Rollup.class).deserializer());
    industryRollups = driver.createOutputTopic(topics.industryRollups().name(), keys.deserializer(),
        serdes.value(Rollup.class).deserializer());
    rejected = driver.createOutputTopic(topics.rejectedReports().name(), keys.deserializer(),
        serdes.value(RejectedReport.class).deserializer());
    rules = driver.createInputTopic(topics.alertRules().name(), keys.serializer(),
        serdes.value(AlertRule.class).serializer(), NOW, Duration.ofMillis(1));
    alerts = driver.createOutputTopic(topics.anomalyAlerts().name(), keys.deserializer(),
        serdes.value(AnomalyAlert.class).deserializer());
  }

  RollupDriver register(Park... list) {
    for (Park park : list) {
      parks.pipeInput(TopicKeys.park(park), park, next());
    }
    return this;
  }

  RollupDriver register(Enterprise... list) {
    for (Enterprise enterprise : list) {
      enterprises.pipeInput(TopicKeys.enterprise(enterprise), enterprise, next());
    }
    return this;
  }

  RollupDriver submit(MonthlyReport... reports) {
    for (MonthlyReport report : reports) {
      rawReports.pipeInput(TopicKeys.report(report),
          serdes.value(MonthlyReport.class).serializer().serialize(topics.indicatorReports().name(), report), next());
    }
    return this;
  }

  RollupDriver submit(ParkReport... reports) {
    for (ParkReport report : reports) {
      rawParkReports.pipeInput(TopicKeys.parkReport(report),
          serdes.value(ParkReport.class).serializer().serialize(topics.parkReports().name(), report), next());
    }
    return this;
  }

  RollupDriver set(AlertRule rule) {
    rules.pipeInput(TopicKeys.alertRule(rule), rule, next());
    return this;
  }

  /** Removes a rule: a tombstone on {@code alert-rules}. */
  RollupDriver deleteRule(String key) {
    rules.pipeInput(key, null, next());
    return this;
  }

  /** Timestamp of the latest record piped in. */
  Instant lastInputTime() {
    return Instant.ofEpochMilli(timestamp);
  }

  RollupDriver set(Target target) {
    targets.pipeInput(TopicKeys.target(target), target, next());
    return this;
  }

  /**
   * Lets the input go quiet, so that every changed rollup is written. (The driver commits after every input record,
   * which passes each record's cell changes on to the rollup stage at once.)
   */
  RollupDriver flush() {
    driver.advanceWallClockTime(QUIET);
    return this;
  }

  private final Map<String, Rollup> districtState = new java.util.TreeMap<>();
  private final Map<String, Rollup> parkState = new java.util.TreeMap<>();
  private final Map<String, Rollup> townState = new java.util.TreeMap<>();
  private final Map<String, Rollup> industryState = new java.util.TreeMap<>();

  /** The latest district rollups by key (tombstones remove them), after a flush. */
  Map<String, Rollup> latestDistricts() {
    flush();
    return latest(districtRollups, districtState);
  }

  /** The latest park rollups by key (tombstones remove them), after a flush. */
  Map<String, Rollup> latestParks() {
    flush();
    return latest(parkRollups, parkState);
  }

  /** The latest town rollups by key (tombstones remove them), after a flush. */
  Map<String, Rollup> latestTowns() {
    flush();
    return latest(townRollups, townState);
  }

  /** The latest industry rollups by key (tombstones remove them), after a flush. */
  Map<String, Rollup> latestIndustries() {
    flush();
    return latest(industryRollups, industryState);
  }

  private static Map<String, Rollup> latest(TestOutputTopic<String, Rollup> topic, Map<String, Rollup> state) {
    topic.readRecordsToList().forEach(r -> {
      if (r.value() == null) {
        state.remove(r.key());
      } else {
        state.put(r.key(), r.value());
      }
    });
    return state;
  }

  private Instant next() {
    return Instant.ofEpochMilli(++timestamp);
  }

  @Override
  public void close() {
    driver.close();
  }
}
