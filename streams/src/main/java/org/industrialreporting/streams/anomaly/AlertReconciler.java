package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;

/**
 * Brings the alerts of one subject (enterprise or scope) and month in line with a fresh evaluation: the subject's
 * {@link AlertMark}s say which alerts have records, so a month with nothing found and nothing open costs no store
 * read; otherwise the latest records are read from the alerts store, reconciled ({@link AlertRecords#reconcile}),
 * and the new ones kept and marked.
 */
final class AlertReconciler {

  private final KeyValueStore<String, AnomalyAlert> store;

  AlertReconciler(KeyValueStore<String, AnomalyAlert> store) {
    this.store = store;
  }

  /**
   * @param marks the subject's alert marks
   * @param mark  records the new mark of an alert on the subject
   * @return the records to send
   */
  List<AnomalyAlert> update(List<AlertMark> marks, Consumer<AlertMark> mark, int month, List<AnomalyAlert> fresh,
      Instant at) {
    List<AlertMark> ofMonth = marks.stream().filter(m -> m.month() == month).toList();
    if (fresh.isEmpty() && ofMonth.stream().noneMatch(AlertMark::open)) {
      return List.of();
    }
    List<AnomalyAlert> latest = new ArrayList<>(ofMonth.size());
    for (AlertMark m : ofMonth) {
      latest.add(store.get(m.alertId()));
    }
    List<AnomalyAlert> records = AlertRecords.reconcile(latest, fresh, at);
    for (AnomalyAlert record : records) {
      store.put(record.getAlertId(), record);
      mark.accept(new AlertMark(record.getAlertId(), month, record.getStatus() == AlertStatus.OPEN,
          record.getRevision()));
    }
    return records;
  }
}
