package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * One month of an enterprise seen against its own history: which earlier months can serve as a baseline (not
 * stopped, within {@value #HISTORY_MONTHS} months), the energy–output relation of the latest twelve of them, the
 * three latest that sit on it (the month-on-month baseline), and the output the month was expected to have.
 */
final class EnterpriseMonth {

  /** How far back an evaluation looks: a change to a month can change the evaluations of this many later months. */
  static final int HISTORY_MONTHS = 24;
  private static final int RELATION_MONTHS = 12;
  private static final int BASELINE_MONTHS = 3;
  /** Months before a month that tell whether it was stopped. */
  private static final int STOPPAGE_REFERENCE_MONTHS = 6;
  private static final int MIN_MONTHS = 3;

  private final MonthFigures current;
  private final NavigableMap<YearMonth, MonthFigures> usable;
  private final EnergyOutputRelation relation;
  private final List<MonthFigures> recent;
  private final double expectedOutput;

  private EnterpriseMonth(MonthFigures current, NavigableMap<YearMonth, MonthFigures> usable,
      EnergyOutputRelation relation, List<MonthFigures> recent, double expectedOutput) {
    this.current = current;
    this.usable = usable;
    this.relation = relation;
    this.recent = recent;
    this.expectedOutput = expectedOutput;
  }

  /**
   * The month against the history before it; empty when fewer than three earlier months were reported or can
   * serve as a baseline.
   *
   * @param stoppage the stoppage rule, whose ratios tell which earlier months were stopped
   */
  static Optional<EnterpriseMonth> assess(NavigableMap<YearMonth, MonthFigures> months, YearMonth period,
      AppliedRule stoppage) {
    MonthFigures current = months.get(period);
    List<MonthFigures> before = new ArrayList<>(
        months.subMap(period.minusMonths(HISTORY_MONTHS), true, period, false).values());
    NavigableMap<YearMonth, MonthFigures> usable = new TreeMap<>();
    double[] outputs = before.stream().mapToDouble(MonthFigures::outputYuan).toArray();
    double[] energies = before.stream().mapToDouble(MonthFigures::energyKgce).toArray();
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).hasOutputAndEnergy() && !stopped(outputs, energies, i, stoppage)) {
        usable.put(before.get(i).period(), before.get(i));
      }
    }
    if (current == null || before.size() < MIN_MONTHS || usable.size() < MIN_MONTHS) {
      return Optional.empty();
    }
    List<MonthFigures> latest = new ArrayList<>(usable.values());
    EnergyOutputRelation relation = EnergyOutputRelation.fit(
        latest.subList(Math.max(0, latest.size() - RELATION_MONTHS), latest.size()));
    List<MonthFigures> kept = relation.kept();
    List<MonthFigures> recent = kept.subList(Math.max(0, kept.size() - BASELINE_MONTHS), kept.size());
    double expectedOutput = ExpectedLevel.of(MonthFigures::outputYuan, usable, recent, period);
    return Optional.of(new EnterpriseMonth(current, usable, relation, recent, expectedOutput));
  }

  /** Stopped: output and energy of month {@code i} both collapsed against the median of the months before it. */
  private static boolean stopped(double[] outputs, double[] energies, int i, AppliedRule stoppage) {
    int from = Math.max(0, i - STOPPAGE_REFERENCE_MONTHS);
    if (i - from < MIN_MONTHS) {
      return false;
    }
    double output = RobustStatistics.median(Arrays.copyOfRange(outputs, from, i));
    double energy = RobustStatistics.median(Arrays.copyOfRange(energies, from, i));
    return outputs[i] * 10_000 <= output * stoppage.rule().getStoppageOutputRatioBp()
        && energies[i] * 10_000 <= energy * stoppage.rule().getStoppageEnergyRatioBp();
  }

  MonthFigures current() {
    return current;
  }

  /** The month's output as a share of its expected level. */
  double outputRatio() {
    return current.outputYuan() / expectedOutput;
  }

  /** The month's energy as a share of the energy expected at its expected output. */
  double energyRatio() {
    return current.energyKgce() / relation.expectedEnergy(expectedOutput);
  }

  /** Log change of output against its expected level. */
  double outputChange() {
    return Math.log(Math.max(current.outputYuan(), 1) / expectedOutput);
  }

  /** Log change of intensity that the month's output does not explain (see {@link EnergyOutputRelation}). */
  double residual() {
    return relation.residual(current);
  }

  /** The residual in the enterprise's own robust deviations. */
  double score() {
    return relation.score(current);
  }

  /** Relative change of energy per relative change of output at the expected output. */
  double elasticity() {
    return relation.elasticity(expectedOutput);
  }

  /** The baseline to show for an anomaly moving {@code value} in {@code direction} (+1 up, −1 down). */
  DisplayBaseline baseline(ToLongFunction<MonthFigures> value, int direction) {
    MonthFigures lastYear = usable.get(current.period().minusYears(1));
    boolean ordinary = lastYear != null && Math.abs(relation.score(lastYear)) < EnergyOutputRelation.OUTLIER_SCALES;
    return DisplayBaseline.choose(current, ordinary ? lastYear : null, recent, value, direction);
  }
}
