package org.industrialreporting.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: one magic byte 0, the schema id as a 4-byte big-endian integer, then the Avro binary
 * encoding of the datum.
 */
final class WireFormat {

  static final byte MAGIC_BYTE = 0;
  static final int HEADER_SIZE = 5;

  private WireFormat() {
  }

  /** The schema id in the header of {@code data}, after checking it is in this format. */
  static int schemaId(String topic, byte[] data) {
    if (data.length < HEADER_SIZE) {
      throw new SerializationException("Record on topic " + topic + " is not in the Confluent Avro wire format: "
          + data.length + " bytes, shorter than the 5-byte header (magic byte 0 and schema id)");
    }
    if (data[0] != MAGIC_BYTE) {
      throw new SerializationException(String.format("Record on topic %s is not in the Confluent Avro wire format:"
          + " first byte is 0x%02x, expected the magic byte 0x00%s", topic, data[0], hint(data[0])));
    }
    return ByteBuffer.wrap(data, 1, 4).getInt();
  }

  private static String hint(byte first) {
    return switch (first) {
      case '{', '[' -> " (it looks like JSON text)";
      case '"' -> " (it looks like a quoted string)";
      default -> first >= '0' && first <= '9' ? " (it looks like plain text, e.g. CSV)" : "";
    };
  }

  static void writeHeader(ByteBuffer buffer, int schemaId) {
    buffer.put(MAGIC_BYTE).putInt(schemaId);
  }
}
