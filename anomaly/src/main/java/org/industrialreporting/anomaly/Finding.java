package org.industrialreporting.anomaly;

import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * One anomaly a detector found in a month, before it becomes an alert record.
 *
 * @param score how abnormal the month is, in the unit of the kind (see {@code AnomalyAlert.score})
 * @param threshold the rule's band the score crossed
 * @param ruleKey the rule that applied
 * @param figure the figure the alert is about
 * @param context figures that explain it, compared with the same baseline (e.g. output beside an energy rise)
 */
public record Finding(AlertKind kind, Severity severity, double score, double threshold, String ruleKey,
    Figure figure, List<Figure> context) {

  public Finding {
    context = List.copyOf(context);
  }
}
