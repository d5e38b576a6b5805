package org.industrialreporting.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.industrialreporting.registry.server.Http.schemaBody;
import static org.industrialreporting.registry.server.RegistryHttpApiTest.V1;
import static org.industrialreporting.registry.server.RegistryHttpApiTest.V2_OPTIONAL;
import static org.industrialreporting.registry.server.RegistryHttpApiTest.V2_REQUIRED;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.registry.conformance.MeterReading;
import org.industrialreporting.schemas.registry.CompatibilityLevel;
import org.industrialreporting.schemas.registry.RegisteredSchema;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.registry.RestSchemaRegistryClient;
import org.industrialreporting.schemas.registry.SchemaRegistryException;
import org.industrialreporting.schemas.serde.AvroDeserializer;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.schemas.serde.AvroSerializer;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded registry on a real broker: storage in the topic, restarts, store failures, clients and serdes. */
@ExtendWith(SharedKafka.class)
class SchemaRegistryServerIT {

  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).close();
    }
  }

  private SchemaRegistryServer start(SchemaRegistryServer.Settings settings) {
    SchemaRegistryServer server = SchemaRegistryServer.start(settings);
    started.add(server);
    return server;
  }

  private static SchemaRegistryServer.Settings settings(EmbeddedKafka kafka, TestInfo test) {
    return SchemaRegistryServer.Settings.of(KafkaSettings.of(kafka.bootstrapServers()), 0)
        .withTopic("_schemas-" + TestNames.prefix(test));
  }

  @Test
  void idsSubjectsAndConfigSurviveARestart(EmbeddedKafka kafka, TestInfo test) {
    SchemaRegistryServer.Settings settings = settings(kafka, test);
    try (SchemaRegistryServer first = SchemaRegistryServer.start(settings)) {
      Http http = new Http(first.url());
      http.post("/subjects/a-value/versions", schemaBody(V1));
      http.post("/subjects/a-value/versions", schemaBody(V2_OPTIONAL));
      http.post("/subjects/b-value/versions", schemaBody(V2_REQUIRED));
      http.put("/config/b-value", "{\"compatibility\":\"NONE\"}");
      http.put("/config", "{\"compatibility\":\"FULL\"}");
      http.delete("/subjects/a-value/versions/1");
    }

    Http restarted = new Http(start(settings).url());

    assertThat(restarted.get("/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
    assertThat(restarted.get("/subjects/a-value/versions").body()).as("the soft delete too").isEqualTo("[2]");
    assertThat(restarted.post("/subjects/a-value", schemaBody(V2_OPTIONAL)).json().path("id").asInt()).isEqualTo(2);
    assertThat(restarted.post("/subjects/b-value", schemaBody(V2_REQUIRED)).json().path("id").asInt()).isEqualTo(3);
    assertThat(restarted.get("/schemas/ids/1").status()).isEqualTo(200);
    assertThat(restarted.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(restarted.get("/config/b-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    String v3 = V2_OPTIONAL.replace("energy", "water");
    assertThat(restarted.post("/subjects/b-value/versions", schemaBody(v3)).body())
        .as("new ids continue after the highest").isEqualTo("{\"id\":4}");
  }

  @Test
  void storesConfluentsRecordsInACompactedSinglePartitionTopic(EmbeddedKafka kafka, TestInfo test) throws Exception {
    SchemaRegistryServer.Settings settings = settings(kafka, test);
    Http http = new Http(start(settings).url());
    http.post("/subjects/s/versions", schemaBody(V1));
    http.put("/config/s", "{\"compatibility\":\"FULL\"}");
    http.delete("/subjects/s");
    http.delete("/subjects/s?permanent=true");

    try (Admin admin = Admin.create(settings.kafka().admin("check"))) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, settings.topic());
      assertThat(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
          .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
      assertThat(admin.describeTopics(List.of(settings.topic())).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(settings.topic()).partitions()).hasSize(1);
    }
    List<String> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.kafka().consumer(null),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(settings.topic(), 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (records.size() < 5 && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          records.add(text(r.key()) + " -> " + (r.value() == null ? "null" : text(r.value())));
        }
      }
    }
    String key = "{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}";
    String schema = "\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Report\\\",\\\"namespace\\\":\\\"t\\\","
        + "\\\"fields\\\":[{\\\"name\\\":\\\"code\\\",\\\"type\\\":\\\"string\\\"}]}\"";
    assertThat(records).containsExactly(
        key + " -> {\"subject\":\"s\",\"version\":1,\"id\":1," + schema + ",\"deleted\":false}",
        "{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0} -> {\"compatibilityLevel\":\"FULL\"}",
        key + " -> {\"subject\":\"s\",\"version\":1,\"id\":1," + schema + ",\"deleted\":true}",
        key + " -> null",
        "{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0} -> null");
  }

  @Test
  void aWriteTheTopicRefusesIs50001(EmbeddedKafka kafka, TestInfo test) throws Exception {
    SchemaRegistryServer.Settings settings = settings(kafka, test);
    Http http = new Http(start(settings).url());
    assertThat(http.post("/subjects/s/versions", schemaBody(V1)).status()).isEqualTo(200);
    try (Admin admin = Admin.create(settings.kafka().admin("saboteur"))) {
      ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, settings.topic());
      admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
              new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "64"), AlterConfigOp.OpType.SET))))
          .all().get(30, TimeUnit.SECONDS);
    }

    Http.Response failed = http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL));

    assertThat(failed.status()).as(failed.body()).isEqualTo(500);
    assertThat(failed.errorCode()).isEqualTo(50001);
    assertThat(failed.json().path("message").asText()).contains(settings.topic(), "RecordTooLarge");
    assertThat(http.get("/subjects/s/versions").body()).as("nothing changed, reads go on").isEqualTo("[1]");
  }

  @Test
  void theRestClientSpeaksToTheServer(EmbeddedKafka kafka, TestInfo test) {
    SchemaRegistryServer server = start(settings(kafka, test));
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistrySettings.of(server.url()));
    Schema v1 = new Schema.Parser().parse(V1);
    Schema v2 = new Schema.Parser().parse(V2_OPTIONAL);
    String subject = "reports value/2026"; // encoded in the path

    assertThat(client.testCompatibility(subject, v1).compatible()).isTrue();
    int id1 = client.register(subject, v1);
    int id2 = client.register(subject, v2);

    assertThat(client.register(subject, v1)).as("registering again").isEqualTo(id1);
    assertThat(client.lookup(subject, v1)).isEqualTo(new RegisteredSchema(subject, 1, id1, v1));
    assertThat(client.schemaById(id2)).isEqualTo(v2);
    assertThat(client.latest(subject)).isEqualTo(new RegisteredSchema(subject, 2, id2, v2));
    assertThat(client.version(subject, 1).schema()).isEqualTo(v1);
    assertThat(client.subjects()).containsExactly(subject);
    assertThat(client.versions(subject)).containsExactly(1, 2);
    assertThat(client.compatibility(null)).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(client.compatibility(subject)).as("the global level applies").isEqualTo(CompatibilityLevel.BACKWARD);
    client.setCompatibility(subject, CompatibilityLevel.FULL);
    assertThat(client.compatibility(subject)).isEqualTo(CompatibilityLevel.FULL);

    Schema required = new Schema.Parser().parse(V2_REQUIRED.replace("energy", "water"));
    assertThat(client.testCompatibility(subject, required).messages()).anyMatch(m -> m.contains("water"));
    assertThatThrownBy(() -> client.register(subject, required))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.url()).hasValueSatisfying(url -> assertThat(url).startsWith(server.url() + "/subjects/"));
        });
    assertThatThrownBy(() -> client.latest("missing"))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
  }

  @Test
  void serdesRoundTripOnABrokerThroughTheServer(EmbeddedKafka kafka, TestInfo test) throws Exception {
    SchemaRegistryServer server = start(settings(kafka, test));
    KafkaSettings cluster = KafkaSettings.of(kafka.bootstrapServers());
    String topic = TestNames.prefix(test) + "reports";
    try (Admin admin = Admin.create(cluster.admin("setup"))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    MeterReading reading = new MeterReading("91330411MA2B3C4D5E", 123_456L, 42L);

    // A plain producer configured by properties, the Confluent way.
    Map<String, Object> producerConfig = cluster.producer("serde-test");
    producerConfig.put("schema.registry.url", server.url());
    try (var producer = new KafkaProducer<String, MeterReading>(producerConfig, new StringSerializer(),
        configured(new AvroSerializer<>(), producerConfig))) {
      producer.send(new ProducerRecord<>(topic, reading.getCreditCode(), reading)).get(30, TimeUnit.SECONDS);
    }
    // A consumer with serdes made from settings (the launcher's path).
    AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(server.url()));
    Map<String, Object> consumerConfig = cluster.consumer(TestNames.prefix(test));
    consumerConfig.put("schema.registry.url", server.url());
    consumerConfig.put("specific.avro.reader", "true");
    AvroDeserializer<Object> byProperties = new AvroDeserializer<>();
    byProperties.configure(consumerConfig, false);
    try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
        serdes.value(MeterReading.class).deserializer())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, MeterReading>> records = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (records.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      assertThat(records).singleElement().satisfies(r -> {
        assertThat(r.value()).isEqualTo(reading);
        assertThat(byProperties.deserialize(topic, serdes.value(MeterReading.class).serializer()
            .serialize(topic, reading))).isEqualTo(reading);
      });
    }
    assertThat(new Http(server.url()).get("/subjects").body()).isEqualTo("[\"" + topic + "-value\"]");
  }

  private static <S extends Serializer<?>> S configured(S serializer,
      Map<String, Object> configs) {
    serializer.configure(configs, false);
    return serializer;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
