package org.industrialreporting.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A client for a {@link SchemaRegistry} in this process, with exactly the semantics of the registry server:
 * for tests (a fresh {@code new LocalSchemaRegistryClient(SchemaRegistry.inMemory())} per test) and tools.
 */
public final class LocalSchemaRegistryClient implements SchemaRegistryClient {

  private final SchemaRegistry registry;

  public LocalSchemaRegistryClient(SchemaRegistry registry) {
    this.registry = registry;
  }

  /** A client of its own, empty in-memory registry. */
  public static LocalSchemaRegistryClient inMemory() {
    return new LocalSchemaRegistryClient(SchemaRegistry.inMemory());
  }

  @Override
  public int register(String subject, Schema schema) {
    return registry.register(subject, schema.toString()).id();
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    return registry.lookup(subject, schema.toString(), false);
  }

  @Override
  public Schema schemaById(int id) {
    return registry.schemaById(id);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registry.version(subject, "latest", false);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return registry.version(subject, Integer.toString(version), false);
  }

  @Override
  public List<String> subjects() {
    return registry.subjects(false);
  }

  @Override
  public List<Integer> versions(String subject) {
    return registry.versions(subject, false);
  }

  @Override
  public SchemaRegistry.CompatibilityCheck testCompatibility(String subject, Schema schema) {
    return registry.testCompatibility(subject, "latest", schema.toString());
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    return subject == null ? registry.globalCompatibility()
        : registry.subjectCompatibility(subject).orElseGet(registry::globalCompatibility);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    registry.setCompatibility(subject, level);
  }
}
