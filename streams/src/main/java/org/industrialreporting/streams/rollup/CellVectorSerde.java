package org.industrialreporting.streams.rollup;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.ByteUtils;

/**
 * Compact encoding of {@link CellVector}s for the rollup stores and the internal topic between the two stages:
 * a format byte, the number of values, then each value as a zig-zag varint (most are small or zero). Internal to
 * the streams application; vectors written before fields were appended read back with zeros for them.
 */
final class CellVectorSerde implements Serde<CellVector>, Serializer<CellVector>, Deserializer<CellVector> {

  private static final byte FORMAT = 1;

  @Override
  public byte[] serialize(String topic, CellVector vector) {
    if (vector == null) {
      return null;
    }
    long[] values = vector.values();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + values.length * 2);
    bytes.write(FORMAT);
    ByteBuffer buffer = ByteBuffer.allocate(10 * (values.length + 1));
    ByteUtils.writeUnsignedVarint(values.length, buffer);
    for (long value : values) {
      ByteUtils.writeVarlong(value, buffer);
    }
    bytes.write(buffer.array(), 0, buffer.position());
    return bytes.toByteArray();
  }

  @Override
  public CellVector deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (data.length == 0 || data[0] != FORMAT) {
      throw new SerializationException("Not a rollup cell on " + topic + ": format byte "
          + (data.length == 0 ? "missing" : data[0]) + ", expected " + FORMAT);
    }
    ByteBuffer buffer = ByteBuffer.wrap(data, 1, data.length - 1);
    int count = ByteUtils.readUnsignedVarint(buffer);
    long[] values = new long[Math.max(count, CellVector.SIZE)];
    for (int i = 0; i < count; i++) {
      values[i] = ByteUtils.readVarlong(buffer);
    }
    return new CellVector(count > CellVector.SIZE ? java.util.Arrays.copyOf(values, CellVector.SIZE) : values);
  }

  @Override
  public Serializer<CellVector> serializer() {
    return this;
  }

  @Override
  public Deserializer<CellVector> deserializer() {
    return this;
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {
  }

  @Override
  public void close() {
  }
}
