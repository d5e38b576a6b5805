package org.industrialreporting.streams.anomaly;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertRule;

/**
 * The alert rules of the {@code alert-rules} global table as they are at this moment: read for every input, so
 * that a changed rule applies to the next evaluation without a restart. The table is small and held in memory.
 */
final class StoredRules {

  private final ReadOnlyKeyValueStore<String, ValueAndTimestamp<AlertRule>> store;

  StoredRules(ReadOnlyKeyValueStore<String, ValueAndTimestamp<AlertRule>> store) {
    this.store = store;
  }

  RuleBook current() {
    List<AlertRule> rules = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<AlertRule>> all = store.all()) {
      all.forEachRemaining(rule -> rules.add(rule.value.value()));
    }
    return RuleBook.of(rules);
  }
}
