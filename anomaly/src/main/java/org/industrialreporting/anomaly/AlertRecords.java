package org.industrialreporting.anomaly;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * Alert records and their life: a finding becomes an OPEN alert; re-evaluating a month (or a budget's year)
 * compares its fresh alerts with the latest record of each of its alert ids, so that a new one opens (revision 1),
 * a changed one is sent again, one no longer found is CLEARED with the reason the caller gives, one found again
 * after clearing reopens — each at the next revision, so that alert id, status and revision never name two
 * different records — and an unchanged one sends nothing.
 */
public final class AlertRecords {

  private AlertRecords() {
  }

  /**
   * The id of the alert of a kind about a scope and month: the month's, or for BUDGET_OVERRUN the year's, since a
   * budget is about a whole year and its alert follows the year to date month by month.
   */
  public static String alertId(Subject subject, YearMonth period, AlertKind kind) {
    return kind == AlertKind.BUDGET_OVERRUN
        ? TopicKeys.alertId(subject.scopeType(), subject.id(), Year.of(period.getYear()), kind)
        : TopicKeys.alertId(subject.scopeType(), subject.id(), period, kind);
  }

  /**
   * The OPEN alert of a finding, at revision 1.
   *
   * @param period the month judged; for BUDGET_OVERRUN the latest month of the year to date
   */
  public static AnomalyAlert open(Subject subject, YearMonth period, Finding finding, Long reportRevision,
      Instant detectedAt) {
    return AnomalyAlert.newBuilder()
        .setAlertId(alertId(subject, period, finding.kind()))
        .setRevision(1)
        .setStatus(AlertStatus.OPEN)
        .setScopeType(subject.scopeType())
        .setScopeId(subject.id())
        .setScopeName(subject.name())
        .setDistrictCode(subject.districtCode())
        .setParkId(subject.parkId())
        .setIndustryCode(subject.industryCode())
        .setPeriod(period.toString())
        .setKind(finding.kind())
        .setSeverity(finding.severity())
        .setIndicator(finding.figure().indicator())
        .setComparison(finding.figure().comparison())
        .setCurrentValue(finding.figure().current())
        .setBaselineValue(finding.figure().baseline())
        .setChangeBp(finding.figure().changeBp())
        .setScore(finding.score())
        .setThreshold(finding.threshold())
        .setRuleId(finding.ruleKey())
        .setExplanation(AlertText.open(subject, period, finding))
        .setReportRevision(reportRevision)
        .setDetectedAt(detectedAt)
        .build();
  }

  /**
   * The records that bring the alerts of one scope and month (or budget year) in line with the fresh ones, in kind
   * order.
   *
   * @param latest the latest record of each alert id of the scope and month, OPEN or CLEARED
   * @param fresh the alerts of the month's evaluation now (revision 1)
   * @param at timestamp of the input that caused the evaluation
   * @param reason why an alert no longer found is cleared: what caused this evaluation
   */
  public static List<AnomalyAlert> reconcile(Collection<AnomalyAlert> latest, Collection<AnomalyAlert> fresh,
      Instant at, ClearReason reason) {
    Map<AlertKind, AnomalyAlert> before = byKind(latest);
    Map<AlertKind, AnomalyAlert> now = byKind(fresh);
    List<AnomalyAlert> records = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      AnomalyAlert previous = before.get(kind);
      AnomalyAlert current = now.get(kind);
      boolean open = previous != null && previous.getStatus() == AlertStatus.OPEN;
      if (current != null && previous == null) {
        records.add(current);
      } else if (current != null && !(open && sameContent(previous, current))) {
        records.add(AnomalyAlert.newBuilder(current).setRevision(previous.getRevision() + 1).build());
      } else if (current == null && open) {
        records.add(AnomalyAlert.newBuilder(previous).setStatus(AlertStatus.CLEARED)
            .setRevision(previous.getRevision() + 1).setExplanation(AlertText.cleared(previous, reason))
            .setClearedReason(reason).setDetectedAt(at).build());
      }
    }
    return records;
  }

  /** Whether two alerts of one id say the same, whenever and from whichever report revision they were made. */
  private static boolean sameContent(AnomalyAlert previous, AnomalyAlert current) {
    return AnomalyAlert.newBuilder(current).setRevision(previous.getRevision())
        .setReportRevision(previous.getReportRevision()).setDetectedAt(previous.getDetectedAt()).build()
        .equals(previous);
  }

  private static Map<AlertKind, AnomalyAlert> byKind(Collection<AnomalyAlert> alerts) {
    return alerts.stream().collect(Collectors.toMap(AnomalyAlert::getKind, Function.identity(), (a, b) -> {
      throw new IllegalArgumentException("two alerts of kind " + a.getKind() + " for " + a.getAlertId());
    }, () -> new EnumMap<>(AlertKind.class)));
  }
}
