package org.industrialreporting.anomaly;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * Abnormal swings of a district's or park's monthly totals (ROLLUP_SWING): for energy and for output, the month's
 * departure from its expected level ({@link LevelTrack}: recent months and the same month a year earlier, allowing
 * for the Spring Festival) is scored against the departures of the scope's own earlier months (median and median
 * absolute deviation), so that a scope whose totals always swing is judged by its own swings. A month needs six
 * earlier departures to be judged. Of the two figures the one further off is the alert; the other is shown beside
 * it.
 *
 * <p>Totals are only judged on complete months: while reports are still arriving a month's totals are partial and
 * would swing by how many have come in. The caller says which months are complete (see
 * {@link MonthCompleteness}); incomplete earlier months are left out of the history.
 */
public final class RollupSwingDetector {

  private static final int MIN_DEPARTURES = 6;
  /** Totals of many enterprises are steadier than one enterprise, but never trusted below 2 %. */
  private static final double MIN_SCALE = 0.02;
  private static final int WINDOW = EnterpriseDetector.HISTORY_MONTHS + 1;

  private RollupSwingDetector() {
  }

  private record Swing(String indicator, LevelTrack track, DisplayBaseline.Value figure, double change,
      double score, AppliedRule rule, Severity severity) {
  }

  /**
   * The swing of a complete month, if any.
   *
   * @param months the scope's monthly totals; those up to {@value EnterpriseDetector#HISTORY_MONTHS} months before
   *     {@code month} are used
   * @param complete which months are complete
   * @throws IllegalArgumentException when {@code month} is not complete: it cannot be judged yet, and its alert
   *     must stay as it is
   */
  public static Optional<Finding> detect(Subject scope, MonthSeries months, IntPredicate complete, int month,
      RuleBook rules) {
    if (!complete.test(month)) {
      throw new IllegalArgumentException(MonthSeries.month(month) + " of " + scope.id()
          + " is not complete yet and cannot be judged");
    }
    if (!months.reported(month)) {
      return Optional.empty();
    }
    Optional<Swing> energy = swing(scope, months, complete, month, Figure.ENERGY, DisplayBaseline.Value.ENERGY,
        rules);
    Optional<Swing> output = swing(scope, months, complete, month, Figure.OUTPUT, DisplayBaseline.Value.OUTPUT,
        rules);
    Optional<Swing> worst = energy.isEmpty() ? output : output.isEmpty() ? energy
        : energy.get().score() >= output.get().score() ? energy : output;
    return worst.map(swing -> finding(months, month, swing));
  }

  private static Optional<Swing> swing(Subject scope, MonthSeries months, IntPredicate complete, int month,
      String indicator, DisplayBaseline.Value figure, RuleBook rules) {
    LevelTrack track = new LevelTrack(WINDOW);
    track.reset(WINDOW);
    int from = month - EnterpriseDetector.HISTORY_MONTHS;
    for (int k = 0; k < WINDOW; k++) {
      long value = figure.of(months, from + k);
      if (value > 0 && complete.test(from + k)) {
        track.set(k, Math.log(value) - FestivalEffect.logTypicalFactor(from + k), FestivalEffect.inSeason(from + k));
      }
    }
    track.run();
    double departure = track.departure(WINDOW - 1);
    if (Double.isNaN(departure) || track.departures() < MIN_DEPARTURES) {
      return Optional.empty();
    }
    double change = departure - track.center();
    double score = EnterpriseDetector.rounded(Math.abs(change) / Math.max(track.scale(), MIN_SCALE));
    AppliedRule rule = rules.ruleFor(AlertKind.ROLLUP_SWING, indicator, scope.districtCode(), null);
    Severity severity = rule.severity(score, Math.abs(change));
    return severity == null ? Optional.empty()
        : Optional.of(new Swing(indicator, track, figure, change, score, rule, severity));
  }

  private static Finding finding(MonthSeries months, int month, Swing swing) {
    int from = month - EnterpriseDetector.HISTORY_MONTHS;
    DisplayBaseline baseline = DisplayBaseline.choose(months, month, swing.track(), from, swing.figure(),
        swing.change() > 0 ? 1 : -1);
    boolean energy = swing.indicator().equals(Figure.ENERGY);
    Figure other = energy ? baseline.figure(Figure.OUTPUT, DisplayBaseline.Value.OUTPUT, months, month)
        : baseline.figure(Figure.ENERGY, DisplayBaseline.Value.ENERGY, months, month);
    return new Finding(AlertKind.ROLLUP_SWING, swing.severity(), swing.score(),
        swing.rule().zThreshold(swing.severity()), swing.rule().key(),
        baseline.figure(swing.indicator(), swing.figure(), months, month), List.of(other));
  }
}
