package org.industrialreporting.dashboard;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.kafka.TopicSnapshot;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsRunner;
import org.industrialreporting.streams.StreamsSettings;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.TestInfo;

/**
 * The pipeline the dashboard reads, running on the shared broker under names of its own: the topics, the embedded
 * Schema Registry, the real rollup topology with the production settings, and the dashboard; with a producer that
 * writes records as any producer would. {@link #loadSmallWorld()} fills it with {@link SmallWorld}.
 */
final class Pipeline implements AutoCloseable {

  /** The clock the reports are validated against: after the world's last month. */
  static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(90);

  final TopicCatalog topics;
  final KafkaSettings kafka;
  final AvroSerdes serdes;
  final String applicationId;
  final ProcessMetrics metrics = ProcessMetrics.withJvmMetrics();
  /** The dashboard's tokens, with an admin token the test's HTTP client sends. */
  final TokenStore tokens;
  final String adminToken;
  private final SchemaRegistryServer registry;
  private final KafkaProducer<String, byte[]> producer;
  private final RollupTopology topology;
  private final Properties streamsProps;
  private final Path stateDir;
  private StreamsRunner streams;
  private DashboardServer dashboard;
  private volatile Throwable failure;

  Pipeline(EmbeddedKafka broker, TestInfo test) {
    String prefix = TestNames.prefix(test);
    topics = new TopicCatalog(prefix, 3);
    kafka = KafkaSettings.of(broker.bootstrapServers());
    try (Admin admin = Admin.create(kafka.admin(prefix + "admin"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(topics.all());
    }
    registry = SchemaRegistryServer.start(SchemaRegistryServer.Settings.of(kafka, 0).withTopic("_schemas-" + prefix));
    serdes = AvroSerdes.connect(RegistrySettings.of(registry.url()));
    producer = new KafkaProducer<>(kafka.producer(prefix + "producer"), new StringSerializer(),
        new ByteArraySerializer());
    applicationId = prefix + StreamsSettings.DEFAULT_APPLICATION_ID;
    try {
      stateDir = Files.createTempDirectory("dashboard-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tokens = new TokenStore(stateDir.resolve("dashboard-tokens"));
    adminToken = tokens.issue(TokenScope.admin(), "test", Clock.systemUTC()).token();
    StreamsSettings settings = StreamsSettings.defaults(stateDir).withApplicationId(applicationId).withThreads(1);
    topology = new RollupTopology(topics, serdes, ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC)), settings);
    streamsProps = topology.properties(kafka);
  }

  /**
   * Registers the world's parks and enterprises, starts the streams application and the dashboard, waits until the
   * application knows every enterprise, then submits the reports, targets and park reports.
   */
  Pipeline loadSmallWorld() {
    // The tests decide what the alert topic holds: the pipeline's own detectors are switched off by rule.
    DefaultAlertRules.all().forEach(rule -> {
      AlertRule off = AlertRule.newBuilder(rule).setEnabled(false).build();
      send(topics.alertRules(), TopicKeys.alertRule(off), off);
    });
    SmallWorld.parks().forEach(park -> send(topics.parkRegistry(), TopicKeys.park(park), park));
    SmallWorld.enterprises().forEach(e -> send(topics.enterpriseRegistry(), TopicKeys.enterprise(e), e));
    streams = StreamsRunner.start(topology.build(streamsProps), streamsProps, e -> failure = e);
    dashboard = DashboardServer.start(kafka, topics, serdes, DashboardServer.Settings.of(0, tokens)
        .withStreamsApplicationId(applicationId), metrics, e -> failure = e);
    // Validation refuses reports of enterprises the application has not read yet.
    await().atMost(WAIT).ignoreExceptions().until(() -> registeredEnterprises() == SmallWorld.ENTERPRISES);
    SmallWorld.targets().forEach(target -> send(topics.targets(), TopicKeys.target(target), target));
    SmallWorld.parkReports().forEach(report -> send(topics.parkReports(), TopicKeys.parkReport(report), report));
    SmallWorld.reports().forEach(report -> send(topics.indicatorReports(), TopicKeys.report(report), report));
    return this;
  }

  private long registeredEnterprises() {
    ReadOnlyKeyValueStore<String, byte[]> store = streams.streams().store(StoreQueryParameters.fromNameAndType(
        RollupTopology.ENTERPRISES_STORE, QueryableStoreTypes.<String, byte[]>keyValueStore()));
    return SmallWorld.enterprises().stream().filter(e -> store.get(e.getCreditCode()) != null).count();
  }

  DashboardServer dashboard() {
    return dashboard;
  }

  KafkaStreams streams() {
    return streams.streams();
  }

  /** The dashboard's API with the admin token. */
  HttpJson http() {
    return new HttpJson(dashboard.url(), adminToken);
  }

  /** The first error of the streams application or the view, if any. */
  Throwable failure() {
    return failure;
  }

  /** Writes one record in the registry's wire format and waits for the acknowledgement. */
  <V extends SpecificRecord> void send(TopicSpec<String, V> topic, String key, V value) {
    sendRaw(topic, key, serdes.value(topic.valueType()).serializer().serialize(topic.name(), value));
  }

  void sendRaw(TopicSpec<String, ?> topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot write to " + topic.name(), e.getCause());
    }
  }

  /** The latest value per key of a rollup topic, read to its end as the dashboard reads it; tombstones remove. */
  Map<String, Rollup> latest(TopicSpec<String, Rollup> topic) {
    Map<String, Rollup> latest = new TreeMap<>();
    TopicSnapshot.read(kafka, topic.name(), serdes.value(Rollup.class).deserializer(), (key, rollup) -> {
      if (rollup == null) {
        latest.remove(key);
      } else {
        latest.put(key, rollup);
      }
    });
    return latest;
  }

  @Override
  public void close() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (streams != null) {
      streams.close();
    }
    producer.close();
    registry.close();
    metrics.close();
    try (Stream<Path> files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
