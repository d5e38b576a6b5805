package org.industrialreporting.streams.validation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Rejections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' error handlers for what validation does not catch: a registry record that cannot be decoded,
 * and an unexpected exception while processing any record. Either way the application keeps running and the
 * source record lands on the dead-letter topic as a {@link RejectedReport} with its original bytes, its topic,
 * partition and offset, and the error, through Kafka Streams' own dead-letter mechanism (in the same
 * transaction as the rest of the task's output).
 *
 * <p>Configured by class name; the topic and serializer arrive through the streams configuration under
 * {@link #CONFIG}.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

  /** Streams configuration key under which a {@link Target} is passed to the handler. */
  public static final String CONFIG = "reporting.dead.letters";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

  /** Where dead letters go. */
  public record Target(String topic, Serializer<RejectedReport> serializer) {
  }

  private Target target;

  @Override
  public void configure(Map<String, ?> configs) {
    Object configured = configs.get(CONFIG);
    if (!(configured instanceof Target t)) {
      throw new IllegalStateException(CONFIG + " must hold a " + Target.class.getName() + ", got " + configured);
    }
    this.target = t;
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
      ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return DeserializationExceptionHandler.Response.resume(
        deadLetter(context, ReasonCode.NOT_DESERIALIZABLE, exception));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
      Exception exception) {
    log.error("Unexpected error in {} on {}-{}@{}; the record goes to the dead-letter topic", context.processorNodeId(),
        context.topic(), context.partition(), context.offset(), exception);
    return ProcessingExceptionHandler.Response.resume(deadLetter(context, ReasonCode.PROCESSING_ERROR, exception));
  }

  private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, ReasonCode code,
      Exception exception) {
    byte[] raw = context.sourceRawValue() == null ? new byte[0] : context.sourceRawValue();
    byte[] key = context.sourceRawKey();
    String reporter = key == null ? null : new String(key, java.nio.charset.StandardCharsets.UTF_8);
    Origin origin = Origin.kafkaRecord(DeadLetters.ENTRY_POINT, context.topic(), context.partition(), context.offset(),
        raw);
    RejectedReport rejection = Rejections.of(origin, reporter, null,
        List.of(new Reason(null, code, String.valueOf(exception.getMessage()))), Instant.ofEpochMilli(context.timestamp()));
    return List.of(new ProducerRecord<>(target.topic(), null, context.timestamp(), key,
        target.serializer().serialize(target.topic(), rejection)));
  }
}
