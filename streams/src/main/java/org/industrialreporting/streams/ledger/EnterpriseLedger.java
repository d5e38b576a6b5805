package org.industrialreporting.streams.ledger;

import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.history.MonthHistory;

/**
 * Everything the streams application keeps of one enterprise's reports, as one value read and written once per
 * report: the report in force for every month it reported (with where each was counted) and which of its alerts
 * exist. Validation, the rollup contributions and the anomaly detectors all read it.
 */
public final class EnterpriseLedger {

  private final MonthHistory<Attribution> months;
  private final List<AlertMark> alerts;

  public EnterpriseLedger(MonthHistory<Attribution> months, List<AlertMark> alerts) {
    this.months = months;
    this.alerts = new ArrayList<>(alerts);
  }

  /** A ledger with nothing in it yet. */
  public static EnterpriseLedger empty() {
    return new EnterpriseLedger(new MonthHistory<>(), List.of());
  }

  public MonthHistory<Attribution> months() {
    return months;
  }

  /** The alerts of the enterprise that have records. */
  public List<AlertMark> alerts() {
    return alerts;
  }

  /** Records the latest state of an alert. */
  public void mark(AlertMark mark) {
    alerts.removeIf(m -> m.alertId().equals(mark.alertId()));
    alerts.add(mark);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnterpriseLedger other && months.equals(other.months) && alerts.equals(other.alerts);
  }

  @Override
  public int hashCode() {
    return months.hashCode() * 31 + alerts.hashCode();
  }

  @Override
  public String toString() {
    return "EnterpriseLedger{" + months + " " + alerts + '}';
  }
}
