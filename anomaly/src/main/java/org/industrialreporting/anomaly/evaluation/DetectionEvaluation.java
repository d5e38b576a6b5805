package org.industrialreporting.anomaly.evaluation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.industrialreporting.anomaly.BudgetOverrun;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.EnterpriseRules;
import org.industrialreporting.anomaly.Finding;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;

/**
 * Runs the enterprise detectors over a labelled world, month by month as the streams application sees each month
 * when its report arrives — {@link EnterpriseDetector} on the month with its history, and the year's
 * {@link BudgetOverrun} as of that month — and measures them against the labels, next to
 * {@link NaiveYearOnYearRule} on the same data.
 */
public final class DetectionEvaluation {

  /** The kinds of enterprise anomalies, in the order of the tables. */
  public static final List<AlertKind> KINDS = List.of(AlertKind.ENERGY_RISE, AlertKind.ENERGY_FALL,
      AlertKind.OUTPUT_RISE, AlertKind.OUTPUT_FALL, AlertKind.ENERGY_OUTPUT_DIVERGENCE, AlertKind.INTENSITY_JUMP,
      AlertKind.STOPPAGE, AlertKind.BUDGET_OVERRUN);
  /** The kinds the naive rule can report. */
  public static final List<AlertKind> NAIVE_KINDS = KINDS.subList(0, 4);

  private DetectionEvaluation() {
  }

  /**
   * @param judged enterprise-months judged, from {@code from} to {@code to}
   * @param withoutYearOnYear of those, the ones the naive rule could not judge (no report a year earlier)
   */
  public record Result(Quality detector, Quality naive, long judged, long withoutYearOnYear) {
  }

  /**
   * @param reports the reports of a month; the world's data are the months from {@code first} to {@code to}, as a
   *     pipeline would hold them, so early months are judged with the little history they have
   * @param labels what should be found from {@code from} to {@code to}
   */
  public static Result run(Stream<Enterprise> enterprises, Function<YearMonth, Stream<MonthlyReport>> reports,
      YearMonth first, YearMonth from, YearMonth to, Collection<Flag> labels, RuleBook rules) {
    Map<String, Subject> subjects = new HashMap<>();
    enterprises.forEach(e -> subjects.put(e.getCreditCode(), Subject.of(e)));
    int firstMonth = MonthSeries.index(first);
    int months = MonthSeries.index(to) - firstMonth + 1;
    Map<String, MonthSeries.Builder> series = new HashMap<>();
    for (YearMonth month = first; !month.isAfter(to); month = month.plusMonths(1)) {
      YearMonth period = month;
      reports.apply(period).forEach(r -> series.computeIfAbsent(r.getCreditCode(),
          c -> MonthSeries.builder(firstMonth, months)).put(period, r.getOutputValueYuan(), r.getEnergyKgce()));
    }
    EnterpriseDetector detector = new EnterpriseDetector();
    Set<Flag> judged = new HashSet<>();
    Set<Flag> detected = new HashSet<>();
    Set<Flag> naive = new HashSet<>();
    long withoutYearOnYear = 0;
    for (Map.Entry<String, MonthSeries.Builder> entry : series.entrySet()) {
      String code = entry.getKey();
      Subject subject = subjects.get(code);
      EnterpriseRules enterpriseRules = rules.forEnterprise(subject);
      MonthSeries history = entry.getValue().build();
      for (int month = MonthSeries.index(from); month <= history.lastMonth(); month++) {
        if (!history.reported(month)) {
          continue;
        }
        YearMonth period = MonthSeries.month(month);
        judged.add(new Flag(code, period, null));
        for (Finding finding : detector.detect(history, month, enterpriseRules)) {
          detected.add(new Flag(code, period, finding.kind()));
        }
        BudgetOverrun.asOf(subject, history, month, enterpriseRules)
            .ifPresent(finding -> detected.add(new Flag(code, period, finding.kind())));
        NaiveYearOnYearRule.kinds(history, month).forEach(kind -> naive.add(new Flag(code, period, kind)));
        withoutYearOnYear += NaiveYearOnYearRule.canJudge(history, month) ? 0 : 1;
      }
    }
    Set<Flag> labelled = new HashSet<>(labels);
    return new Result(Quality.of(KINDS, labelled, detected, judged), Quality.of(NAIVE_KINDS, labelled, naive, judged),
        judged.size(), withoutYearOnYear);
  }
}
