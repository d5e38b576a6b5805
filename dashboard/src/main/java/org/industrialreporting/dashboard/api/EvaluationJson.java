package org.industrialreporting.dashboard.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.evaluation.DistrictEvaluation;
import org.industrialreporting.dashboard.evaluation.EvaluationIndicator;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import org.industrialreporting.dashboard.evaluation.Grade;
import org.industrialreporting.dashboard.evaluation.MuEvaluation;
import org.industrialreporting.dashboard.view.View;

/** The answer of {@code GET /api/districts/{code}/evaluation}: the 亩均 evaluation of a year to date. */
final class EvaluationJson {

  /** Decimals of indicator values in the answer (the R&D share is a fraction: 0.0400 is 4 %). */
  private static final int VALUE_DECIMALS = 4;
  private static final int POINT_DECIMALS = 2;

  private EvaluationJson() {
  }

  /** The district's evaluation of {@code year} (default: its latest month's); a 404 when it has no rollup then. */
  static JsonObject of(View view, Scope district, Integer year, EvaluationRulesFile rulesFile) {
    int asked = year != null ? year : district.period(view, Optional.empty()).getYear();
    YearMonth through = DistrictEvaluation.through(view, district.id(), asked).orElseThrow(() ->
        ApiException.notFound("The district '" + district.id() + "' has no rollups for " + asked));
    EvaluationRules rules = rulesFile.rules();
    MuEvaluation.Result result = DistrictEvaluation.of(view, district.id(), through, rules);
    return new JsonObject()
        .with("district_code", district.id())
        .with("name", district.name(view))
        .with("year", result.year())
        .with("through", through.toString())
        .with("window_label", Formats.yearToDate(through))
        .with("rules", rules(rules, rulesFile))
        .with("weights", decimals(result.weights(), POINT_DECIMALS))
        .with("benchmarks", benchmarks(result))
        .with("classes", classes(result))
        .with("enterprises", classified(result))
        .with("not_classified", result.notClassified().stream().map(n -> new JsonObject()
            .with("credit_code", n.creditCode()).with("name", n.name()).with("reason", n.reason().name())
            .with("explanation", n.explanation())).toList());
  }

  private static JsonObject rules(EvaluationRules rules, EvaluationRulesFile file) {
    return new JsonObject()
        .with("file", file.file() == null ? null : file.file().toString())
        .with("problem", file.problem())
        .with("weights", decimals(rules.weights(), POINT_DECIMALS))
        .with("benchmarks", decimals(rules.benchmarks(), VALUE_DECIMALS))
        .with("class_cutoffs_percent", rules.cutoffsPercent());
  }

  private static List<JsonObject> benchmarks(MuEvaluation.Result result) {
    List<JsonObject> rows = new ArrayList<>();
    for (MuEvaluation.Benchmark benchmark : result.benchmarks().values()) {
      EvaluationIndicator indicator = benchmark.indicator();
      rows.add(new JsonObject()
          .with("indicator", indicator.key())
          .with("label", indicator.label())
          .with("unit", indicator.unit())
          .with("value", rounded(benchmark.value(), VALUE_DECIMALS))
          .with("basis", benchmark.basis().name())
          .with("scored", benchmark.value() != null)
          .with("display", indicator.display(benchmark.value()))
          .with("display_unit", indicator.displayUnit()));
    }
    return rows;
  }

  private static Map<Grade, Long> classes(MuEvaluation.Result result) {
    Map<Grade, Long> counts = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      counts.put(grade, result.classified().stream().filter(c -> c.grade() == grade).count());
    }
    return counts;
  }

  private static List<JsonObject> classified(MuEvaluation.Result result) {
    List<JsonObject> rows = new ArrayList<>();
    for (MuEvaluation.Classified enterprise : result.classified()) {
      JsonObject indicators = new JsonObject();
      enterprise.values().forEach((indicator, value) -> indicators.with(indicator.key(), new JsonObject()
          .with("value", rounded(value, VALUE_DECIMALS))
          .with("points", rounded(enterprise.points().get(indicator), POINT_DECIMALS))
          .with("display", indicator.display(value))));
      rows.add(new JsonObject()
          .with("rank", enterprise.rank())
          .with("class", enterprise.grade().name())
          .with("credit_code", enterprise.creditCode())
          .with("name", enterprise.name())
          .with("score", enterprise.score())
          .with("indicators", indicators));
    }
    return rows;
  }

  private static Map<String, BigDecimal> decimals(Map<EvaluationIndicator, BigDecimal> values, int decimals) {
    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
    values.forEach((indicator, value) -> byKey.put(indicator.key(), rounded(value, decimals)));
    return byKey;
  }

  private static BigDecimal rounded(BigDecimal value, int decimals) {
    return value == null ? null : value.setScale(decimals, RoundingMode.HALF_EVEN);
  }
}
