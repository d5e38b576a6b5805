package org.industrialreporting.streams.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.history.MonthHistory;

/**
 * Everything the streams application keeps of one enterprise, as one value read and written once per report: the
 * enterprise as the registry has it now, the report in force for every month it reported (with where each was
 * counted), and which of its alerts exist. Validation, the rollup contributions and the anomaly detectors all read
 * it, so that a report costs one read and one write of state.
 */
public final class EnterpriseLedger {

  private Enterprise registration;
  private final MonthHistory<Attribution> months;
  private final List<AlertMark> alerts;

  public EnterpriseLedger(Enterprise registration, MonthHistory<Attribution> months, List<AlertMark> alerts) {
    this.registration = registration;
    this.months = months;
    this.alerts = new ArrayList<>(alerts);
  }

  /** A ledger with nothing in it yet. */
  public static EnterpriseLedger empty() {
    return new EnterpriseLedger(null, new MonthHistory<>(), List.of());
  }

  /** The enterprise as registered now; null when it is not (or no longer) in the registry. */
  public Enterprise registration() {
    return registration;
  }

  public void register(Enterprise enterprise) {
    this.registration = enterprise;
  }

  public MonthHistory<Attribution> months() {
    return months;
  }

  /** The alerts of the enterprise that have records. */
  public List<AlertMark> alerts() {
    return alerts;
  }

  /** The mark of an alert, or null when it has no record yet. */
  public AlertMark alert(String alertId) {
    for (AlertMark mark : alerts) {
      if (mark.alertId().equals(alertId)) {
        return mark;
      }
    }
    return null;
  }

  /** Records the latest state of an alert. */
  public void mark(AlertMark mark) {
    alerts.removeIf(m -> m.alertId().equals(mark.alertId()));
    alerts.add(mark);
  }

  /** Whether nothing is kept: no registration, no months, no alerts. */
  public boolean isEmpty() {
    return registration == null && months.isEmpty() && alerts.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnterpriseLedger other && Objects.equals(registration, other.registration)
        && months.equals(other.months) && alerts.equals(other.alerts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registration, months, alerts);
  }

  @Override
  public String toString() {
    return "EnterpriseLedger{" + (registration == null ? "unregistered" : registration.getCreditCode()) + " "
        + months + " " + alerts + '}';
  }
}
