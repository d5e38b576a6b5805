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
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.industrialreporting.schemas.registry.CachedSchemaRegistryClient;
import org.industrialreporting.schemas.registry.SchemaRegistryException;

/**
 * Reads Confluent wire-format Avro. The writer schema comes from the registry by the id in the record's header
 * and is resolved against the reader schema: the generated class's own schema for SpecificRecords (so a consumer
 * with a newer schema reads older records and vice versa, within the compatibility rules), or the writer schema
 * itself for GenericRecords. Anything not in this format fails with a {@link SerializationException} naming the
 * topic and what is wrong; Kafka's consumer and Streams add the partition and offset.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {

  private final CachedSchemaRegistryClient registry;
  private final Schema readerSchema; // null: read as GenericRecord with the writer schema
  private final SpecificData model;
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

  /** A deserializer into the generated class {@code type}, or into GenericRecords when {@code type} is null. */
  AvroDeserializer(CachedSchemaRegistryClient registry, Class<T> type) {
    this.registry = registry;
    this.model = type == null ? null : SpecificData.getForClass(type);
    this.readerSchema = type == null ? null : model.getSchema(type);
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
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
    if (readerSchema == null) {
      return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
    return new SpecificDatumReader<>(writer, readerSchema, model);
  }
}
