package org.industrialreporting.streams.rollup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Encoding of {@link ScopeUpdate}s on the internal topic between the two stages: a kind byte, then for a cell
 * change the period as {@code year*12+month-1} (4 bytes) and the {@link CellVectorSerde} bytes; for a target
 * change the year (4 bytes), a presence byte and the target (8 bytes), and the indicator name in UTF-8.
 */
final class ScopeUpdateSerde implements Serde<ScopeUpdate>, Serializer<ScopeUpdate>, Deserializer<ScopeUpdate> {

  private static final byte CELL = 'C';
  private static final byte TARGET = 'T';
  private final CellVectorSerde cells = new CellVectorSerde();

  @Override
  public byte[] serialize(String topic, ScopeUpdate update) {
    if (update instanceof ScopeUpdate.CellChange c) {
      byte[] vector = cells.serialize(topic, c.change());
      return ByteBuffer.allocate(5 + vector.length).put(CELL)
          .putInt(c.period().getYear() * 12 + c.period().getMonthValue() - 1).put(vector).array();
    }
    if (update instanceof ScopeUpdate.TargetChange t) {
      byte[] indicator = t.indicator().getBytes(StandardCharsets.UTF_8);
      return ByteBuffer.allocate(14 + indicator.length).put(TARGET).putInt(t.year())
          .put((byte) (t.target() == null ? 0 : 1)).putLong(t.target() == null ? 0 : t.target()).put(indicator).array();
    }
    return null;
  }

  @Override
  public ScopeUpdate deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    byte kind = buffer.get();
    if (kind == CELL) {
      int months = buffer.getInt();
      YearMonth period = YearMonth.of(months / 12, months % 12 + 1);
      return new ScopeUpdate.CellChange(period, cells.deserialize(topic, Arrays.copyOfRange(data, 5, data.length)));
    }
    if (kind == TARGET) {
      int year = buffer.getInt();
      boolean present = buffer.get() == 1;
      long target = buffer.getLong();
      String indicator = new String(data, 14, data.length - 14, StandardCharsets.UTF_8);
      return new ScopeUpdate.TargetChange(year, indicator, present ? target : null);
    }
    throw new SerializationException("Not a scope update on " + topic + ": kind byte " + kind);
  }

  @Override
  public Serializer<ScopeUpdate> serializer() {
    return this;
  }

  @Override
  public Deserializer<ScopeUpdate> deserializer() {
    return this;
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {
  }

  @Override
  public void close() {
  }
}
