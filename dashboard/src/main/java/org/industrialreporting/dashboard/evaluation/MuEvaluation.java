package org.industrialreporting.dashboard.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 亩均 evaluation of a district's enterprises for January to a month of a year (docs/evaluation.md): each
 * classified enterprise's score is Σ indicator ÷ benchmark × weight over the scored indicators, the weights of the
 * indicators that cannot be scored (emissions, for want of data) shared out over the others in proportion to their
 * weights; classes follow the rank. No Kafka here: the caller gathers the enterprises.
 */
public final class MuEvaluation {

  private static final int SCORE_DECIMALS = 2;

  private MuEvaluation() {
  }

  /** Where a benchmark comes from. */
  public enum Basis {
    /** Fixed by the rules. */
    RULE,
    /** The district's average over the enterprises classified in the same months of the previous year. */
    PREVIOUS_YEAR,
    /** No enterprise was classified in the previous year: the average over this year's. */
    CURRENT_YEAR
  }

  /** Why an enterprise is not classified. */
  public enum Reason {
    NOT_REGISTERED, BELOW_SCALE, NO_LAND, UNDEFINED_INDICATOR
  }

  /** @param value null when the district's average is undefined or zero: the indicator is then not scored */
  public record Benchmark(EvaluationIndicator indicator, BigDecimal value, Basis basis) {
  }

  /**
   * A classified enterprise.
   *
   * @param rank   1 for the best; equal scores (to the hundredth) share the best rank among them
   * @param values its value of each scored indicator, in the indicator's unit
   * @param points what each scored indicator adds to the score
   */
  public record Classified(int rank, Grade grade, String creditCode, String name, BigDecimal score,
      Map<EvaluationIndicator, BigDecimal> values, Map<EvaluationIndicator, BigDecimal> points) {
  }

  public record NotClassified(String creditCode, String name, Reason reason, String explanation) {
  }

  /**
   * The evaluation.
   *
   * @param weights the weights applied: the rules' weights of the scored indicators, scaled up to the rules' total
   */
  public record Result(int year, YearMonth through, Map<EvaluationIndicator, Benchmark> benchmarks,
      Map<EvaluationIndicator, BigDecimal> weights, List<Classified> classified, List<NotClassified> notClassified) {
  }

  /**
   * Evaluates {@code current}, the district's enterprises of January to {@code through}, against benchmarks from
   * {@code previous}, the same months of the year before (as classified by the same rules).
   */
  public static Result evaluate(EvaluationRules rules, YearMonth through, Collection<EnterpriseYear> current,
      Collection<EnterpriseYear> previous) {
    List<Eligible> eligible = new ArrayList<>();
    List<NotClassified> notClassified = new ArrayList<>();
    for (EnterpriseYear enterprise : current) {
      Sums sums = Sums.of(enterprise);
      NotClassified refusal = refusal(enterprise, sums, through.getYear());
      if (refusal == null) {
        eligible.add(new Eligible(enterprise, sums));
      } else {
        notClassified.add(refusal);
      }
    }
    Sums previousTotal = total(previous, through.getYear() - 1);
    Sums benchmarkSums = previousTotal != null ? previousTotal
        : eligible.stream().map(Eligible::sums).reduce(Sums.ZERO, Sums::plus);
    Basis average = previousTotal != null ? Basis.PREVIOUS_YEAR : Basis.CURRENT_YEAR;
    Map<EvaluationIndicator, Benchmark> benchmarks = new EnumMap<>(EvaluationIndicator.class);
    for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
      if (indicator.scorable() && rules.weights().get(indicator).signum() > 0) {
        BigDecimal fixed = rules.benchmarks().get(indicator);
        BigDecimal value = fixed != null ? fixed : benchmarkSums.value(indicator);
        benchmarks.put(indicator, new Benchmark(indicator, value == null || value.signum() == 0 ? null : value,
            fixed != null ? Basis.RULE : average));
      }
    }
    Map<EvaluationIndicator, BigDecimal> weights = appliedWeights(rules, benchmarks);
    List<Scored> scored = eligible.stream().map(e -> score(e, benchmarks, weights))
        .sorted(Comparator.comparing(Scored::score).reversed()
            .thenComparing(s -> s.enterprise().enterprise().creditCode()))
        .toList();
    notClassified.sort(Comparator.comparing(NotClassified::creditCode));
    return new Result(through.getYear(), through, benchmarks, weights, ranked(scored, rules), notClassified);
  }

  private record Eligible(EnterpriseYear enterprise, Sums sums) {
  }

  private record Scored(Eligible enterprise, BigDecimal score, Map<EvaluationIndicator, BigDecimal> values,
      Map<EvaluationIndicator, BigDecimal> points) {
  }

  /** Why the enterprise, whose sums these are, cannot be classified in {@code year}; null when it can. */
  private static NotClassified refusal(EnterpriseYear enterprise, Sums sums, int year) {
    String code = enterprise.creditCode();
    String name = enterprise.name();
    if (enterprise.aboveScale() == null) {
      return new NotClassified(code, name, Reason.NOT_REGISTERED, "not in the enterprise registry");
    }
    if (!enterprise.aboveScale()) {
      return new NotClassified(code, name, Reason.BELOW_SCALE, "below scale (规下) in " + year);
    }
    if (enterprise.months().stream().noneMatch(Sums::hasLand)) {
      return new NotClassified(code, name, Reason.NO_LAND, "no land recorded with any of its reports of " + year);
    }
    for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
      if (indicator.scorable() && sums.value(indicator) == null) {
        return new NotClassified(code, name, Reason.UNDEFINED_INDICATOR, indicator.key() + " (" + indicator.label()
            + ") is undefined: its denominator is zero over the months reported");
      }
    }
    return null;
  }

  /** The sums over the enterprises classifiable in {@code year}; null when there is none. */
  private static Sums total(Collection<EnterpriseYear> enterprises, int year) {
    Sums total = null;
    for (EnterpriseYear enterprise : enterprises) {
      Sums sums = Sums.of(enterprise);
      if (refusal(enterprise, sums, year) == null) {
        total = total == null ? sums : total.plus(sums);
      }
    }
    return total;
  }

  /**
   * The weights of the indicators with a benchmark, each scaled by the rules' total weight over theirs: with the
   * defaults, emissions' 10 points go to the other five in proportion, × 100 / 90.
   */
  private static Map<EvaluationIndicator, BigDecimal> appliedWeights(EvaluationRules rules,
      Map<EvaluationIndicator, Benchmark> benchmarks) {
    BigDecimal scoredWeight = BigDecimal.ZERO;
    for (Benchmark benchmark : benchmarks.values()) {
      if (benchmark.value() != null) {
        scoredWeight = scoredWeight.add(rules.weights().get(benchmark.indicator()));
      }
    }
    Map<EvaluationIndicator, BigDecimal> weights = new EnumMap<>(EvaluationIndicator.class);
    for (Benchmark benchmark : benchmarks.values()) {
      if (benchmark.value() != null) {
        weights.put(benchmark.indicator(), rules.weights().get(benchmark.indicator()).multiply(rules.totalWeight())
            .divide(scoredWeight, Sums.PRECISION));
      }
    }
    return weights;
  }

  private static Scored score(Eligible enterprise, Map<EvaluationIndicator, Benchmark> benchmarks,
      Map<EvaluationIndicator, BigDecimal> weights) {
    Map<EvaluationIndicator, BigDecimal> values = new EnumMap<>(EvaluationIndicator.class);
    Map<EvaluationIndicator, BigDecimal> points = new EnumMap<>(EvaluationIndicator.class);
    BigDecimal score = BigDecimal.ZERO;
    for (Map.Entry<EvaluationIndicator, BigDecimal> weight : weights.entrySet()) {
      EvaluationIndicator indicator = weight.getKey();
      BigDecimal value = enterprise.sums().value(indicator);
      BigDecimal point = value.divide(benchmarks.get(indicator).value(), Sums.PRECISION).multiply(weight.getValue());
      values.put(indicator, value);
      points.put(indicator, point);
      score = score.add(point);
    }
    return new Scored(enterprise, score.setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN), values, points);
  }

  /**
   * Ranks the scored enterprises (best first) and classes them: an enterprise is in the first class whose cut-off
   * the share of enterprises ranked above it is below, so with n enterprises A takes ranks r with
   * (r − 1) < 20 % × n, and D the ranks from 95 % × n + 1 on.
   */
  private static List<Classified> ranked(List<Scored> scored, EvaluationRules rules) {
    List<Classified> ranked = new ArrayList<>(scored.size());
    BigDecimal n = BigDecimal.valueOf(scored.size());
    int rank = 0;
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      if (i == 0 || s.score().compareTo(scored.get(i - 1).score()) != 0) {
        rank = i + 1;
      }
      BigDecimal abovePercent = BigDecimal.valueOf(rank - 1).multiply(BigDecimal.valueOf(100));
      Grade grade = Grade.D;
      for (Grade candidate : List.of(Grade.A, Grade.B, Grade.C)) {
        if (abovePercent.compareTo(rules.cutoffsPercent().get(candidate).multiply(n)) < 0) {
          grade = candidate;
          break;
        }
      }
      EnterpriseYear enterprise = s.enterprise().enterprise();
      ranked.add(new Classified(rank, grade, enterprise.creditCode(), enterprise.name(), s.score(), s.values(),
          s.points()));
    }
    return ranked;
  }
}
