package org.industrialreporting.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The serializer writes generated records with Avro's custom coders where a record has them: its bytes must be those
 * the generic writer gives for the same data, on records filled at random (every union branch, empty and full maps).
 */
class AvroSerializerBytesTest {

  private final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());

  @ParameterizedTest
  @ValueSource(classes = {Rollup.class, AnomalyAlert.class, Enterprise.class, MonthlyReport.class})
  <T extends SpecificRecord> void bytesAreThoseOfTheGenericWriter(Class<T> type) throws IOException {
    Schema schema = SpecificData.get().getSchema(type);
    Random random = new Random(type.getSimpleName().hashCode());
    for (int i = 0; i < 300; i++) {
      Object generic = randomDatum(schema, random, 0);
      byte[] expected = genericBytes(schema, generic);
      T record = new SpecificDatumReader<T>(schema, schema, SpecificData.getForClass(type))
          .read(null, DecoderFactory.get().binaryDecoder(expected, null));

      byte[] written = serdes.value(type).serializer().serialize("topic", record);

      assertThat(Arrays.copyOfRange(written, 5, written.length)).as("%s %d", type.getSimpleName(), i)
          .isEqualTo(expected);
    }
  }

  private static byte[] genericBytes(Schema schema, Object datum) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<>(schema, GenericData.get()).write(datum, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static Object randomDatum(Schema schema, Random random, int depth) {
    return switch (schema.getType()) {
      case RECORD -> {
        GenericData.Record record = new GenericData.Record(schema);
        schema.getFields().forEach(f -> record.put(f.pos(), randomDatum(f.schema(), random, depth + 1)));
        yield record;
      }
      case UNION -> randomDatum(schema.getTypes().get(random.nextInt(schema.getTypes().size())), random, depth);
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (int n = random.nextInt(depth > 3 ? 1 : 4); n > 0; n--) {
          items.add(randomDatum(schema.getElementType(), random, depth + 1));
        }
        yield items;
      }
      case MAP -> {
        Map<String, Object> entries = new HashMap<>();
        for (int n = random.nextInt(depth > 3 ? 1 : 4); n > 0; n--) {
          entries.put("k" + random.nextInt(1000), randomDatum(schema.getValueType(), random, depth + 1));
        }
        yield entries;
      }
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(
          random.nextInt(schema.getEnumSymbols().size())));
      case STRING -> "s" + random.nextInt(100_000) + (random.nextBoolean() ? "园区" : "");
      case LONG -> random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000);
      case INT -> random.nextBoolean() ? random.nextInt() : random.nextInt(100);
      case BOOLEAN -> random.nextBoolean();
      case DOUBLE -> random.nextDouble();
      case FLOAT -> random.nextFloat();
      case NULL -> null;
      default -> throw new IllegalArgumentException("no random " + schema.getType() + " in these schemas");
    };
  }
}
