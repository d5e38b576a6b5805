package org.industrialreporting.streams.anomaly;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertRule;

/**
 * Loads {@code alert-rules} into its global store and rebuilds the {@link RuleSnapshot} from the store after every
 * change. Kafka Streams runs this processor for restoration too, so the snapshot is complete before the first
 * report is evaluated. Rules change rarely: rebuilding the whole book each time keeps it simple.
 */
public final class AlertRulesLoader implements Processor<String, AlertRule, Void, Void> {

  private final String storeName;
  private final RuleSnapshot snapshot;
  private KeyValueStore<String, AlertRule> store;

  public AlertRulesLoader(String storeName, RuleSnapshot snapshot) {
    this.storeName = storeName;
    this.snapshot = snapshot;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
    rebuild();
  }

  @Override
  public void process(Record<String, AlertRule> record) {
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
    rebuild();
  }

  private void rebuild() {
    List<AlertRule> rules = new ArrayList<>();
    try (KeyValueIterator<String, AlertRule> all = store.all()) {
      all.forEachRemaining(rule -> rules.add(rule.value));
    }
    snapshot.replace(RuleBook.of(rules));
  }
}
