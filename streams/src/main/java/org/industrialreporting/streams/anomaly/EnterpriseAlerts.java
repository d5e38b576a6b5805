package org.industrialreporting.streams.anomaly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.MonthFigures;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;

/**
 * The anomaly alerts of an enterprise, judged when one of its reports is accepted: the report's month and every
 * later month whose history contains it — up to {@value EnterpriseDetector#HISTORY_MONTHS} months on, which covers
 * the next month (its baseline), the same month next year and the rest of the year (the budget's year to date) — with
 * {@link EnterpriseDetector} on the enterprise's reports in force, the rules in force and the registry as it is now.
 *
 * Only what changed is sent (see {@link AlertReconciler}).
 */
public final class EnterpriseAlerts {

  private static final int OUTPUT = EnterpriseIndicator.OUTPUT_VALUE.ordinal();
  private static final int ENERGY = EnterpriseIndicator.ENERGY_TCE.ordinal();

  private final AlertReconciler alerts;
  private final RuleSnapshot rules;

  public EnterpriseAlerts(KeyValueStore<String, AnomalyAlert> store, RuleSnapshot rules) {
    this.alerts = new AlertReconciler(store);
    this.rules = rules;
  }

  /**
   * Re-evaluates {@code changed} and the later months it is history of, marks what changed in the ledger and keeps
   * the new records.
   *
   * @param registration the enterprise as registered now: whom the alerts name, and its energy budget
   * @param timestamp the input's timestamp, which stamps the records
   * @return the records to send, in month and kind order
   */
  public List<AnomalyAlert> reevaluate(EnterpriseLedger ledger, Enterprise registration, int changed, long timestamp) {
    Subject subject = Subject.of(registration);
    int reach = EnterpriseDetector.HISTORY_MONTHS;
    List<ReportMonth<Attribution>> around = ledger.months().between(changed - reach, changed + reach);
    NavigableMap<YearMonth, MonthFigures> figures = new TreeMap<>();
    for (ReportMonth<Attribution> month : around) {
      YearMonth period = Months.toYearMonth(month.month());
      figures.put(period, new MonthFigures(period, month.figure(OUTPUT), month.figure(ENERGY)));
    }
    RuleBook book = rules.current();
    Instant at = Instant.ofEpochMilli(timestamp);
    List<AnomalyAlert> sent = new ArrayList<>();
    for (ReportMonth<Attribution> month : ledger.months().between(changed, changed + reach)) {
      YearMonth period = Months.toYearMonth(month.month());
      List<AnomalyAlert> fresh = EnterpriseDetector.detect(subject, figures, period, book).stream()
          .map(finding -> AlertRecords.open(subject, period, finding, (long) month.revision(), at)).toList();
      sent.addAll(alerts.update(ledger.alerts(), ledger::mark, month.month(), fresh, at));
    }
    return sent;
  }
}
