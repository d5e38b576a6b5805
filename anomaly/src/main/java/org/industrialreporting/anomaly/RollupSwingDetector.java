package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * Abnormal swings of a district's or park's monthly totals (ROLLUP_SWING): for energy and for output, the month's
 * log change against its expected level ({@link ExpectedLevel}: recent months and the same month a year earlier,
 * allowing for the Spring Festival) is scored against the same changes of the scope's own earlier months
 * (median and median absolute deviation), so that a scope whose totals always swing is judged by its own swings.
 * A month needs six earlier changes to be judged. Of the two figures the one further off is the alert; the other
 * is shown beside it.
 */
public final class RollupSwingDetector {

  private static final int BASELINE_MONTHS = 3;
  private static final int MIN_CHANGES = 6;
  /** Totals of many enterprises are steadier than one enterprise, but never trusted below 2 %. */
  private static final double MIN_SCALE = 0.02;

  private RollupSwingDetector() {
  }

  private record Swing(String indicator, ToLongFunction<MonthFigures> figure, double change, double score,
      AppliedRule rule, Severity severity) {
  }

  /**
   * The swing of {@code period}, if any.
   *
   * @param months the scope's monthly totals; those up to {@value EnterpriseDetector#HISTORY_MONTHS} months before
   *     {@code period} are used
   */
  public static Optional<Finding> detect(Subject scope, NavigableMap<YearMonth, MonthFigures> months,
      YearMonth period, RuleBook rules) {
    MonthFigures current = months.get(period);
    if (current == null) {
      return Optional.empty();
    }
    NavigableMap<YearMonth, MonthFigures> window =
        months.subMap(period.minusMonths(EnterpriseDetector.HISTORY_MONTHS), true, period, true);
    Optional<Swing> energy = swing(scope, window, period, Figure.ENERGY, MonthFigures::energyKgce, rules);
    Optional<Swing> output = swing(scope, window, period, Figure.OUTPUT, MonthFigures::outputYuan, rules);
    Optional<Swing> worst = energy.isEmpty() ? output : output.isEmpty() ? energy
        : energy.get().score() >= output.get().score() ? energy : output;
    return worst.map(swing -> finding(window, period, swing));
  }

  private static Optional<Swing> swing(Subject scope, NavigableMap<YearMonth, MonthFigures> window, YearMonth period,
      String indicator, ToLongFunction<MonthFigures> figure, RuleBook rules) {
    List<Double> earlier = new ArrayList<>();
    Double change = null;
    for (MonthFigures month : window.values()) {
      if (figure.applyAsLong(month) <= 0) {
        continue;
      }
      NavigableMap<YearMonth, MonthFigures> before = positive(window.headMap(month.period(), false), figure);
      if (before.size() < BASELINE_MONTHS) {
        continue;
      }
      List<MonthFigures> recent = new ArrayList<>(before.values()).subList(before.size() - BASELINE_MONTHS,
          before.size());
      double logChange = Math.log(figure.applyAsLong(month)
          / ExpectedLevel.of(figure, before, recent, month.period()));
      if (month.period().equals(period)) {
        change = logChange;
      } else {
        earlier.add(logChange);
      }
    }
    if (change == null || earlier.size() < MIN_CHANGES) {
      return Optional.empty();
    }
    double[] history = earlier.stream().mapToDouble(Double::doubleValue).toArray();
    double center = RobustStatistics.median(history);
    double score = Math.abs(change - center) / Math.max(RobustStatistics.scale(history, center), MIN_SCALE);
    AppliedRule rule = rules.ruleFor(AlertKind.ROLLUP_SWING, indicator, scope.districtCode(), null);
    Severity severity = rule.enabled() ? rule.severity(score, Math.abs(change)) : null;
    return severity == null ? Optional.empty()
        : Optional.of(new Swing(indicator, figure, change, score, rule, severity));
  }

  private static Finding finding(NavigableMap<YearMonth, MonthFigures> window, YearMonth period, Swing swing) {
    MonthFigures current = window.get(period);
    NavigableMap<YearMonth, MonthFigures> before = positive(window.headMap(period, false), swing.figure());
    List<MonthFigures> recent = new ArrayList<>(before.values()).subList(before.size() - BASELINE_MONTHS,
        before.size());
    DisplayBaseline baseline = DisplayBaseline.choose(current, before.get(period.minusYears(1)), recent,
        swing.figure(), swing.change() > 0 ? 1 : -1);
    boolean energy = swing.indicator().equals(Figure.ENERGY);
    Figure other = energy ? baseline.figure(Figure.OUTPUT, MonthFigures::outputYuan, current)
        : baseline.figure(Figure.ENERGY, MonthFigures::energyKgce, current);
    return new Finding(AlertKind.ROLLUP_SWING, swing.severity(), EnterpriseDetector.rounded(swing.score()),
        swing.rule().zThreshold(swing.severity()), swing.rule().key(),
        baseline.figure(swing.indicator(), swing.figure(), current), List.of(other));
  }

  private static NavigableMap<YearMonth, MonthFigures> positive(NavigableMap<YearMonth, MonthFigures> months,
      ToLongFunction<MonthFigures> figure) {
    NavigableMap<YearMonth, MonthFigures> positive = new TreeMap<>();
    months.values().stream().filter(m -> figure.applyAsLong(m) > 0).forEach(m -> positive.put(m.period(), m));
    return positive;
  }
}
