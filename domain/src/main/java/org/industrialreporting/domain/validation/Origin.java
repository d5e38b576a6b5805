package org.industrialreporting.domain.validation;

import java.util.Objects;
import org.industrialreporting.avro.RawFormat;

/**
 * Where an input came from, kept with it so that a refusal can name the place and carry the original bytes.
 *
 * @param source entry point: {@code submit}, {@code intake}, {@code register} or {@code streams}
 * @param location {@code FILE:LINE} for a file row, {@code topic-partition@offset} for a Kafka record, or the
 *     HTTP request id
 * @param lineNumber 1-based line in the file (1 is the header), or null when the input was no file
 * @param rawFormat how to read {@code raw}
 * @param raw the input byte for byte (a CSV row without its line ending, a JSON line, a record value); not copied
 * @param header the CSV header row the raw row belongs to, or null
 */
public record Origin(String source, String location, Long lineNumber, RawFormat rawFormat, byte[] raw, String header) {

  public Origin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(rawFormat, "rawFormat");
    Objects.requireNonNull(raw, "raw");
  }

  /** A row of a submitted file. */
  public static Origin fileRow(
      String source, String fileName, long lineNumber, RawFormat rawFormat, byte[] raw, String header) {
    return new Origin(source, fileName + ":" + lineNumber, lineNumber, rawFormat, raw, header);
  }

  /** A Kafka record value, e.g. one the streams application re-validates. */
  public static Origin kafkaRecord(String source, String topic, int partition, long offset, byte[] value) {
    return new Origin(source, topic + "-" + partition + "@" + offset, null, RawFormat.AVRO_WIRE, value, null);
  }

  /** The body of an HTTP request. */
  public static Origin request(String source, String requestId, RawFormat rawFormat, byte[] body) {
    return new Origin(source, requestId, null, rawFormat, body, null);
  }

  /** {@code source:location}, the text a MonthlyReport's {@code source} field carries, e.g. {@code submit:a.csv:12}. */
  public String describe() {
    return source + ":" + location;
  }
}
