package org.industrialreporting.dashboard.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.domain.files.CsvWriter;

/** An evaluation as text for the terminal, or as CSV with the indicators in their own units. */
public final class EvaluationTable {

  private static final int VALUE_DECIMALS = 4;

  private EvaluationTable() {
  }

  /** The benchmarks and weights, then one line per enterprise, best first, then those not classified. */
  public static String text(MuEvaluation.Result result, String districtName) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("亩均 evaluation of %s, %d-01 to %s%n", districtName, result.year(), result.through()));
    for (MuEvaluation.Benchmark benchmark : result.benchmarks().values()) {
      EvaluationIndicator indicator = benchmark.indicator();
      BigDecimal weight = result.weights().get(indicator);
      out.append(String.format("  %-26s benchmark %12s %-10s (%s), weight %s%n", indicator.key(),
          indicator.display(benchmark.value()), indicator.displayUnit(), benchmark.basis(),
          weight == null ? "0, not scored" : weight.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
    }
    List<EvaluationIndicator> scored = new ArrayList<>(result.weights().keySet());
    out.append(String.format("%n%4s %-5s %-18s %7s", "rank", "class", "credit code", "score"));
    for (EvaluationIndicator indicator : scored) {
      out.append(String.format(" %12s", indicator.label()));
    }
    out.append("  name\n");
    for (MuEvaluation.Classified enterprise : result.classified()) {
      out.append(String.format("%4d %-5s %-18s %7s", enterprise.rank(), enterprise.grade(), enterprise.creditCode(),
          enterprise.score().toPlainString()));
      for (EvaluationIndicator indicator : scored) {
        out.append(String.format(" %12s", indicator.display(enterprise.values().get(indicator))));
      }
      out.append("  ").append(enterprise.name()).append('\n');
    }
    if (!result.notClassified().isEmpty()) {
      out.append(String.format("%nNot classified: %d%n", result.notClassified().size()));
      for (MuEvaluation.NotClassified enterprise : result.notClassified()) {
        out.append(String.format("  %-18s %-19s %s  %s%n", enterprise.creditCode(), enterprise.reason(),
            enterprise.explanation(), enterprise.name()));
      }
    }
    return out.toString();
  }

  /**
   * One row per enterprise: rank, class, score and each scored indicator in its unit (yuan per mu per year, yuan
   * per tce, yuan per person per year, the R&D share as a fraction), then the enterprises not classified with the
   * reason.
   */
  public static String csv(MuEvaluation.Result result) {
    List<EvaluationIndicator> scored = new ArrayList<>(result.weights().keySet());
    List<String> header = new ArrayList<>(List.of("rank", "class", "credit_code", "name", "score"));
    scored.forEach(indicator -> header.add(indicator.key()));
    header.addAll(List.of("reason", "explanation"));
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    try {
      csv.row(header);
      for (MuEvaluation.Classified enterprise : result.classified()) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(enterprise.rank()), enterprise.grade().name(),
            enterprise.creditCode(), enterprise.name(), enterprise.score().toPlainString()));
        scored.forEach(indicator -> row.add(enterprise.values().get(indicator)
            .setScale(VALUE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString()));
        row.addAll(List.of("", ""));
        csv.row(row);
      }
      for (MuEvaluation.NotClassified enterprise : result.notClassified()) {
        List<String> row = new ArrayList<>(List.of("", "", enterprise.creditCode(), enterprise.name(), ""));
        scored.forEach(indicator -> row.add(""));
        row.addAll(List.of(enterprise.reason().name(), enterprise.explanation()));
        csv.row(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
