package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;

/**
 * Brings the alerts of one subject (enterprise or scope) and month, or budget year, in line with a fresh evaluation:
 * the subject's {@link AlertMark}s say which alerts have records, so an evaluation that finds nothing where nothing
 * is open costs no store read; otherwise the latest records are read from the alerts store, reconciled
 * ({@link AlertRecords#reconcile}), and the new ones kept and marked.
 */
final class AlertReconciler {

  private final KeyValueStore<String, AnomalyAlert> store;

  AlertReconciler(KeyValueStore<String, AnomalyAlert> store) {
    this.store = store;
  }

  /**
   * @param marks    the subject's alert marks
   * @param mark     records the new mark of an alert on the subject
   * @param idPrefix what the ids of the month's or year's alerts start with
   * @param reason   why an alert no longer found is cleared: what caused this evaluation
   * @return the records to send
   */
  List<AnomalyAlert> update(List<AlertMark> marks, Consumer<AlertMark> mark, String idPrefix,
      List<AnomalyAlert> fresh, Instant at, ClearReason reason) {
    List<AlertMark> these = marks.stream().filter(m -> m.alertId().startsWith(idPrefix)).toList();
    if (fresh.isEmpty() && these.stream().noneMatch(AlertMark::open)) {
      return List.of();
    }
    List<AnomalyAlert> latest = new ArrayList<>(these.size());
    for (AlertMark m : these) {
      latest.add(store.get(m.alertId()));
    }
    List<AnomalyAlert> records = AlertRecords.reconcile(latest, fresh, at, reason);
    for (AnomalyAlert record : records) {
      store.put(record.getAlertId(), record);
      mark.accept(new AlertMark(record.getAlertId(), record.getStatus() == AlertStatus.OPEN, record.getRevision()));
    }
    return records;
  }
}
