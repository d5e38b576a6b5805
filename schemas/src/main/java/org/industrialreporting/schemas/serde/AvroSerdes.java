package org.industrialreporting.schemas.serde;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.industrialreporting.schemas.registry.CachedSchemaRegistryClient;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.registry.SchemaRegistryClient;

/**
 * Makes Avro serdes in Confluent's wire format that share one registry client and its cache: for plain producers
 * and consumers ({@code serializer()}/{@code deserializer()} of a serde) and for Kafka Streams.
 */
public final class AvroSerdes {

  private final CachedSchemaRegistryClient registry;
  private final SerdeSettings settings;

  public AvroSerdes(SchemaRegistryClient registry, SerdeSettings settings) {
    this.registry = registry instanceof CachedSchemaRegistryClient cached ? cached
        : new CachedSchemaRegistryClient(registry);
    this.settings = settings;
  }

  public AvroSerdes(SchemaRegistryClient registry) {
    this(registry, SerdeSettings.defaults());
  }

  /** Serdes that use the registry server the settings name, as the settings say. */
  public static AvroSerdes connect(RegistrySettings settings) {
    return new AvroSerdes(SchemaRegistryClient.connect(settings), settings.serdes());
  }

  /** A serde for record values of the generated class {@code type}. */
  public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
    return specific(type, false);
  }

  /** A serde for record keys of the generated class {@code type}. */
  public <T extends SpecificRecord> Serde<T> key(Class<T> type) {
    return specific(type, true);
  }

  /** A serde for values of any schema, read as GenericRecords with the writer's schema. */
  public Serde<GenericRecord> genericValue() {
    return Serdes.serdeFrom(new AvroSerializer<>(registry, settings, false), new AvroDeserializer<>(registry, null));
  }

  private <T extends SpecificRecord> Serde<T> specific(Class<T> type, boolean isKey) {
    return Serdes.serdeFrom(new AvroSerializer<>(registry, settings, isKey), new AvroDeserializer<>(registry, type));
  }

  /** The registry client the serdes use, with its cache. */
  public SchemaRegistryClient registry() {
    return registry;
  }
}
