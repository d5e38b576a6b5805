package org.industrialreporting.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * What serializers, deserializers and tools ask of a Confluent-protocol Schema Registry. Failures are
 * {@link SchemaRegistryException}s carrying the registry's HTTP status and error code.
 *
 * <p>Implementations: {@link LocalSchemaRegistryClient} over an in-process {@link SchemaRegistry}, the REST client
 * for a registry server, and {@link CachedSchemaRegistryClient}, which the serdes put in front of either so
 * that the registry is asked once per schema, not once per record.
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** A client of the registry server the settings name, with a cache in front. */
  static CachedSchemaRegistryClient connect(RegistrySettings settings) {
    return new CachedSchemaRegistryClient(new RestSchemaRegistryClient(settings));
  }

  /** Registers the schema under the subject (or finds it there) and returns its global id. */
  int register(String subject, Schema schema);

  /** The id and version of a schema already registered under the subject; 40401/40403 when it is not. */
  RegisteredSchema lookup(String subject, Schema schema);

  /** The schema with this global id; 40403 when there is none. */
  Schema schemaById(int id);

  /** The latest version of the subject. */
  RegisteredSchema latest(String subject);

  /** One version of the subject. */
  RegisteredSchema version(String subject, int version);

  /** All subjects with live versions. */
  List<String> subjects();

  /** The live version numbers of a subject, oldest first. */
  List<Integer> versions(String subject);

  /** Whether the schema could be registered under the subject now, with the reasons when it could not. */
  SchemaRegistry.CompatibilityCheck testCompatibility(String subject, Schema schema);

  /** The compatibility level that applies to the subject (its own, else the global one); null subject: global. */
  CompatibilityLevel compatibility(String subject);

  /** Sets the level of the subject; null subject: the global level. */
  void setCompatibility(String subject, CompatibilityLevel level);

  @Override
  default void close() {
  }
}
