package org.industrialreporting.anomaly;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

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
    Points points = new Points(months);
    int[] all = IntStream.range(0, months.size()).toArray();
    Line first = theilSen(points, all);
    double[] residuals = new double[all.length];
    for (int i : all) {
      residuals[i] = first.residual(months.get(i));
    }
    double firstCenter = RobustStatistics.median(residuals);
    double firstScale = Math.max(RobustStatistics.scale(residuals, firstCenter), MIN_SCALE);
    int[] kept = IntStream.of(all).filter(i -> Math.abs(residuals[i] - firstCenter) <= OUTLIER_SCALES * firstScale)
        .toArray();
    if (kept.length < 3) {
      kept = all;
    }
    Line line = kept.length == all.length ? first : theilSen(points, kept);
    List<MonthFigures> keptMonths = IntStream.of(kept).mapToObj(months::get).toList();
    if (kept.length < 4) {
      return new EnergyOutputRelation(line, 0, SHORT_HISTORY_SCALE, keptMonths);
    }
    double[] leftOut = new double[kept.length];
    for (int k = 0; k < kept.length; k++) {
      int without = kept[k];
      leftOut[k] = theilSen(points, IntStream.of(kept).filter(i -> i != without).toArray())
          .residual(months.get(without));
    }
    double center = RobustStatistics.median(leftOut);
    return new EnergyOutputRelation(line, center, Math.max(RobustStatistics.scale(leftOut, center), MIN_SCALE),
        keptMonths);
  }

  /** The months' figures as arrays, with the logarithm of output computed once for all pairs. */
  private static final class Points {

    final double[] output;
    final double[] energy;
    final double[] logOutput;

    Points(List<MonthFigures> months) {
      output = months.stream().mapToDouble(MonthFigures::outputYuan).toArray();
      energy = months.stream().mapToDouble(MonthFigures::energyKgce).toArray();
      logOutput = DoubleStream.of(output).map(Math::log).toArray();
    }
  }

  /** The Theil–Sen line through the given points (indices into {@code points}). */
  private static Line theilSen(Points points, int[] members) {
    double[] slopes = new double[members.length * (members.length - 1) / 2];
    int count = 0;
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        int a = members[i];
        int b = members[j];
        if (Math.abs(points.logOutput[a] - points.logOutput[b]) >= MIN_LOG_SPREAD) {
          slopes[count++] = (points.energy[a] - points.energy[b]) / (points.output[a] - points.output[b]);
        }
      }
    }
    double[] intensities = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      intensities[i] = points.energy[members[i]] / points.output[members[i]];
    }
    double intensity = RobustStatistics.median(intensities);
    double rate = count >= MIN_SLOPES ? RobustStatistics.median(Arrays.copyOf(slopes, count))
        : PRIOR_PROPORTIONAL_SHARE * intensity;
    // Energy does not fall as output rises, and the base load is not negative.
    double bounded = Math.min(Math.max(rate, 0), intensity);
    double[] leftOver = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      leftOver[i] = points.energy[members[i]] - bounded * points.output[members[i]];
    }
    return new Line(Math.max(RobustStatistics.median(leftOver), 0), bounded);
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
