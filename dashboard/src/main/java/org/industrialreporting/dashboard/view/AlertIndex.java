package org.industrialreporting.dashboard.view;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;

/**
 * The open alerts: the latest record per {@code alert_id}, kept while its status is OPEN and dropped when a CLEARED
 * record retracts it.
 */
public final class AlertIndex {

  /** Red before yellow, then the latest month first, then the latest detection first. */
  private static final Comparator<AnomalyAlert> MOST_URGENT_FIRST = Comparator
      .comparing((AnomalyAlert a) -> a.getSeverity() == null ? Integer.MAX_VALUE : a.getSeverity().ordinal())
      .thenComparing(AnomalyAlert::getPeriod, Comparator.reverseOrder())
      .thenComparing(AnomalyAlert::getDetectedAt, Comparator.reverseOrder())
      .thenComparing(AnomalyAlert::getAlertId);

  private final Map<String, AnomalyAlert> open = new HashMap<>();

  void apply(AnomalyAlert alert) {
    if (alert.getStatus() == AlertStatus.CLEARED) {
      open.remove(alert.getAlertId());
    } else {
      open.put(alert.getAlertId(), alert);
    }
  }

  /** The open alerts that pass {@code filter}, most urgent first. */
  public List<AnomalyAlert> open(Predicate<AnomalyAlert> filter) {
    return open.values().stream().filter(filter).sorted(MOST_URGENT_FIRST).toList();
  }

  /** Number of open alerts. */
  public int size() {
    return open.size();
  }
}
