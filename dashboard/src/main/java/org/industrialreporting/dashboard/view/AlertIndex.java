package org.industrialreporting.dashboard.view;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;

/**
 * The open alerts: the latest record per {@code alert_id}, kept while its status is OPEN and dropped when a CLEARED
 * record retracts it; and the latest record of every 催报 notice, which the next one is numbered after.
 */
public final class AlertIndex {

  /** Red before yellow, then the latest month first, then the latest detection first. */
  private static final Comparator<AnomalyAlert> MOST_URGENT_FIRST = Comparator
      .comparing((AnomalyAlert a) -> a.getSeverity() == null ? Integer.MAX_VALUE : a.getSeverity().ordinal())
      .thenComparing(AnomalyAlert::getPeriod, Comparator.reverseOrder())
      .thenComparing(AnomalyAlert::getDetectedAt, Comparator.reverseOrder())
      .thenComparing(AnomalyAlert::getAlertId);

  private final Map<String, AnomalyAlert> open = new HashMap<>();
  /** The latest 催报 notice per alert id, CLEARED ones too, whose revision the next notice must follow. */
  private final Map<String, AnomalyAlert> notices = new HashMap<>();

  void apply(AnomalyAlert alert) {
    if (alert.getKind() == AlertKind.REPORT_MISSING) {
      notices.merge(alert.getAlertId(), alert, (a, b) -> b.getRevision() >= a.getRevision() ? b : a);
    }
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

  /** The latest record of a 催报 notice, OPEN or CLEARED. */
  public Optional<AnomalyAlert> latestNotice(String alertId) {
    return Optional.ofNullable(notices.get(alertId));
  }

  /** Number of open alerts. */
  public int size() {
    return open.size();
  }
}
