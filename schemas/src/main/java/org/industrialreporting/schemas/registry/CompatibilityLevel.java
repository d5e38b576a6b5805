package org.industrialreporting.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Compatibility levels of the Confluent Schema Registry, checked with Avro's own rules
 * ({@link SchemaCompatibility}). BACKWARD: consumers using the new schema read data written with the old.
 * FORWARD: consumers using the old schema read data written with the new. FULL: both. The transitive levels
 * check against every earlier version, the others against the latest only.
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  /** The registry's default, as in Confluent's. */
  public static final CompatibilityLevel DEFAULT = BACKWARD;

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  public boolean transitive() {
    return transitive;
  }

  /**
   * Why {@code candidate} may not follow {@code existing} (oldest first) under this level; empty when it may.
   * Non-transitive levels look at the last existing schema only.
   */
  public List<String> incompatibilities(Schema candidate, List<Schema> existing) {
    List<String> messages = new ArrayList<>();
    if (this == NONE || existing.isEmpty()) {
      return messages;
    }
    List<Schema> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
    for (Schema previous : against) {
      if (backward) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, previous), "new schema cannot read data"
            + " written with an earlier one", messages);
      }
      if (forward) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(previous, candidate), "an earlier schema cannot read"
            + " data written with the new one", messages);
      }
    }
    return messages;
  }

  private static void describe(SchemaPairCompatibility result, String direction, List<String> messages) {
    if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    result.getResult().getIncompatibilities().forEach(i -> messages.add(String.format(
        "%s: %s at '%s' (%s)", direction, i.getType(), i.getLocation(), i.getMessage())));
  }

  /** Parses a level name as sent in {@code PUT /config}; 42203 when it is not one. */
  public static CompatibilityLevel parse(String name) {
    if (name != null) {
      for (CompatibilityLevel level : values()) {
        if (level.name().equalsIgnoreCase(name.trim())) {
          return level;
        }
      }
    }
    throw new SchemaRegistryException(422, SchemaRegistryException.ErrorCodes.INVALID_COMPATIBILITY_LEVEL,
        "Invalid compatibility level '" + name + "'; one of " + java.util.Arrays.toString(values()) + " expected.");
  }
}
