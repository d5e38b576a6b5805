package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * One anomaly a detector found, before it becomes an alert record.
 *
 * @param score how abnormal it is, in the unit of the kind (see {@code AnomalyAlert.score})
 * @param threshold the rule's band the score crossed
 * @param ruleKey the rule that applied
 * @param figure the figure the alert is about
 * @param context figures that explain it, compared with the same baseline (e.g. output beside an energy rise)
 * @param notReported months the figures leave out because they were not reported (a budget's year to date); they
 *     are not counted as zero
 */
public record Finding(AlertKind kind, Severity severity, double score, double threshold, String ruleKey,
    Figure figure, List<Figure> context, List<YearMonth> notReported) {

  public Finding {
    context = List.copyOf(context);
    notReported = List.copyOf(notReported);
  }

  /** A finding of a month whose figures were all reported. */
  public Finding(AlertKind kind, Severity severity, double score, double threshold, String ruleKey, Figure figure,
      List<Figure> context) {
    this(kind, severity, score, threshold, ruleKey, figure, context, List.of());
  }
}
