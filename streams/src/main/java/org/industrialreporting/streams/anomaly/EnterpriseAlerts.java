package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.BudgetOverrun;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.EnterpriseRules;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;

/**
 * The anomaly alerts of an enterprise, judged when one of its reports is accepted: the report's month and every
 * later month whose history contains it — up to {@value EnterpriseDetector#HISTORY_MONTHS} months on — with
 * {@link EnterpriseDetector} on the enterprise's reports in force, and the energy budget of the report's year and of
 * the next (whose projection takes this year's profile) with {@link BudgetOverrun}; under the rules in force and the
 * registry as it is now. Only what changed is sent (see {@link AlertReconciler}).
 *
 * <p>Holds the detector's workspace: one per processor, used by one thread.
 */
public final class EnterpriseAlerts {

  private static final int REACH = EnterpriseDetector.HISTORY_MONTHS;
  private static final int OUTPUT = EnterpriseIndicator.OUTPUT_VALUE.ordinal();
  private static final int ENERGY = EnterpriseIndicator.ENERGY_TCE.ordinal();

  private final AlertReconciler alerts;
  private final RuleSnapshot rules;
  private final EnterpriseDetector detector = new EnterpriseDetector();

  public EnterpriseAlerts(KeyValueStore<String, AnomalyAlert> store, RuleSnapshot rules) {
    this.alerts = new AlertReconciler(store);
    this.rules = rules;
  }

  /**
   * Re-evaluates {@code changed} and what it is history of, marks what changed in the ledger and keeps the new
   * records.
   *
   * @param registration the enterprise as registered now: whom the alerts name, and its energy budget
   * @param correction   whether the report replaced one in force (else it is the month's first)
   * @param timestamp    the input's timestamp, which stamps the records
   * @return the records to send, in month and kind order
   */
  public List<AnomalyAlert> reevaluate(EnterpriseLedger ledger, Enterprise registration, int changed,
      boolean correction, long timestamp) {
    int year = Months.year(changed);
    // A month's first report clears what it makes untrue in the months it is history of, or in a budget year, as a
    // month reported since (a late one); a replaced report as a correction.
    return judge(ledger, registration, changed, changed + REACH, year, year + 1,
        correction ? ClearReason.CORRECTION : ClearReason.LATER_MONTHS, timestamp);
  }

  /**
   * Judges every month and budget year of the ledger again, as the rules in force may judge them otherwise than
   * those they were judged on; what they no longer find clears as a rule change.
   *
   * @param timestamp when the rules were found changed, which stamps the records
   * @return the records to send, in month and kind order
   */
  public List<AnomalyAlert> rejudge(EnterpriseLedger ledger, Enterprise registration, long timestamp) {
    if (ledger.months().isEmpty()) {
      return List.of();
    }
    int first = ledger.months().all().get(0).month();
    int last = ledger.months().latest();
    return judge(ledger, registration, first, last, Months.year(first), Months.year(last), ClearReason.RULE_CHANGE,
        timestamp);
  }

  /** Judges the months from {@code firstJudged} to {@code lastJudged} and the budget years given. */
  private List<AnomalyAlert> judge(EnterpriseLedger ledger, Enterprise registration, int firstJudged, int lastJudged,
      int firstBudgetYear, int lastBudgetYear, ClearReason reason, long timestamp) {
    Subject subject = Subject.of(registration);
    String code = subject.id();
    // The detectors' history before the first month judged, and the budget years with the one before them for the
    // projection.
    int from = Math.min(firstJudged - REACH, Months.january(firstBudgetYear - 1));
    int to = Math.max(lastJudged, Months.december(lastBudgetYear));
    MonthSeries.Builder builder = MonthSeries.builder(from, to - from + 1);
    for (ReportMonth<Attribution> month : ledger.months().between(from, to)) {
      builder.put(month.month(), month.figure(OUTPUT), month.figure(ENERGY));
    }
    MonthSeries series = builder.build();
    EnterpriseRules enterpriseRules = rules.current().forEnterprise(subject);
    Instant at = Instant.ofEpochMilli(timestamp);
    List<AnomalyAlert> sent = new ArrayList<>();
    EnterpriseDetector.MonthFindings update = (month, findings) -> {
      YearMonth judged = Months.toYearMonth(month);
      long revision = ledger.months().get(month).revision();
      sent.addAll(alerts.update(ledger.alerts(), ledger::mark,
          TopicKeys.alertIdPrefix(AlertScope.ENTERPRISE, code, judged), findings.stream()
              .map(finding -> AlertRecords.open(subject, judged, finding, revision, at)).toList(), at, reason));
    };
    // Each call judges a month and the months after it whose history holds it.
    for (int changed = firstJudged; changed <= lastJudged; changed += REACH + 1) {
      detector.detectFrom(series, changed, enterpriseRules, update);
    }
    for (int budgetYear = firstBudgetYear; budgetYear <= lastBudgetYear; budgetYear++) {
      int latest = series.latestReported(Months.january(budgetYear), Months.december(budgetYear));
      if (latest < Months.january(budgetYear)) {
        continue;
      }
      YearMonth through = Months.toYearMonth(latest);
      long revision = ledger.months().get(latest).revision();
      List<AnomalyAlert> fresh = BudgetOverrun.ofYear(subject, series, budgetYear, enterpriseRules).stream()
          .map(finding -> AlertRecords.open(subject, through, finding, revision, at)).toList();
      sent.addAll(alerts.update(ledger.alerts(), ledger::mark,
          TopicKeys.alertIdPrefix(AlertScope.ENTERPRISE, code, Year.of(budgetYear)), fresh, at, reason));
    }
    return sent;
  }
}
