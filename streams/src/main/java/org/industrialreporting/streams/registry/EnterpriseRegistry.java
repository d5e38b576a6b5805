package org.industrialreporting.streams.registry;

import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.industrialreporting.avro.Enterprise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enterprise registry as the streams application holds it: a global store of the {@code enterprise-registry}
 * records as they are on the topic, by credit code, in every instance. Kafka Streams reads a global store to its end
 * before the stream threads start, so a report is never judged before the registration that preceded it, even when
 * the application catches up on both after a reset or a stop; and the tasks that process reports read no second
 * input (a mostly idle partition beside the reports would cost Kafka Streams work for every report).
 */
public final class EnterpriseRegistry {

  private static final Logger log = LoggerFactory.getLogger(EnterpriseRegistry.class);

  private final ReadOnlyKeyValueStore<String, byte[]> store;
  private final Deserializer<Enterprise> deserializer;
  private final String topic;

  public EnterpriseRegistry(ReadOnlyKeyValueStore<String, byte[]> store, Deserializer<Enterprise> deserializer,
      String topic) {
    this.store = store;
    this.deserializer = deserializer;
    this.topic = topic;
  }

  /** The enterprise as registered now, if it is. */
  public Optional<Enterprise> enterprise(String creditCode) {
    byte[] registered = store.get(creditCode);
    return registered == null ? Optional.empty() : Optional.of(deserializer.deserialize(topic, registered));
  }

  /**
   * Keeps the global store: the latest record per credit code, a tombstone removing it. A record that cannot be
   * decoded, or whose key is not its credit code, is left out and logged as an error with where it is: the global
   * thread cannot write to the dead-letter topic. Registry records come from {@code register}, which checks every row
   * before it writes; the reports of an enterprise left out are refused as unknown, on the dead-letter topic.
   */
  public static final class Loader implements Processor<String, byte[], Void, Void> {
    private final String storeName;
    private final Deserializer<Enterprise> deserializer;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, byte[]> store;

    public Loader(String storeName, Deserializer<Enterprise> deserializer) {
      this.storeName = storeName;
      this.deserializer = deserializer;
    }

    @Override
    public void init(ProcessorContext<Void, Void> processorContext) {
      this.context = processorContext;
      store = processorContext.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
      if (record.value() == null) {
        store.delete(record.key());
        return;
      }
      RecordMetadata where = context.recordMetadata().orElseThrow();
      try {
        Enterprise enterprise = deserializer.deserialize(where.topic(), record.value());
        if (!enterprise.getCreditCode().equals(record.key())) {
          log.error("Registry record {}-{}@{} left out: its key '{}' is not its credit code '{}'", where.topic(),
              where.partition(), where.offset(), record.key(), enterprise.getCreditCode());
          return;
        }
      } catch (SerializationException e) {
        log.error("Registry record {}-{}@{} (key '{}') left out: it cannot be decoded: {}", where.topic(),
            where.partition(), where.offset(), record.key(), e.getMessage());
        return;
      }
      store.put(record.key(), record.value());
    }
  }
}
