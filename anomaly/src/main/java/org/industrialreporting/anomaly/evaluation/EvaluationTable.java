package org.industrialreporting.anomaly.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;

/** The result of an evaluation as a Markdown table (it reads as well in a terminal as in the README). */
public final class EvaluationTable {

  private EvaluationTable() {
  }

  public static String format(DetectionEvaluation.Result result) {
    Map<AlertKind, KindQuality> naive = result.naive().kinds().stream()
        .collect(Collectors.toMap(KindQuality::kind, Function.identity()));
    StringBuilder table = new StringBuilder()
        .append("| kind | labelled | precision | recall | F1 | found / false / missed | naive ±30 % YoY: P | R | F1 |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (KindQuality q : result.detector().kinds()) {
      KindQuality n = naive.get(q.kind());
      table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d / %d / %d | %s | %s | %s |%n",
          q.kind(), q.labelled(), number(q.precision()), number(q.recall()), number(q.f1()), q.truePositives(),
          q.falsePositives(), q.falseNegatives(), n == null ? "—" : number(n.precision()),
          n == null ? "—" : number(n.recall()), n == null ? "—" : number(n.f1())));
    }
    table.append(String.format(Locale.ROOT,
        "%nNormal enterprise-months (no label) flagged: detector %,d of %,d (%s), naive rule %,d (%s).%n",
        result.detector().flaggedNormalMonths(), result.detector().normalMonths(),
        percent(result.detector().flaggedNormalShare()), result.naive().flaggedNormalMonths(),
        percent(result.naive().flaggedNormalShare())));
    table.append(String.format(Locale.ROOT,
        "The naive rule cannot fire without the same month a year earlier: %,d of the %,d enterprise-months judged.%n",
        result.withoutYearOnYear(), result.judged()));
    return table.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.2f %%", 100 * share);
  }
}
