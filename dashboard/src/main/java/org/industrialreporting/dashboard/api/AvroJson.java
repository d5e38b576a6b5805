package org.industrialreporting.dashboard.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * An Avro record as plain JSON with the schema's own field names, so that the README's description of each field
 * applies as it stands: integers stay exact (their unit is in the field name), a union is its value or null, an
 * enum its symbol, a timestamp ISO-8601 UTC, and map entries are sorted by key.
 */
final class AvroJson {

  private AvroJson() {
  }

  static JsonObject of(SpecificRecord record) {
    return (JsonObject) value(record, record.getSchema());
  }

  private static Object value(Object value, Schema schema) {
    if (value == null) {
      return null;
    }
    return switch (schema.getType()) {
      case RECORD -> {
        SpecificRecord record = (SpecificRecord) value;
        JsonObject json = new JsonObject();
        for (Schema.Field field : schema.getFields()) {
          json.put(field.name(), value(record.get(field.pos()), field.schema()));
        }
        yield json;
      }
      case UNION -> value(value, schema.getTypes().get(SpecificData.get().resolveUnion(schema, value)));
      case MAP -> {
        Map<String, Object> json = new TreeMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> json.put(k.toString(), value(v, schema.getValueType())));
        yield json;
      }
      case ARRAY -> {
        List<Object> json = new ArrayList<>();
        ((Collection<?>) value).forEach(item -> json.add(value(item, schema.getElementType())));
        yield json;
      }
      case ENUM, STRING -> value.toString();
      default -> value instanceof Instant instant ? instant.toString() : value;
    };
  }
}
