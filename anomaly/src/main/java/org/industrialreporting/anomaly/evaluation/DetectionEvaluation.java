package org.industrialreporting.anomaly.evaluation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.Finding;
import org.industrialreporting.anomaly.MonthFigures;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;

/**
 * Runs the enterprise detector over a labelled world, month by month as the streams application would see each
 * month with its history, and measures it against the labels, next to {@link NaiveYearOnYearRule} on the same
 * data.
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
   * @param reports the reports of a month; the world's data are the months from January of {@code from}'s year to
   *     {@code to}, as {@code simulate} writes them and a pipeline would hold them, so early months are judged with
   *     the little history they have
   * @param labels what should be found from {@code from} to {@code to}
   */
  public static Result run(Stream<Enterprise> enterprises, Function<YearMonth, Stream<MonthlyReport>> reports,
      YearMonth from, YearMonth to, Collection<Flag> labels, RuleBook rules) {
    Map<String, Subject> subjects = new HashMap<>();
    enterprises.forEach(e -> subjects.put(e.getCreditCode(), Subject.of(e)));
    Map<String, NavigableMap<YearMonth, MonthFigures>> histories = new TreeMap<>();
    for (YearMonth month = from.withMonth(1); !month.isAfter(to);
         month = month.plusMonths(1)) {
      YearMonth period = month;
      reports.apply(period).forEach(r -> histories.computeIfAbsent(r.getCreditCode(), c -> new TreeMap<>())
          .put(period, new MonthFigures(period, r.getOutputValueYuan(), r.getEnergyKgce())));
    }
    Set<Flag> judged = new HashSet<>();
    Set<Flag> detected = new HashSet<>();
    Set<Flag> naive = new HashSet<>();
    long withoutYearOnYear = 0;
    for (Map.Entry<String, NavigableMap<YearMonth, MonthFigures>> history : histories.entrySet()) {
      String code = history.getKey();
      Subject subject = subjects.get(code);
      for (YearMonth period : history.getValue().subMap(from, true, to, true).keySet()) {
        judged.add(new Flag(code, period, null));
        for (Finding finding : EnterpriseDetector.detect(subject, history.getValue(), period, rules)) {
          detected.add(new Flag(code, period, finding.kind()));
        }
        naive.addAll(NaiveYearOnYearRule.flags(code, history.getValue(), period));
        withoutYearOnYear += NaiveYearOnYearRule.canJudge(history.getValue(), period) ? 0 : 1;
      }
    }
    Set<Flag> labelled = new HashSet<>(labels);
    return new Result(Quality.of(KINDS, labelled, detected, judged), Quality.of(NAIVE_KINDS, labelled, naive, judged),
        judged.size(), withoutYearOnYear);
  }
}
