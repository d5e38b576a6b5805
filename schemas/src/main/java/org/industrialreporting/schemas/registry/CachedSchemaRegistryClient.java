package org.industrialreporting.schemas.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Remembers what never changes in a registry: the id of a (subject, schema) once registered or looked up, and the
 * schema of an id. Serdes ask through this, so a registry call happens once per schema, not once per record.
 * Everything else passes through.
 */
public final class CachedSchemaRegistryClient implements SchemaRegistryClient {

  private record SubjectSchema(String subject, Schema schema) {
  }

  private final SchemaRegistryClient delegate;
  private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

  public CachedSchemaRegistryClient(SchemaRegistryClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public int register(String subject, Schema schema) {
    return ids.computeIfAbsent(new SubjectSchema(subject, schema), k -> delegate.register(subject, schema));
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    RegisteredSchema found = delegate.lookup(subject, schema);
    ids.putIfAbsent(new SubjectSchema(subject, schema), found.id());
    return found;
  }

  /** The id of a schema already registered under the subject, from the cache when known. */
  public int idOf(String subject, Schema schema) {
    return ids.computeIfAbsent(new SubjectSchema(subject, schema), k -> delegate.lookup(subject, schema).id());
  }

  @Override
  public Schema schemaById(int id) {
    return schemas.computeIfAbsent(id, delegate::schemaById);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return delegate.latest(subject);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return delegate.version(subject, version);
  }

  @Override
  public List<String> subjects() {
    return delegate.subjects();
  }

  @Override
  public List<Integer> versions(String subject) {
    return delegate.versions(subject);
  }

  @Override
  public SchemaRegistry.CompatibilityCheck testCompatibility(String subject, Schema schema) {
    return delegate.testCompatibility(subject, schema);
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    return delegate.compatibility(subject);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    delegate.setCompatibility(subject, level);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
