package org.industrialreporting.registry.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.industrialreporting.schemas.registry.CompatibilityLevel;
import org.industrialreporting.schemas.registry.RegistryEvent;
import org.industrialreporting.schemas.registry.RegistryEvent.CompatibilitySet;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersion;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersionPurged;

/**
 * The records of the {@code _schemas} topic in Confluent Schema Registry's own format, so that Confluent's tools
 * (and a Confluent registry pointed at the topic) read what the embedded registry wrote, and the other way round.
 * Keys and values are JSON, the keys with a fixed field order because compaction compares their bytes:
 * <ul>
 *   <li>a schema version: key {@code {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}}, value
 *       {@code {"subject":"s","version":1,"id":1,"schema":"...","deleted":false}}; a permanent delete is a
 *       tombstone (null value) on that key;</li>
 *   <li>a compatibility level: key {@code {"keytype":"CONFIG","subject":"s","magic":0}} (no subject: the global
 *       level), value {@code {"compatibilityLevel":"FULL"}}; a removed level is a tombstone.</li>
 * </ul>
 * Other key types Confluent writes (NOOP, MODE, DELETE_SUBJECT, ...) carry nothing the embedded registry keeps
 * and are skipped, as are schemas of other types than Avro.
 */
final class SchemasTopicFormat {

  /** A record to write: JSON key and value, the value null for a tombstone. */
  record Record(byte[] key, byte[] value) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SCHEMA_KEY_MAGIC = 1;
  private static final int CONFIG_KEY_MAGIC = 0;

  private SchemasTopicFormat() {
  }

  static Record encode(RegistryEvent event) {
    if (event instanceof SchemaVersion v) {
      ObjectNode value = JSON.createObjectNode()
          .put("subject", v.subject()).put("version", v.version()).put("id", v.id())
          .put("schema", v.schema()).put("deleted", v.deleted());
      return new Record(schemaKey(v.subject(), v.version()), bytes(value));
    }
    if (event instanceof SchemaVersionPurged p) {
      return new Record(schemaKey(p.subject(), p.version()), null);
    }
    CompatibilitySet c = (CompatibilitySet) event;
    ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG");
    if (c.subject() != null) {
      key.put("subject", c.subject());
    }
    key.put("magic", CONFIG_KEY_MAGIC);
    byte[] value = c.level() == null ? null
        : bytes(JSON.createObjectNode().put("compatibilityLevel", c.level().name()));
    return new Record(bytes(key), value);
  }

  /**
   * The event a record of the topic stands for; empty for records that change nothing the embedded registry
   * keeps. A key that is not JSON is an IllegalArgumentException.
   */
  static Optional<RegistryEvent> decode(byte[] keyBytes, byte[] valueBytes) {
    JsonNode key = read(keyBytes, "key");
    String subject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
    switch (key.path("keytype").asText()) {
      case "SCHEMA" -> {
        int version = key.path("version").asInt();
        if (valueBytes == null) {
          return Optional.of(new SchemaVersionPurged(subject, version));
        }
        JsonNode value = read(valueBytes, "value");
        if (!"AVRO".equals(value.path("schemaType").asText("AVRO"))) {
          return Optional.empty();
        }
        return Optional.of(new SchemaVersion(value.path("subject").asText(subject), value.path("version").asInt(version),
            value.path("id").asInt(), value.path("schema").asText(), value.path("deleted").asBoolean(false)));
      }
      case "CONFIG" -> {
        if (valueBytes == null) {
          return Optional.of(new CompatibilitySet(subject, null));
        }
        JsonNode level = read(valueBytes, "value").path("compatibilityLevel");
        return level.isTextual() ? Optional.of(new CompatibilitySet(subject, CompatibilityLevel.parse(level.asText())))
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static byte[] schemaKey(String subject, int version) {
    return bytes(JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
        .put("magic", SCHEMA_KEY_MAGIC));
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + node, e);
    }
  }

  private static JsonNode read(byte[] bytes, String what) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("The " + what + " is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("The " + what + " is not JSON: " + e.getMessage(), e);
    }
  }
}
