package org.industrialreporting.streams.registry;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.avro.Park;

/**
 * Loads {@code park-registry} into its global store and keeps the instance's {@link ParkDirectory} in step. Kafka
 * Streams runs this processor for restoration too, so the directory is complete before the first report is
 * attributed.
 */
public final class ParkRegistryLoader implements Processor<String, Park, Void, Void> {

  private final String storeName;
  private final ParkDirectory directory;
  private KeyValueStore<String, Park> store;

  public ParkRegistryLoader(String storeName, ParkDirectory directory) {
    this.storeName = storeName;
    this.directory = directory;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
    try (var all = store.all()) {
      all.forEachRemaining(park -> directory.put(park.value));
    }
  }

  @Override
  public void process(Record<String, Park> record) {
    if (record.value() == null) {
      store.delete(record.key());
      directory.remove(record.key());
    } else {
      store.put(record.key(), record.value());
      directory.put(record.value());
    }
  }
}
