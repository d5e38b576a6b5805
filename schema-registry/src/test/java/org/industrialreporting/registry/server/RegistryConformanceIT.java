package org.industrialreporting.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.registry.conformance.MeterReading;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded registry driven by an independent client: Confluent's official Node.js client
 * ({@code @confluentinc/schemaregistry}, pinned in {@code src/test/node/package-lock.json}). Records cross between
 * its Avro serdes and ours in both directions, before and after the schema evolves by an optional field, with old
 * writers read by new readers on both sides. Node runs as a subprocess; a missing or failing Node fails the test.
 */
@ExtendWith(SharedKafka.class)
class RegistryConformanceIT {

  private static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema V1 = new Schema.Parser().parse("""
      {"type":"record","name":"MeterReading","namespace":"org.industrialreporting.registry.conformance","fields":[
        {"name":"credit_code","type":"string"},{"name":"energy_kgce","type":"long"}]}""");
  // Version 2 is the generated MeterReading; a third version with a new required field breaks BACKWARD.
  private static final String V3_REQUIRED = """
      {"type":"record","name":"MeterReading","namespace":"org.industrialreporting.registry.conformance","fields":[
        {"name":"credit_code","type":"string"},{"name":"energy_kgce","type":"long"},
        {"name":"water_m3","type":["null","long"],"default":null},{"name":"steam_t","type":"long"}]}""";

  /** Installs the pinned client unless node_modules already matches the lock file. */
  @BeforeAll
  static void installNodeClient() throws Exception {
    Path installed = NODE_DIR.resolve("node_modules").resolve(".package-lock.json");
    Path lock = NODE_DIR.resolve("package-lock.json");
    if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) > 0) {
      return;
    }
    run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
  }

  @Test
  void nodeAndJavaSerdesReadEachOtherBeforeAndAfterTheSchemaEvolves(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    String prefix = TestNames.prefix(test);
    SchemaRegistryServer.Settings settings = SchemaRegistryServer.Settings.of(
        KafkaSettings.of(kafka.bootstrapServers()), 0).withTopic("_schemas-" + prefix);
    try (SchemaRegistryServer server = SchemaRegistryServer.start(settings)) {
      String url = server.url();
      String topic = prefix + "meter-readings";
      String subject = topic + "-value";
      AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(url));
      Serializer<GenericRecord> javaWriter = serdes.genericValue().serializer();
      Deserializer<GenericRecord> javaGenericReader = serdes.genericValue().deserializer();
      Deserializer<MeterReading> javaV2Reader = serdes.value(MeterReading.class).deserializer();

      // Version 1: Node registers it and writes; Node also auto-registers a schema it infers on another topic.
      JsonNode first = node(url,
          step("register").put("subject", subject).put("schema", V1.toString()),
          step("serialize").put("topic", topic).put("mode", "latest").set("record", reading("A", 100, null)),
          step("serialize").put("topic", topic + "-inferred").put("mode", "auto").set("record", reading("Z", 1, null)));
      int v1Id = first.get(0).path("id").asInt();
      byte[] nodeV1 = hex(first.get(1));
      assertThat(schemaIdOf(nodeV1)).isEqualTo(v1Id);
      assertThat(javaGenericReader.deserialize(topic, nodeV1).toString())
          .isEqualTo("{\"credit_code\": \"A\", \"energy_kgce\": 100}");
      assertThat(javaV2Reader.deserialize(topic, nodeV1)).as("new reader, old writer")
          .isEqualTo(new MeterReading("A", 100L, null));
      GenericRecord inferred = javaGenericReader.deserialize(topic + "-inferred", hex(first.get(2)));
      assertThat(inferred.get("credit_code").toString()).isEqualTo("Z");

      byte[] javaV1 = javaWriter.serialize(topic, v1Record("B", 200));
      assertThat(schemaIdOf(javaV1)).as("Java finds Node's registration").isEqualTo(v1Id);

      // Evolution: Java writes the generated class, which auto-registers version 2 (BACKWARD: an optional field).
      byte[] javaV2 = serdes.value(MeterReading.class).serializer().serialize(topic, new MeterReading("C", 300L, 7L));
      assertThat(new Http(url).get("/subjects/" + subject + "/versions").body()).isEqualTo("[1,2]");

      JsonNode second = node(url,
          step("deserialize").put("topic", topic).put("hex", hexOf(javaV1)).put("reader", "writer"),
          step("deserialize").put("topic", topic).put("hex", hexOf(javaV1)).put("reader", "latest"),
          step("deserialize").put("topic", topic).put("hex", hexOf(javaV2)).put("reader", "writer"),
          step("serialize").put("topic", topic).put("mode", "latest").set("record", reading("D", 400, 9L)),
          step("serialize").put("topic", topic).put("mode", "id").put("id", v1Id).set("record", reading("E", 500, null)),
          step("register").put("subject", subject).put("schema", V3_REQUIRED));
      assertThat(second.get(0).path("record").toString()).isEqualTo("{\"credit_code\":\"B\",\"energy_kgce\":200}");
      assertThat(second.get(1).path("record").toString()).as("Node: new reader, old writer")
          .isEqualTo("{\"credit_code\":\"B\",\"energy_kgce\":200,\"water_m3\":null}");
      assertThat(second.get(2).path("record").toString())
          .isEqualTo("{\"credit_code\":\"C\",\"energy_kgce\":300,\"water_m3\":7}");
      assertThat(javaV2Reader.deserialize(topic, hex(second.get(3)))).isEqualTo(new MeterReading("D", 400L, 9L));
      assertThat(javaGenericReader.deserialize(topic, hex(second.get(3))).get("water_m3")).isEqualTo(9L);
      byte[] nodeOldWriter = hex(second.get(4));
      assertThat(schemaIdOf(nodeOldWriter)).isEqualTo(v1Id);
      assertThat(javaV2Reader.deserialize(topic, nodeOldWriter)).as("new reader, old writer after the evolution")
          .isEqualTo(new MeterReading("E", 500L, null));
      assertThat(second.get(5).path("status").asInt()).as("a required field breaks BACKWARD").isEqualTo(409);
    }
  }

  private static ObjectNode step(String op) {
    return JSON.createObjectNode().put("op", op);
  }

  private static ObjectNode reading(String creditCode, long energy, Long water) {
    ObjectNode record = JSON.createObjectNode().put("credit_code", creditCode).put("energy_kgce", energy);
    return water == null ? record.putNull("water_m3") : record.put("water_m3", water);
  }

  private static GenericRecord v1Record(String creditCode, long energy) {
    GenericRecord record = new GenericData.Record(V1);
    record.put("credit_code", creditCode);
    record.put("energy_kgce", energy);
    return record;
  }

  private static int schemaIdOf(byte[] payload) {
    assertThat(payload[0]).as("magic byte").isZero();
    return java.nio.ByteBuffer.wrap(payload, 1, 4).getInt();
  }

  private static byte[] hex(JsonNode result) {
    return HexFormat.of().parseHex(result.path("hex").asText());
  }

  private static String hexOf(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** Runs the steps in one Node process and returns its results, one per step. */
  private static JsonNode node(String url, ObjectNode... steps) throws Exception {
    ArrayNode plan = JSON.createArrayNode().addAll(List.of(steps));
    Path stepsFile = Files.createTempFile("conformance-steps-", ".json");
    try {
      Files.writeString(stepsFile, plan.toString());
      JsonNode results = JSON.readTree(run(List.of("node", "conformance.mjs", url, stepsFile.toString()), 120));
      assertThat(results).as("one result per step").hasSize(steps.length);
      return results;
    } finally {
      Files.deleteIfExists(stepsFile);
    }
  }

  /** Runs a command in the Node directory; fails with its output when it fails or takes too long. */
  private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("conformance-stdout-", ".txt");
    Path stderr = Files.createTempFile("conformance-stderr-", ".txt");
    try {
      Process process;
      try {
        process = new ProcessBuilder(command).directory(NODE_DIR.toFile())
            .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      } catch (IOException e) {
        throw new AssertionError("Cannot run " + command.get(0)
            + " (Node.js and npm are needed; bin/test installs them): " + e.getMessage(), e);
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed with exit status " + process.exitValue()
            + ":\n" + Files.readString(stderr) + Files.readString(stdout));
      }
      return Files.readString(stdout);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
