package org.industrialreporting.alerts.bulletin;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;

/**
 * The monthly bulletin (每月通报) of one district: the alerts open for the month about its enterprises, parks and
 * itself, RED before YELLOW, then the largest deviation first, with counts by kind and severity.
 */
public final class Bulletin {

  private static final Comparator<AnomalyAlert> ORDER = Comparator
      .comparing((AnomalyAlert a) -> a.getSeverity() == Severity.RED ? 0 : 1)
      .thenComparing(Comparator.comparingDouble(Bulletin::deviation).reversed())
      .thenComparing(AnomalyAlert::getAlertId);

  private final String districtCode;
  private final String districtName;
  private final YearMonth period;
  private final List<AnomalyAlert> alerts;

  private Bulletin(String districtCode, String districtName, YearMonth period, List<AnomalyAlert> alerts) {
    this.districtCode = districtCode;
    this.districtName = districtName;
    this.period = period;
    this.alerts = alerts;
  }

  /**
   * @param latest the latest record of every alert (of any district and month)
   * @param districtName the district's name for the title, or null to use its code
   */
  public static Bulletin of(String districtCode, String districtName, YearMonth period,
      Collection<AnomalyAlert> latest) {
    List<AnomalyAlert> open = latest.stream()
        .filter(a -> a.getStatus() == AlertStatus.OPEN && districtCode.equals(a.getDistrictCode())
            && period.toString().equals(a.getPeriod()))
        .sorted(ORDER).toList();
    return new Bulletin(districtCode, districtName == null ? districtCode : districtName, period, open);
  }

  /** How far the figure is from its baseline, as a log ratio's magnitude; a zero side is as far as can be. */
  static double deviation(AnomalyAlert alert) {
    Long current = alert.getCurrentValue();
    Long baseline = alert.getBaselineValue();
    if (current == null || baseline == null) {
      return 0;
    }
    if (current <= 0 || baseline <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.abs(Math.log((double) current / baseline));
  }

  public String districtCode() {
    return districtCode;
  }

  public String districtName() {
    return districtName;
  }

  public YearMonth period() {
    return period;
  }

  /** The open alerts in bulletin order. */
  public List<AnomalyAlert> alerts() {
    return alerts;
  }

  public long count(Severity severity) {
    return alerts.stream().filter(a -> a.getSeverity() == severity).count();
  }

  /** The kinds that have alerts, in the order of the kinds, with their counts by severity. */
  public Map<AlertKind, Map<Severity, Long>> counts() {
    Map<AlertKind, Map<Severity, Long>> counts = new EnumMap<>(AlertKind.class);
    for (AnomalyAlert alert : alerts) {
      counts.computeIfAbsent(alert.getKind(), k -> new EnumMap<>(Severity.class))
          .merge(alert.getSeverity(), 1L, Long::sum);
    }
    return counts;
  }
}
