package org.industrialreporting.streams.validation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Rejections;
import org.industrialreporting.domain.validation.ValidationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates input records in the stream with the rules of the submission path, because records can come from
 * any producer. Reads the raw bytes itself, so that a record that cannot be decoded is rejected like any other
 * bad record, and every rejection carries the original bytes and the record's topic, partition and offset.
 */
public final class RecordValidation<T> implements Processor<String, byte[], String, Checked<T>> {

  private static final Logger log = LoggerFactory.getLogger(RecordValidation.class);
  static final String SOURCE = "streams";

  private final Deserializer<T> deserializer;
  private final RecordCheck<T> check;
  private final Function<ProcessorContext<?, ?>, ValidationContext> contextFactory;
  private ProcessorContext<String, Checked<T>> context;
  private ValidationContext validationContext;

  /**
   * @param contextFactory builds the validation context from the task's stores, once per task
   */
  public RecordValidation(Deserializer<T> deserializer, RecordCheck<T> check,
      Function<ProcessorContext<?, ?>, ValidationContext> contextFactory) {
    this.deserializer = deserializer;
    this.check = check;
    this.contextFactory = contextFactory;
  }

  @Override
  public void init(ProcessorContext<String, Checked<T>> context) {
    this.context = context;
    this.validationContext = contextFactory.apply(context);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    RecordMetadata where = context.recordMetadata().orElseThrow();
    byte[] raw = record.value() == null ? new byte[0] : record.value();
    Origin origin = Origin.kafkaRecord(SOURCE, where.topic(), where.partition(), where.offset(), raw);
    Instant at = Instant.ofEpochMilli(record.timestamp());
    if (record.value() == null) {
      reject(record, Rejections.of(origin, record.key(), null, List.of(new Reason(null, ReasonCode.NOT_DESERIALIZABLE,
          "a report cannot be deleted by a tombstone (null value); send a correction instead")), at));
      return;
    }
    T decoded;
    try {
      decoded = deserializer.deserialize(where.topic(), record.value());
    } catch (SerializationException e) {
      reject(record, Rejections.of(origin, record.key(), null,
          List.of(new Reason(null, ReasonCode.NOT_DESERIALIZABLE, e.getMessage())), at));
      return;
    }
    List<Reason> reasons = check.check(decoded, validationContext);
    if (reasons.isEmpty()) {
      context.forward(record.withValue(Checked.accept(decoded)));
    } else {
      reject(record, Rejections.of(origin, check.reporter(decoded), check.period(decoded), reasons, at));
    }
  }

  private void reject(Record<String, byte[]> record, RejectedReport rejection) {
    log.debug("Rejected {} at {}: {}", record.key(), rejection.getOrigin(), rejection.getReasons());
    context.forward(record.withValue(Checked.reject(rejection)));
  }
}
