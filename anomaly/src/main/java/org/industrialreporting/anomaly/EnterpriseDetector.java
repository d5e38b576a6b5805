package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * Finds the anomalies of one enterprise's month from its own history: the same code for the streams application
 * and for {@code evaluate}. At most one of the kinds below per month, in this precedence, plus an independent
 * {@link BudgetOverrun}:
 * <ol>
 *   <li>STOPPAGE: output and energy both collapsed against their expected levels.</li>
 *   <li>Energy off its relation with output (the month's residual, see {@link EnergyOutputRelation}) by the
 *       rule's robust z and change. Which figure moved is read from output against its expected level
 *       ({@link ExpectedLevel}): unchanged output means energy moved (ENERGY_RISE, ENERGY_FALL); output that moved
 *       as far as the residual implies means output moved alone (OUTPUT_RISE, OUTPUT_FALL); output that fell by a
 *       share of it means both moved apart (ENERGY_OUTPUT_DIVERGENCE) — the nearest explanation wins.</li>
 *   <li>INTENSITY_JUMP: energy per output rose by the rule's change where neither figure alone moved enough for
 *       the kinds above. A fall of intensity is no risk to energy targets and is not alerted on its own.</li>
 * </ol>
 * A month needs three earlier reported months to be judged; seasons and the Spring Festival move output and
 * energy together and leave the relation alone, which is why they are not flagged.
 */
public final class EnterpriseDetector {

  /** How far back an evaluation looks: a change to a month can change the evaluations of this many later months. */
  public static final int HISTORY_MONTHS = EnterpriseMonth.HISTORY_MONTHS;
  /** Below this, the base load is assumed to dominate less than it seems: a noisy fit must not inflate changes. */
  private static final double MIN_ELASTICITY = 0.2;
  private static final double PERCENT = 100;

  private EnterpriseDetector() {
  }

  /**
   * The findings of {@code period}, from the enterprise's months up to it.
   *
   * @param months the enterprise's reported months; those up to {@value #HISTORY_MONTHS} months before
   *     {@code period} and the months of its year are used
   */
  public static List<Finding> detect(Subject subject, NavigableMap<YearMonth, MonthFigures> months, YearMonth period,
      RuleBook rules) {
    if (!months.containsKey(period)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(2);
    AppliedRule stoppage = rule(rules, AlertKind.STOPPAGE, subject);
    EnterpriseMonth.assess(months, period, stoppage)
        .flatMap(month -> stoppage(month, stoppage).or(() -> relationKind(month, subject, rules)))
        .ifPresent(findings::add);
    BudgetOverrun.check(subject, months, period, rule(rules, AlertKind.BUDGET_OVERRUN, subject))
        .ifPresent(findings::add);
    return findings;
  }

  private static Optional<Finding> stoppage(EnterpriseMonth month, AppliedRule rule) {
    double outputRatio = month.outputRatio();
    if (!rule.enabled() || outputRatio * 10_000 > rule.rule().getStoppageOutputRatioBp()
        || month.energyRatio() * 10_000 > rule.rule().getStoppageEnergyRatioBp()) {
      return Optional.empty();
    }
    boolean red = outputRatio * 10_000 <= rule.rule().getStoppageRedOutputRatioBp();
    int thresholdBp = red ? rule.rule().getStoppageRedOutputRatioBp() : rule.rule().getStoppageOutputRatioBp();
    DisplayBaseline baseline = month.baseline(MonthFigures::outputYuan, -1);
    return Optional.of(new Finding(AlertKind.STOPPAGE, red ? Severity.RED : Severity.YELLOW,
        rounded(outputRatio * PERCENT), thresholdBp / PERCENT, rule.key(),
        baseline.figure(Figure.OUTPUT, MonthFigures::outputYuan, month.current()),
        List.of(baseline.figure(Figure.ENERGY, MonthFigures::energyKgce, month.current()))));
  }

  private static Optional<Finding> relationKind(EnterpriseMonth month, Subject subject, RuleBook rules) {
    double residual = month.residual();
    double elasticity = Math.max(month.elasticity(), MIN_ELASTICITY);
    double output = month.outputChange();
    // What the residual implies each figure did, under each explanation of it.
    double outputAlone = residual / elasticity;
    double apart = residual / (1 + elasticity);
    if (residual > 0) {
      AlertKind kind = AlertKind.ENERGY_RISE;
      double change = residual;
      if (Math.abs(output + outputAlone) < Math.abs(output)) {
        kind = AlertKind.OUTPUT_FALL;
        change = outputAlone;
      }
      if (Math.abs(output + apart) < Math.abs(output + (kind == AlertKind.OUTPUT_FALL ? outputAlone : 0))) {
        kind = AlertKind.ENERGY_OUTPUT_DIVERGENCE;
        change = apart;
      }
      AppliedRule rule = rule(rules, kind, subject);
      if (change < rule.minLogChange()) {
        kind = AlertKind.INTENSITY_JUMP;
        change = residual;
        rule = rule(rules, kind, subject);
      }
      return finding(month, kind, rule, change);
    }
    boolean outputRose = Math.abs(output + outputAlone) < Math.abs(output);
    AlertKind kind = outputRose ? AlertKind.OUTPUT_RISE : AlertKind.ENERGY_FALL;
    return finding(month, kind, rule(rules, kind, subject), outputRose ? -outputAlone : -residual);
  }

  private static Optional<Finding> finding(EnterpriseMonth month, AlertKind kind, AppliedRule rule, double change) {
    double score = Math.abs(month.score());
    Severity severity = rule.enabled() ? rule.severity(score, change) : null;
    if (severity == null) {
      return Optional.empty();
    }
    ToLongFunction<MonthFigures> energy = MonthFigures::energyKgce;
    ToLongFunction<MonthFigures> output = MonthFigures::outputYuan;
    MonthFigures current = month.current();
    List<Figure> shown = switch (kind) {
      case ENERGY_RISE, ENERGY_FALL, ENERGY_OUTPUT_DIVERGENCE -> {
        DisplayBaseline baseline = month.baseline(energy, kind == AlertKind.ENERGY_FALL ? -1 : 1);
        yield List.of(baseline.figure(Figure.ENERGY, energy, current), baseline.figure(Figure.OUTPUT, output, current));
      }
      case OUTPUT_RISE, OUTPUT_FALL -> {
        DisplayBaseline baseline = month.baseline(output, kind == AlertKind.OUTPUT_FALL ? -1 : 1);
        yield List.of(baseline.figure(Figure.OUTPUT, output, current), baseline.figure(Figure.ENERGY, energy, current));
      }
      default -> {
        DisplayBaseline baseline = month.baseline(Figure::intensity, 1);
        yield List.of(baseline.figure(Figure.INTENSITY, Figure::intensity, current),
            baseline.figure(Figure.ENERGY, energy, current), baseline.figure(Figure.OUTPUT, output, current));
      }
    };
    return Optional.of(new Finding(kind, severity, rounded(score), rule.zThreshold(severity), rule.key(),
        shown.get(0), shown.subList(1, shown.size())));
  }

  private static AppliedRule rule(RuleBook rules, AlertKind kind, Subject subject) {
    return rules.ruleFor(kind, null, subject.districtCode(), subject.industryCode());
  }

  /** Scores are shown and compared at one decimal, so that noise in the last digits changes no alert. */
  static double rounded(double score) {
    return Math.round(score * 10) / 10.0;
  }
}
