package org.industrialreporting.streams.anomaly;

import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A district's or park's totals of one month as the swing detection keeps them (the month is in the store key):
 * output in yuan and energy in kgce, stored as two big-endian longs.
 */
record ScopeTotals(long outputYuan, long energyKgce) {

  static Serde<ScopeTotals> serde() {
    Serializer<ScopeTotals> serializer = (topic, totals) -> totals == null ? null
        : ByteBuffer.allocate(2 * Long.BYTES).putLong(totals.outputYuan()).putLong(totals.energyKgce()).array();
    Deserializer<ScopeTotals> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new ScopeTotals(buffer.getLong(), buffer.getLong());
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
