package org.industrialreporting.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.industrialreporting.schemas.registry.CachedSchemaRegistryClient;
import org.industrialreporting.schemas.registry.SchemaRegistryClient;
import org.industrialreporting.schemas.registry.SchemaRegistryException;

/**
 * Reads Confluent wire-format Avro. The writer schema comes from the registry by the id in the record's header
 * and is resolved against the reader schema: the generated class's own schema for SpecificRecords (so a consumer
 * with a newer schema reads older records and vice versa, within the compatibility rules), or the writer schema
 * itself for GenericRecords. Anything not in this format fails with a {@link SerializationException} naming the
 * topic and what is wrong; Kafka's consumer and Streams add the partition and offset.
 *
 * <p>Made by {@link AvroSerdes} for one generated class (or GenericRecords), or, for a Kafka client configured by
 * properties, with the no-argument constructor and {@link #configure}: then {@code specific.avro.reader=true} reads
 * into the generated class named by each writer schema, as Confluent's deserializer does.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {

  /** What records are read into. */
  private enum Target { ONE_CLASS, CLASS_OF_WRITER, GENERIC }

  // Set once, by the constructor or by configure(), before the first record.
  private CachedSchemaRegistryClient registry;
  private Target target;
  private Class<?> type; // for ONE_CLASS
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

  /** A deserializer into the generated class {@code type}, or into GenericRecords when {@code type} is null. */
  AvroDeserializer(CachedSchemaRegistryClient registry, Class<T> type) {
    this.registry = registry;
    this.type = type;
    this.target = type == null ? Target.GENERIC : Target.ONE_CLASS;
  }

  /** For Kafka clients that instantiate deserializers by class name; {@link #configure} must follow. */
  public AvroDeserializer() {
  }

  /** Connects to the registry named by {@code schema.registry.url}, with Confluent's deserializer properties. */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = SchemaRegistryClient.connect(SerdeConfig.registrySettings(configs, isKey));
    this.target = SerdeConfig.specificReader(configs) ? Target.CLASS_OF_WRITER : Target.GENERIC;
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("AvroDeserializer was made with its no-argument constructor but not configured");
    }
    int id = WireFormat.schemaId(topic, data);
    DatumReader<T> reader = readers.computeIfAbsent(id, i -> readerFor(topic, i));
    try {
      return reader.read(null, DecoderFactory.get().binaryDecoder(
          data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Record on topic " + topic + " with schema id " + id
          + " is not valid Avro for that schema: " + e, e);
    }
  }

  private DatumReader<T> readerFor(String topic, int id) {
    Schema writer;
    try {
      writer = registry.schemaById(id);
    } catch (SchemaRegistryException e) {
      throw new SerializationException("Record on topic " + topic + " refers to schema id " + id
          + ", which the registry cannot give: " + e.getMessage(), e);
    }
    Class<?> readInto = switch (target) {
      case GENERIC -> null;
      case ONE_CLASS -> type;
      case CLASS_OF_WRITER -> generatedClassOf(topic, id, writer);
    };
    if (readInto == null) {
      return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
    SpecificData model = SpecificData.getForClass(readInto);
    return new SpecificDatumReader<>(writer, model.getSchema(readInto), model);
  }

  private static Class<?> generatedClassOf(String topic, int id, Schema writer) {
    Class<?> generated = SpecificData.get().getClass(writer);
    if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
      throw new SerializationException("Record on topic " + topic + " with schema id " + id + " is a "
          + writer.getFullName() + ", which has no generated class on the classpath; set "
          + SerdeConfig.SPECIFIC_AVRO_READER + "=false to read GenericRecords");
    }
    return generated;
  }
}
