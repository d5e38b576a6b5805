package org.industrialreporting.streams.validation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Rejections;
import org.industrialreporting.streams.Output;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dead letters of the streams application: refused input records with every reason and their original bytes. */
public final class DeadLetters {

  /** The entry point named on the dead letters of the streams application. */
  static final String ENTRY_POINT = "streams";

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {
  }

  /** Where a refused record came from: its topic, partition and offset, its bytes and its timestamp. */
  public record Source(String topic, int partition, long offset, byte[] raw, long timestamp) {

    public static Source of(RecordMetadata where, Record<?, byte[]> record) {
      return new Source(where.topic(), where.partition(), where.offset(),
          record.value() == null ? new byte[0] : record.value(), record.timestamp());
    }

    /**
     * The dead letter of the record.
     *
     * @param reporter credit code or park id, when known
     * @param period   the report's period, when known
     */
    public RejectedReport rejection(String reporter, String period, List<Reason> reasons) {
      return Rejections.of(Origin.kafkaRecord(ENTRY_POINT, topic, partition, offset, raw), reporter, period, reasons,
          Instant.ofEpochMilli(timestamp));
    }
  }

  /**
   * The report a record carries, or empty once the record is on the dead-letter topic: a tombstone (reports are
   * corrected, never deleted) or bytes that do not decode, with the reason.
   */
  public static <T> Optional<T> decode(ProcessorContext<String, Output> context, Record<String, byte[]> record,
      Source source, Deserializer<T> deserializer) {
    String problem;
    if (record.value() == null) {
      problem = "a report cannot be deleted by a tombstone (null value); send a correction instead";
    } else {
      try {
        return Optional.of(deserializer.deserialize(source.topic(), record.value()));
      } catch (SerializationException e) {
        problem = e.getMessage();
      }
    }
    send(context, record, source.rejection(record.key(), null,
        List.of(new Reason(null, ReasonCode.NOT_DESERIALIZABLE, problem))));
    return Optional.empty();
  }

  /** Sends a dead letter under the refused record's key and timestamp (logged at DEBUG). */
  public static void send(ProcessorContext<String, Output> context, Record<String, ?> refused,
      RejectedReport rejection) {
    if (log.isDebugEnabled()) {
      log.debug("Rejected {} at {}: {}", refused.key(), rejection.getOrigin(), rejection.getReasons());
    }
    context.forward(new Record<>(refused.key(), new Output.DeadLetter(rejection), refused.timestamp()));
  }
}
