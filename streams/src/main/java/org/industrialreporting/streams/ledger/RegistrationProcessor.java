package org.industrialreporting.streams.ledger;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.validation.DeadLetters;

/**
 * Takes the enterprise registry into the ledgers (co-partitioned with the reports): a registry record sets the
 * enterprise's registration, a tombstone removes it — its reports in force stay counted where they were, and later
 * reports are refused until it is registered again. Reports attribute themselves with the registration in force
 * when they are processed. A record that cannot be decoded, or whose key is not its credit code, goes to the
 * dead-letter topic.
 */
public final class RegistrationProcessor implements Processor<String, byte[], String, Output> {

  private final Deserializer<Enterprise> deserializer;
  private final String ledgersStore;
  private ProcessorContext<String, Output> context;
  private KeyValueStore<String, EnterpriseLedger> ledgers;

  public RegistrationProcessor(Deserializer<Enterprise> deserializer, String ledgersStore) {
    this.deserializer = deserializer;
    this.ledgersStore = ledgersStore;
  }

  @Override
  public void init(ProcessorContext<String, Output> context) {
    this.context = context;
    ledgers = context.getStateStore(ledgersStore);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    DeadLetters.Source source = DeadLetters.Source.of(context.recordMetadata().orElseThrow(), record);
    Enterprise enterprise;
    try {
      enterprise = record.value() == null ? null : deserializer.deserialize(source.topic(), record.value());
    } catch (SerializationException e) {
      DeadLetters.send(context, record, source.rejection(record.key(), null,
          List.of(new Reason(null, ReasonCode.NOT_DESERIALIZABLE, e.getMessage()))));
      return;
    }
    if (enterprise != null && !enterprise.getCreditCode().equals(record.key())) {
      DeadLetters.send(context, record, source.rejection(record.key(), null, List.of(new Reason("credit_code",
          ReasonCode.KEY_MISMATCH, "the record's key '" + record.key() + "' is not the enterprise's credit code '"
          + enterprise.getCreditCode() + "'; registry records are keyed by credit code"))));
      return;
    }
    EnterpriseLedger ledger = ledgers.get(record.key());
    if (ledger == null) {
      ledger = EnterpriseLedger.empty();
    }
    ledger.register(enterprise);
    if (ledger.isEmpty()) {
      ledgers.delete(record.key());
    } else {
      ledgers.put(record.key(), ledger);
    }
  }
}
