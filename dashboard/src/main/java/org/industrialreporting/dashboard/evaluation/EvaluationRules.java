package org.industrialreporting.dashboard.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the 亩均 evaluation, as data (docs/evaluation.md): the weight of each indicator, fixed benchmarks
 * where the district's previous-year average is not wanted, and the class cut-offs by rank.
 *
 * @param weights    points of each indicator, every indicator present (emissions too, though never scored)
 * @param benchmarks fixed benchmarks in the indicator's unit; an indicator not listed takes the district average
 * @param cutoffsPercent the share of the ranking each of A, B and C reaches to, in percent (20, 60, 95); D is the
 *     rest
 */
public record EvaluationRules(Map<EvaluationIndicator, BigDecimal> weights,
    Map<EvaluationIndicator, BigDecimal> benchmarks, Map<Grade, BigDecimal> cutoffsPercent) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SECTIONS = Set.of("weights", "benchmarks", "class_cutoffs_percent");

  public EvaluationRules {
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    // EnumMap's copy constructor cannot tell the key type of an empty map that is not an EnumMap.
    benchmarks = Collections.unmodifiableMap(benchmarks.isEmpty() ? new EnumMap<>(EvaluationIndicator.class)
        : new EnumMap<>(benchmarks));
    cutoffsPercent = Collections.unmodifiableMap(new EnumMap<>(cutoffsPercent));
  }

  /** Zhejiang's weights (30, 20, 20, 10, 10 and 10 for emissions), district averages, A 20 %, B 60 %, C 95 %. */
  public static EvaluationRules defaults() {
    Map<EvaluationIndicator, BigDecimal> weights = new EnumMap<>(EvaluationIndicator.class);
    weights.put(EvaluationIndicator.TAX_PER_MU, BigDecimal.valueOf(30));
    weights.put(EvaluationIndicator.VALUE_ADDED_PER_MU, BigDecimal.valueOf(20));
    weights.put(EvaluationIndicator.VALUE_ADDED_PER_TCE, BigDecimal.valueOf(20));
    weights.put(EvaluationIndicator.VALUE_ADDED_PER_EMPLOYEE, BigDecimal.valueOf(10));
    weights.put(EvaluationIndicator.RD_SHARE, BigDecimal.valueOf(10));
    weights.put(EvaluationIndicator.EMISSIONS, BigDecimal.valueOf(10));
    Map<Grade, BigDecimal> cutoffs = new EnumMap<>(Grade.class);
    cutoffs.put(Grade.A, BigDecimal.valueOf(20));
    cutoffs.put(Grade.B, BigDecimal.valueOf(60));
    cutoffs.put(Grade.C, BigDecimal.valueOf(95));
    return new EvaluationRules(weights, Map.of(), cutoffs);
  }

  /**
   * Rules from JSON: {@code {"weights": {"tax_per_mu": 30, ...}, "benchmarks": {"tax_per_mu": 300000},
   * "class_cutoffs_percent": {"A": 20, "B": 60, "C": 95}}}. Every section and key is optional; what is left out
   * keeps its default. An error names {@code source} and the key at fault.
   */
  public static EvaluationRules parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object with " + SECTIONS);
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SECTIONS.contains(name)) {
        throw new IllegalArgumentException(source + ": unknown section '" + name + "', expected one of " + SECTIONS);
      }
    }
    EvaluationRules defaults = defaults();
    Map<EvaluationIndicator, BigDecimal> weights = new EnumMap<>(defaults.weights());
    Map<EvaluationIndicator, BigDecimal> benchmarks = new EnumMap<>(EvaluationIndicator.class);
    Map<Grade, BigDecimal> cutoffs = new EnumMap<>(defaults.cutoffsPercent());
    section(root, "weights", source).forEach((key, value) ->
        weights.put(EvaluationIndicator.byKey(key, source + ": weights"), value));
    section(root, "benchmarks", source).forEach((key, value) -> {
      EvaluationIndicator indicator = EvaluationIndicator.byKey(key, source + ": benchmarks");
      if (!indicator.scorable() || value.signum() == 0) {
        throw new IllegalArgumentException(source + ": benchmarks." + key + " must be above zero for a scored"
            + " indicator, got " + value);
      }
      benchmarks.put(indicator, value);
    });
    section(root, "class_cutoffs_percent", source).forEach((key, value) -> {
      Grade grade;
      try {
        grade = Grade.valueOf(key);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": class_cutoffs_percent: unknown class '" + key
            + "', expected A, B or C (D is the rest)");
      }
      if (grade == Grade.D) {
        throw new IllegalArgumentException(source + ": class_cutoffs_percent: D is the rest of the ranking and"
            + " takes no cut-off");
      }
      cutoffs.put(grade, value);
    });
    return checked(new EvaluationRules(weights, benchmarks, cutoffs), source);
  }

  /** A section's numbers by key, each at least zero; empty when the section is left out. */
  private static Map<String, BigDecimal> section(JsonNode root, String name, String source) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    JsonNode section = root.get(name);
    if (section == null) {
      return values;
    }
    if (!section.isObject()) {
      throw new IllegalArgumentException(source + ": " + name + " must be an object of numbers by key");
    }
    section.fields().forEachRemaining(entry -> {
      JsonNode value = entry.getValue();
      if (!value.isNumber() || value.decimalValue().signum() < 0) {
        throw new IllegalArgumentException(source + ": " + name + "." + entry.getKey()
            + " must be a number at least 0, got " + value);
      }
      values.put(entry.getKey(), value.decimalValue());
    });
    return values;
  }

  private static EvaluationRules checked(EvaluationRules rules, String source) {
    BigDecimal scoredWeight = BigDecimal.ZERO;
    for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
      if (indicator.scorable()) {
        scoredWeight = scoredWeight.add(rules.weights().get(indicator));
      }
    }
    if (scoredWeight.signum() == 0) {
      throw new IllegalArgumentException(source + ": weights: at least one scored indicator needs a weight above 0");
    }
    BigDecimal a = rules.cutoffsPercent().get(Grade.A);
    BigDecimal b = rules.cutoffsPercent().get(Grade.B);
    BigDecimal c = rules.cutoffsPercent().get(Grade.C);
    if (a.compareTo(b) > 0 || b.compareTo(c) > 0 || c.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(source + ": class_cutoffs_percent must satisfy 0 <= A <= B <= C <= 100, got A "
          + a + ", B " + b + ", C " + c);
    }
    return rules;
  }

  /** The sum of all weights, emissions included: the points an enterprise scoring every benchmark gets. */
  BigDecimal totalWeight() {
    return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
