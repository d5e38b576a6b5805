package org.industrialreporting.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.industrialreporting.schemas.registry.CompatibilityLevel;
import org.industrialreporting.schemas.registry.RegistryEvent;
import org.industrialreporting.schemas.registry.RegistryEvent.CompatibilitySet;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersion;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersionPurged;
import org.junit.jupiter.api.Test;

class SchemasTopicFormatTest {

  private static final String SCHEMA = "{\"type\":\"string\"}";

  @Test
  void writesConfluentsKeysAndValues() {
    SchemasTopicFormat.Record version = SchemasTopicFormat.encode(new SchemaVersion("s", 2, 7, SCHEMA, false));
    assertThat(text(version.key())).isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":2,\"magic\":1}");
    assertThat(text(version.value()))
        .isEqualTo("{\"subject\":\"s\",\"version\":2,\"id\":7,\"schema\":\"{\\\"type\\\":\\\"string\\\"}\",\"deleted\":false}");

    SchemasTopicFormat.Record purged = SchemasTopicFormat.encode(new SchemaVersionPurged("s", 2));
    assertThat(purged.key()).as("a tombstone on the version's own key").isEqualTo(version.key());
    assertThat(purged.value()).isNull();

    SchemasTopicFormat.Record global = SchemasTopicFormat.encode(new CompatibilitySet(null, CompatibilityLevel.FULL));
    assertThat(text(global.key())).isEqualTo("{\"keytype\":\"CONFIG\",\"magic\":0}");
    assertThat(text(global.value())).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    SchemasTopicFormat.Record subjectLevelRemoved = SchemasTopicFormat.encode(new CompatibilitySet("s", null));
    assertThat(text(subjectLevelRemoved.key())).isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0}");
    assertThat(subjectLevelRemoved.value()).isNull();
  }

  @Test
  void readsBackWhatItWrites() {
    for (RegistryEvent event : List.of(new SchemaVersion("s", 1, 3, SCHEMA, true), new SchemaVersionPurged("s", 1),
        new CompatibilitySet(null, CompatibilityLevel.FORWARD_TRANSITIVE), new CompatibilitySet("s", null))) {
      SchemasTopicFormat.Record record = SchemasTopicFormat.encode(event);
      assertThat(SchemasTopicFormat.decode(record.key(), record.value())).contains(event);
    }
  }

  @Test
  void readsWhatConfluentsRegistryWritesAndSkipsWhatItDoesNotKeep() {
    // As written by Confluent's registry: the global config with a null subject, values with more fields.
    assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}"),
        bytes("{\"compatibilityLevel\":\"NONE\",\"alias\":null}")))
        .contains(new CompatibilitySet(null, CompatibilityLevel.NONE));
    assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}"),
        bytes("{\"subject\":\"s\",\"version\":1,\"id\":4,\"schemaType\":\"AVRO\",\"schema\":\"\\\"int\\\"\","
            + "\"deleted\":false,\"references\":[]}")))
        .contains(new SchemaVersion("s", 1, 4, "\"int\"", false));

    assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"NOOP\",\"magic\":0}"), null)).isEmpty();
    assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"MODE\",\"subject\":\"s\",\"magic\":0}"),
        bytes("{\"mode\":\"READONLY\"}"))).isEmpty();
    assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"p\",\"version\":1,\"magic\":1}"),
        bytes("{\"subject\":\"p\",\"version\":1,\"id\":5,\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax\"}")))
        .as("only Avro is kept").isEmpty();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
