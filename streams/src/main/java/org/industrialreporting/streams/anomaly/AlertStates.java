package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * The latest record of every alert, OPEN or CLEARED, in a store keyed by alert id ({@code scope_id|period|kind}),
 * so that one scope's alerts of one month are a prefix: a month's fresh alerts are reconciled with them and only
 * the differences are sent. Cleared alerts stay, so that one found again reopens at the next revision.
 */
final class AlertStates {

  private final KeyValueStore<String, AnomalyAlert> store;

  AlertStates(KeyValueStore<String, AnomalyAlert> store) {
    this.store = store;
  }

  /**
   * Re-evaluates a changed month and every later month of the scope whose history contains it (up to
   * {@value EnterpriseDetector#HISTORY_MONTHS} months on), sending what changed for each.
   *
   * @param months the months of the scope that have figures
   * @param evaluation the alerts of a month as evaluated now
   */
  void reevaluate(String scopeId, NavigableSet<YearMonth> months, YearMonth changed,
      Function<YearMonth, List<AnomalyAlert>> evaluation, Record<?, ?> input,
      ProcessorContext<String, AnomalyAlert> context) {
    for (YearMonth month : months.subSet(changed, true, changed.plusMonths(EnterpriseDetector.HISTORY_MONTHS), true)) {
      update(scopeId, month, evaluation.apply(month), input, context);
    }
  }

  /**
   * Sends what changed for one scope and month — new, updated, cleared and reopened alerts, keyed by scope id — and
   * keeps each as the latest record of its alert.
   *
   * @param fresh the month's alerts as evaluated now
   * @param input the record that caused the evaluation: its timestamp stamps the records sent
   */
  void update(String scopeId, YearMonth period, List<AnomalyAlert> fresh, Record<?, ?> input,
      ProcessorContext<String, AnomalyAlert> context) {
    Instant at = Instant.ofEpochMilli(input.timestamp());
    for (AnomalyAlert alert : AlertRecords.reconcile(latest(scopeId, period), fresh, at)) {
      store.put(alert.getAlertId(), alert);
      context.forward(new Record<>(TopicKeys.alert(scopeId), alert, input.timestamp()));
    }
  }

  private List<AnomalyAlert> latest(String scopeId, YearMonth period) {
    List<AnomalyAlert> latest = new ArrayList<>(2);
    String prefix = scopeId + "|" + period + "|";
    try (KeyValueIterator<String, AnomalyAlert> alerts = store.prefixScan(prefix, Serdes.String().serializer())) {
      alerts.forEachRemaining(alert -> latest.add(alert.value));
    }
    return latest;
  }
}
