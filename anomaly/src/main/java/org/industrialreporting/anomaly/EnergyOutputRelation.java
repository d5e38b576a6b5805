package org.industrialreporting.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * How an enterprise's energy follows its output: a base load (furnaces, cooling, lighting) plus a part proportional
 * to output, {@code energy = baseLoad + rate × output}, fitted to its recent months. Seasons, the Spring Festival
 * and orders move output and energy along this line; an energy or output figure that moves alone leaves it. The
 * residual of a month, {@code ln(energy / expected energy at its output)}, is therefore the change of its energy
 * intensity that the month's output does not explain.
 *
 * <p>The fit resists odd months: the slope is the median of the slopes between pairs of months (Theil–Sen), the
 * base load the median of what each month leaves over, and months far off the first line are dropped before the
 * line is fitted again. The scale of the residuals is their median absolute deviation, each month's residual taken
 * against the line fitted without it, so that the scale is honest about months the line has not seen.
 */
final class EnergyOutputRelation {

  /** Months whose outputs differ by less than about 10 % say more about noise than about the slope. */
  private static final double MIN_LOG_SPREAD = 0.1;
  private static final int MIN_SLOPES = 3;
  /** Without enough spread in output: assume the typical case, four fifths of energy following output. */
  private static final double PRIOR_PROPORTIONAL_SHARE = 0.8;
  /** Months further than this many scales off the first line are not used for the final one. */
  static final double OUTLIER_SCALES = 4;
  /** Residual scale below which nothing is believed: monthly energy is never measured better than about 3 %. */
  static final double MIN_SCALE = 0.03;
  /** Scale assumed when too few months remain to measure one. */
  static final double SHORT_HISTORY_SCALE = 0.05;

  private final Line line;
  private final double center;
  private final double scale;
  private final List<MonthFigures> kept;

  private EnergyOutputRelation(Line line, double center, double scale, List<MonthFigures> kept) {
    this.line = line;
    this.center = center;
    this.scale = scale;
    this.kept = List.copyOf(kept);
  }

  private record Line(double baseLoad, double rate) {

    double energy(double output) {
      return baseLoad + rate * output;
    }

    double residual(MonthFigures month) {
      return Math.log(Math.max(month.energyKgce(), 1) / energy(Math.max(month.outputYuan(), 1)));
    }
  }

  /**
   * Fits the relation to months that all have output and energy above zero, in period order.
   *
   * @throws IllegalArgumentException with fewer than three months
   */
  static EnergyOutputRelation fit(List<MonthFigures> months) {
    if (months.size() < 3) {
      throw new IllegalArgumentException("a relation needs at least three months, got " + months.size());
    }
    Line first = theilSen(months);
    double[] residuals = months.stream().mapToDouble(first::residual).toArray();
    double firstCenter = RobustStatistics.median(residuals);
    double firstScale = Math.max(RobustStatistics.scale(residuals, firstCenter), MIN_SCALE);
    List<MonthFigures> kept = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      if (Math.abs(residuals[i] - firstCenter) <= OUTLIER_SCALES * firstScale) {
        kept.add(months.get(i));
      }
    }
    if (kept.size() < 3) {
      kept = months;
    }
    Line line = kept.size() == months.size() ? first : theilSen(kept);
    if (kept.size() < 4) {
      return new EnergyOutputRelation(line, 0, SHORT_HISTORY_SCALE, kept);
    }
    double[] leftOut = new double[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      List<MonthFigures> others = new ArrayList<>(kept);
      others.remove(i);
      leftOut[i] = theilSen(others).residual(kept.get(i));
    }
    double center = RobustStatistics.median(leftOut);
    return new EnergyOutputRelation(line, center, Math.max(RobustStatistics.scale(leftOut, center), MIN_SCALE), kept);
  }

  private static Line theilSen(List<MonthFigures> months) {
    double[] slopes = new double[months.size() * (months.size() - 1) / 2];
    int count = 0;
    for (int i = 0; i < months.size(); i++) {
      for (int j = i + 1; j < months.size(); j++) {
        MonthFigures a = months.get(i);
        MonthFigures b = months.get(j);
        if (Math.abs(Math.log((double) a.outputYuan() / b.outputYuan())) >= MIN_LOG_SPREAD) {
          slopes[count++] = (double) (a.energyKgce() - b.energyKgce()) / (a.outputYuan() - b.outputYuan());
        }
      }
    }
    double intensity = RobustStatistics.median(
        months.stream().mapToDouble(m -> (double) m.energyKgce() / m.outputYuan()).toArray());
    double rate = count >= MIN_SLOPES ? RobustStatistics.median(java.util.Arrays.copyOf(slopes, count))
        : PRIOR_PROPORTIONAL_SHARE * intensity;
    // Energy does not fall as output rises, and the base load is not negative.
    double bounded = Math.min(Math.max(rate, 0), intensity);
    double baseLoad = RobustStatistics.median(
        months.stream().mapToDouble(m -> m.energyKgce() - bounded * m.outputYuan()).toArray());
    return new Line(Math.max(baseLoad, 0), bounded);
  }

  /** Energy expected at this output, kgce. */
  double expectedEnergy(double outputYuan) {
    return line.energy(outputYuan);
  }

  /** The month's residual against the line, less the typical residual: its unexplained change of intensity. */
  double residual(MonthFigures month) {
    return line.residual(month) - center;
  }

  /** How many of the enterprise's own deviations the month's residual is: a robust z score. */
  double score(MonthFigures month) {
    return residual(month) / scale;
  }

  /** The relative change of energy for a relative change of output around this output (1 without base load). */
  double elasticity(double outputYuan) {
    return line.rate() * outputYuan / line.energy(outputYuan);
  }

  /** The months the line was fitted to, without those far off it, in period order. */
  List<MonthFigures> kept() {
    return kept;
  }
}
