package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * The latest record of every alert, OPEN or CLEARED, in a store keyed by alert id
 * ({@code SCOPE_TYPE|scope_id|period|kind}), so that one scope's alerts of one month — or of one year, for budgets —
 * are a prefix: their fresh alerts are reconciled with them and only the differences are sent. Cleared alerts stay,
 * so that one found again reopens at the next revision.
 */
final class AlertStates {

  private final KeyValueStore<String, AnomalyAlert> store;

  AlertStates(KeyValueStore<String, AnomalyAlert> store) {
    this.store = store;
  }

  /**
   * Sends what changed for one scope and month (or year) — new, updated, cleared and reopened alerts, keyed by scope
   * id — and keeps each as the latest record of its alert.
   *
   * @param idPrefix what the ids of the scope's alerts of the month or year start with ({@link TopicKeys#alertIdPrefix})
   * @param fresh the alerts as evaluated now
   * @param input the record that caused the evaluation: its timestamp stamps the records sent
   * @param reason why an alert no longer found is cleared
   */
  void update(String scopeId, String idPrefix, List<AnomalyAlert> fresh, Record<?, ?> input, ClearReason reason,
      ProcessorContext<String, AnomalyAlert> context) {
    Instant at = Instant.ofEpochMilli(input.timestamp());
    for (AnomalyAlert alert : AlertRecords.reconcile(latest(idPrefix), fresh, at, reason)) {
      store.put(alert.getAlertId(), alert);
      context.forward(new Record<>(TopicKeys.alert(scopeId), alert, input.timestamp()));
    }
  }

  private List<AnomalyAlert> latest(String idPrefix) {
    List<AnomalyAlert> latest = new ArrayList<>(2);
    try (KeyValueIterator<String, AnomalyAlert> alerts = store.prefixScan(idPrefix, Serdes.String().serializer())) {
      alerts.forEachRemaining(alert -> latest.add(alert.value));
    }
    return latest;
  }
}
