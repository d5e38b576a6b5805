package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSnapshot;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * One test class's pipeline on the shared broker: its own topics (prefixed, two partitions each), its own
 * embedded Schema Registry, and the environment that points the command line at both.
 */
public final class TestPipeline implements AutoCloseable {

  private final EmbeddedKafka kafka;
  private final String prefix;
  private final SchemaRegistryServer registry;
  private final AvroSerdes serdes;

  private TestPipeline(EmbeddedKafka kafka, String prefix, SchemaRegistryServer registry) {
    this.kafka = kafka;
    this.prefix = prefix;
    this.registry = registry;
    this.serdes = AvroSerdes.connect(RegistrySettings.of(registry.url()));
  }

  /** Creates the topics with the {@code topics} command and starts a registry. */
  public static TestPipeline start(EmbeddedKafka kafka, String prefix) {
    SchemaRegistryServer registry = SchemaRegistryServer.start(SchemaRegistryServer.Settings
        .of(KafkaSettings.of(kafka.bootstrapServers()), 0).withTopic(prefix + "schemas"));
    TestPipeline pipeline = new TestPipeline(kafka, prefix, registry);
    assertThat(pipeline.cli("topics").status()).isZero();
    return pipeline;
  }

  /** What the command line reads from the environment: cluster, registry, topic prefix, partitions. */
  public Map<String, String> env() {
    return Map.of("REPORTING_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
        "REPORTING_SCHEMA_REGISTRY_URL", registry.url(),
        "REPORTING_TOPIC_PREFIX", prefix,
        "REPORTING_PARTITIONS", "2");
  }

  public Cli.Run cli(String... args) {
    return Cli.run(env(), args);
  }

  public TopicCatalog topics() {
    return new TopicCatalog(prefix, 2);
  }

  public KafkaSettings kafka() {
    return KafkaSettings.of(kafka.bootstrapServers());
  }

  public AvroSerdes serdes() {
    return serdes;
  }

  public String prefix() {
    return prefix;
  }

  public List<ConsumerRecord<String, byte[]>> records(TopicSpec<String, ?> topic) {
    return TopicSnapshot.records(KafkaSettings.of(kafka.bootstrapServers()), topic.name());
  }

  /** Every value of the topic, decoded through the registry. */
  public <V extends SpecificRecord> List<V> values(TopicSpec<String, V> topic) {
    var deserializer = serdes.value(topic.valueType()).deserializer();
    return records(topic).stream().map(r -> deserializer.deserialize(r.topic(), r.value())).toList();
  }

  @Override
  public void close() {
    registry.close();
  }
}
