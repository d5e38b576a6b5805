package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Checks that JSON carries an Avro record's every value under the schema's field names. */
final class AvroAssertions {

  private AvroAssertions() {
  }

  static void assertCarries(JsonNode json, SpecificRecord record, String path) {
    assertValue(json, record, record.getSchema(), path);
  }

  private static void assertValue(JsonNode json, Object value, Schema schema, String path) {
    assertThat(json).as(path + " is missing").isNotNull();
    if (value == null) {
      assertThat(json.isNull()).as(path + " should be null").isTrue();
      return;
    }
    switch (schema.getType()) {
      case RECORD -> {
        for (Schema.Field field : schema.getFields()) {
          assertValue(json.get(field.name()), ((SpecificRecord) value).get(field.pos()), field.schema(),
              path + "." + field.name());
        }
      }
      case UNION -> assertValue(json, value, schema.getTypes().get(SpecificData.get().resolveUnion(schema, value)), path);
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(json.size()).as(path + " entries").isEqualTo(map.size());
        map.forEach((k, v) -> assertValue(json.get(k.toString()), v, schema.getValueType(), path + "." + k));
      }
      case ARRAY -> {
        List<?> list = (List<?>) value;
        assertThat(json.size()).as(path + " items").isEqualTo(list.size());
        for (int i = 0; i < list.size(); i++) {
          assertValue(json.get(i), list.get(i), schema.getElementType(), path + "[" + i + "]");
        }
      }
      case INT, LONG -> {
        if (value instanceof Instant instant) {
          assertThat(json.asText()).as(path).isEqualTo(instant.toString());
        } else {
          assertThat(json.isIntegralNumber()).as(path + " is an integer").isTrue();
          assertThat(json.asLong()).as(path).isEqualTo(((Number) value).longValue());
        }
      }
      case DOUBLE -> assertThat(json.asDouble()).as(path).isEqualTo((Double) value);
      case BOOLEAN -> assertThat(json.asBoolean()).as(path).isEqualTo(value);
      default -> assertThat(json.asText()).as(path).isEqualTo(value.toString());
    }
  }
}
