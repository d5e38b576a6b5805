package org.industrialreporting.anomaly;

import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;

/**
 * Finds the anomalies of one enterprise's month from its own last {@value #HISTORY_MONTHS} months: the same code
 * for the streams application and for {@code evaluate}. Output and energy are each followed against the level
 * expected from their own history and season ({@link LevelTrack}: recent months and the same month a year
 * earlier, the Spring Festival from the public calendar scaled by the enterprise's own festival sensitivity where a
 * season in its history shows it, {@link FestivalEffect}); the two tracks share their baseline months. A figure's
 * change is its departure from that level, less what a seasonal ramp explains while there is no year earlier to
 * show the season (not for output when its change broke the energy–output relation: a ramp moves both). Besides, energy's departure is compared with what output's implies (the residual {@code energy
 * change − elasticity × output change}, the elasticity fitted to the enterprise's months): seasons, the festival and
 * orders move both figures along it. The findings of a month, in this precedence:
 * <ol>
 *   <li>STOPPAGE: output and energy both collapsed against their expected levels — alone.</li>
 *   <li>ENERGY_OUTPUT_DIVERGENCE: energy up and output down, each by the rule's change, and the residual beyond the
 *       rule's z — alone, not as the rise and fall it consists of.</li>
 *   <li>OUTPUT_RISE / OUTPUT_FALL when output's change reaches the rule's change and the rule's z, counted in the
 *       enterprise's own deviations of such changes or, when the change is what broke the energy–output relation,
 *       in the relation's; ENERGY_RISE / ENERGY_FALL alike; both when both move.</li>
 *   <li>INTENSITY_JUMP: otherwise, a residual up by the rule's change and z — energy per output rose although
 *       neither figure alone moved enough. A fall of intensity is no risk to energy targets and is not alerted.</li>
 * </ol>
 * Scores are z scores in the enterprise's own robust deviations, widened in festival months by how uncertain the
 * festival's effect is, so that seasons, the festival and noisy enterprises are not flagged. A month needs three
 * earlier baseline months to be judged. Budget overrun is judged per year, by {@link BudgetOverrun}.
 *
 * <p>An instance is a reusable workspace: not thread-safe (one per stream thread or processor), and judging a
 * month where nothing is found allocates nothing.
 */
public final class EnterpriseDetector {

  /** How far back a judgement looks: a change to a month can change the judgements of this many later months. */
  public static final int HISTORY_MONTHS = 24;
  private static final int WINDOW = HISTORY_MONTHS + 1;
  /**
   * Uncertainty of an enterprise's festival sensitivity, times the month's typical log factor: enterprises range
   * from hardly slowing down to closing for a month; once a season of its own is seen, much less.
   */
  private static final double UNKNOWN_FESTIVAL_DOUBT = 0.8;
  private static final double LEARNT_FESTIVAL_DOUBT = 0.3;
  /** Without months that show it, four fifths of energy are assumed to follow output. */
  private static final double PRIOR_ELASTICITY = 0.8;
  /** The prior counts as much as a year of 3 % output swings. */
  private static final double PRIOR_WEIGHT = 12 * 0.03 * 0.03;
  private static final double MAX_ELASTICITY = 1.2;
  /** Scale below which nothing is believed: monthly figures are never measured better than about 3 %. */
  private static final double MIN_SCALE = 0.03;
  /** Departures needed before an enterprise's own scale is trusted. */
  private static final int MIN_DEPARTURES = 4;
  /** Scales assumed while fewer departures are known: a figure's, and the energy–output relation's. */
  private static final double SHORT_HISTORY_FIGURE_SCALE = 0.1;
  private static final double SHORT_HISTORY_RELATION_SCALE = 0.05;
  private static final double BP = 10_000;
  private static final double PERCENT = 100;

  private final LevelTrack output = new LevelTrack(WINDOW);
  private final LevelTrack energy = new LevelTrack(WINDOW);
  private final double[] residuals = new double[WINDOW];
  private double residualCenter;
  private double residualScale;
  private double[] logOutput = new double[2 * HISTORY_MONTHS + 1];
  private double[] logEnergy = new double[2 * HISTORY_MONTHS + 1];

  /** What {@link #detectFrom} found in each month it judged. */
  @FunctionalInterface
  public interface MonthFindings {
    /** @param findings the month's findings, empty when it has none */
    void accept(int month, List<Finding> findings);
  }

  /**
   * The findings of one month from the months before it: this month only, as for a new report of the latest month.
   *
   * @param month a month number ({@link MonthSeries#index}); a month not reported has no findings
   * @return the findings, an empty list when there are none
   */
  public List<Finding> detect(MonthSeries months, int month, EnterpriseRules rules) {
    if (!months.reported(month)) {
      return List.of();
    }
    int from = month - HISTORY_MONTHS;
    logs(months, from, month);
    return judge(months, month, rules, from);
  }

  /**
   * Judges again a changed month and every later reported month whose history holds it (up to
   * {@value #HISTORY_MONTHS} months on), as for a correction or a late report; the logarithms of the figures are
   * taken once for all of them.
   */
  public void detectFrom(MonthSeries months, int changed, EnterpriseRules rules, MonthFindings sink) {
    int last = Math.min(changed + HISTORY_MONTHS, months.lastMonth());
    int from = changed - HISTORY_MONTHS;
    logs(months, from, last);
    for (int month = changed; month <= last; month++) {
      if (months.reported(month)) {
        sink.accept(month, judge(months, month, rules, from));
      }
    }
  }

  /** Logarithms of both figures of the months from {@code from} to {@code to}; NaN unless both are above zero. */
  private void logs(MonthSeries months, int from, int to) {
    int count = to - from + 1;
    if (logOutput.length < count) {
      logOutput = new double[count];
      logEnergy = new double[count];
    }
    for (int i = 0; i < count; i++) {
      long o = months.outputYuan(from + i);
      long e = months.energyKgce(from + i);
      boolean usable = o > 0 && e > 0;
      logOutput[i] = usable ? Math.log(o) : Double.NaN;
      logEnergy[i] = usable ? Math.log(e) : Double.NaN;
    }
  }

  /** @param logsFrom the month of {@code logOutput[0]} */
  private List<Finding> judge(MonthSeries months, int month, EnterpriseRules rules, int logsFrom) {
    int windowFrom = month - HISTORY_MONTHS;
    int last = WINDOW - 1;
    double outputSensitivity = fill(output, logOutput, logsFrom, windowFrom);
    double energySensitivity = fill(energy, logEnergy, logsFrom, windowFrom);
    LevelTrack.run(output, energy);
    if (Double.isNaN(output.expected(last)) || Double.isNaN(energy.expected(last))) {
      return List.of();
    }
    double elasticity = elasticity();
    // Residuals compare the figures as they are, festival and all: the festival moves both along the relation, so
    // the relation needs no festival adjustment, and the two adjustments differ unless both are learnt.
    double festivalShift = sensitivity(energySensitivity) - elasticity * sensitivity(outputSensitivity);
    relationStatistics(elasticity, festivalShift, windowFrom);

    long o = months.outputYuan(month);
    long e = months.energyKgce(month);
    double festival = FestivalEffect.logTypicalFactor(month);
    double expectedOutput = Math.exp(output.expected(last) + sensitivity(outputSensitivity) * festival);
    double expectedEnergy = Math.exp(energy.expected(last) + sensitivity(energySensitivity) * festival);
    double outputRatio = o / expectedOutput;
    double energyRatio = e / expectedEnergy;
    AppliedRule stoppage = rules.of(AlertKind.STOPPAGE);
    if (stoppage.enabled() && outputRatio * BP <= stoppage.rule().getStoppageOutputRatioBp()
        && energyRatio * BP <= stoppage.rule().getStoppageEnergyRatioBp()) {
      return List.of(new Judged(months, month, windowFrom).stoppage(stoppage, outputRatio));
    }
    double outputChange = Math.log(Math.max(o, 1) / expectedOutput);
    double energyChange = Math.log(Math.max(e, 1) / expectedEnergy);
    double residual = energyChange - elasticity * outputChange + festivalShift * festival - residualCenter;
    // A seasonal ramp moves output and energy along their relation, so it carries no output change that broke it
    // (output falling while energy runs on, or rising while energy stays).
    double relationZ = Math.abs(residual) / hypot(residualScale, relationDoubt(energyChange, energySensitivity,
        outputSensitivity, festival, residual));
    AlertKind outputKind = outputChange > 0 ? AlertKind.OUTPUT_RISE : AlertKind.OUTPUT_FALL;
    boolean outputBrokeRelation = Math.signum(outputChange) == -Math.signum(residual)
        && relationZ >= rules.of(outputKind).zThreshold(Severity.YELLOW);
    if (!outputBrokeRelation) {
      outputChange = beyondRamp(output, outputChange);
    }
    energyChange = beyondRamp(energy, energyChange);
    double outputScore = rounded(figureScore(output, outputChange, outputSensitivity, festival));
    double energyScore = rounded(figureScore(energy, energyChange, energySensitivity, festival));
    double relationScore = rounded(residual / hypot(residualScale, relationDoubt(energyChange, energySensitivity,
        outputSensitivity, festival, residual)));
    return classify(months, month, windowFrom, rules, outputChange, energyChange, residual, outputScore,
        energyScore, relationScore);
  }

  /**
   * The festival's doubt about a residual. A slowdown raises energy per output (the base load runs on) but never
   * energy itself, and never lowers energy per output: a month whose energy is above even its level without any
   * slowdown, or whose energy fell further than output implies, cannot owe its residual to the festival. Both
   * sensitivities are learnt from the same seasons, so the relation's doubt is one of them.
   */
  private static double relationDoubt(double energyChange, double energySensitivity, double outputSensitivity,
      double festival, double residual) {
    boolean energyAboveUnslowed = energyChange > -sensitivity(energySensitivity) * festival;
    return energyAboveUnslowed || residual <= 0 ? 0
        : Double.isNaN(outputSensitivity) || Double.isNaN(energySensitivity) ? UNKNOWN_FESTIVAL_DOUBT * festival
        : LEARNT_FESTIVAL_DOUBT * festival;
  }

  /** The findings of a month that is no stoppage, from its changes and their scores. */
  private List<Finding> classify(MonthSeries months, int month, int windowFrom, EnterpriseRules rules,
      double outputChange, double energyChange, double residual, double outputScore, double energyScore,
      double relationScore) {
    if (energyChange > 0 && outputChange < 0 && residual > 0) {
      AppliedRule divergence = rules.of(AlertKind.ENERGY_OUTPUT_DIVERGENCE);
      Severity severity = divergence.severity(relationScore, Math.min(energyChange, -outputChange));
      if (severity != null) {
        return List.of(new Judged(months, month, windowFrom)
            .finding(AlertKind.ENERGY_OUTPUT_DIVERGENCE, severity, relationScore, divergence));
      }
    }
    // A figure's change is significant against its own swings, or because it broke the energy–output relation.
    if (Math.signum(outputChange) == -Math.signum(residual)) {
      outputScore = Math.max(outputScore, Math.abs(relationScore));
    }
    if (Math.signum(energyChange) == Math.signum(residual)) {
      energyScore = Math.max(energyScore, Math.abs(relationScore));
    }
    AlertKind outputKind = outputChange > 0 ? AlertKind.OUTPUT_RISE : AlertKind.OUTPUT_FALL;
    AlertKind energyKind = energyChange > 0 ? AlertKind.ENERGY_RISE : AlertKind.ENERGY_FALL;
    // Both figures departing the same way are one event, shown best by the figure that swings less (energy's base
    // load steadies it): when one of them is an alert, the other is scored by its score too, and is an alert when
    // it moved by its own rule's change.
    if (outputChange != 0 && Math.signum(outputChange) == Math.signum(energyChange)) {
      boolean outputAlert = rules.of(outputKind).severity(outputScore, Math.abs(outputChange)) != null;
      boolean energyAlert = rules.of(energyKind).severity(energyScore, Math.abs(energyChange)) != null;
      if (outputAlert || energyAlert) {
        double joint = Math.max(outputAlert ? outputScore : 0, energyAlert ? energyScore : 0);
        outputScore = Math.max(outputScore, joint);
        energyScore = Math.max(energyScore, joint);
      }
    }
    Severity outputSeverity = rules.of(outputKind).severity(outputScore, Math.abs(outputChange));
    Severity energySeverity = rules.of(energyKind).severity(energyScore, Math.abs(energyChange));
    if (outputSeverity != null || energySeverity != null) {
      Judged judged = new Judged(months, month, windowFrom);
      List<Finding> findings = new ArrayList<>(2);
      if (energySeverity != null) {
        findings.add(judged.finding(energyKind, energySeverity, energyScore, rules.of(energyKind)));
      }
      if (outputSeverity != null) {
        findings.add(judged.finding(outputKind, outputSeverity, outputScore, rules.of(outputKind)));
      }
      return findings;
    }
    if (residual > 0) {
      AppliedRule jump = rules.of(AlertKind.INTENSITY_JUMP);
      Severity severity = jump.severity(relationScore, residual);
      if (severity != null) {
        return List.of(new Judged(months, month, windowFrom)
            .finding(AlertKind.INTENSITY_JUMP, severity, relationScore, jump));
      }
    }
    return List.of();
  }

  /**
   * Median and scale of the earlier months' residuals {@code energy departure − elasticity × output departure}, on
   * the figures as they are: how far energy usually strays from what output implies.
   *
   * @param festivalShift what the festival adjustments add to a residual per unit of typical log factor
   */
  private void relationStatistics(double elasticity, double festivalShift, int windowFrom) {
    int count = 0;
    for (int k = 0; k < WINDOW - 1; k++) {
      if (output.countsToScale(k) && !Double.isNaN(energy.departure(k))) {
        residuals[count++] = energy.departure(k) - elasticity * output.departure(k)
            + festivalShift * FestivalEffect.logTypicalFactor(windowFrom + k);
      }
    }
    if (count < MIN_DEPARTURES) {
      residualCenter = 0; // too few months to tell a usual bias from an odd month
      residualScale = SHORT_HISTORY_RELATION_SCALE;
    } else {
      residualCenter = RobustStatistics.median(residuals, count);
      residualScale = Math.max(RobustStatistics.scale(residuals, count, residualCenter), MIN_SCALE);
    }
  }

  /**
   * Fills a figure's track for the window from its logarithms, adjusted by the enterprise's own festival
   * sensitivity for that figure where its history shows one.
   *
   * @return the sensitivity learnt, NaN when none could be
   */
  private static double fill(LevelTrack track, double[] logs, int logsFrom, int windowFrom) {
    double learnt = FestivalEffect.sensitivity(logs, logsFrom, windowFrom, windowFrom + WINDOW - 1);
    double sensitivity = sensitivity(learnt);
    track.reset(WINDOW);
    for (int k = 0; k < WINDOW; k++) {
      int month = windowFrom + k;
      track.set(k, logs[month - logsFrom] - sensitivity * FestivalEffect.logTypicalFactor(month),
          FestivalEffect.inSeason(month));
    }
    return learnt;
  }

  /** The change less what a seasonal ramp explains of it (see {@link LevelTrack#rampAllowance}), never past zero. */
  private static double beyondRamp(LevelTrack track, double change) {
    int direction = change > 0 ? 1 : -1;
    double beyond = Math.abs(change) - track.rampAllowance(direction);
    return beyond <= 0 ? 0 : direction * beyond;
  }

  /**
   * A figure's change in its own deviations, widened in a festival month by the doubt about the festival's effect —
   * except a rise beyond even the figure's level without any slowdown: the festival only slows a plant down, so that
   * much of the rise owes nothing to it.
   *
   * @param learnt the enterprise's festival sensitivity for the figure, NaN when not known
   */
  private static double figureScore(LevelTrack track, double change, double learnt, double festival) {
    double scale = figureScale(track);
    double score = Math.abs(change) / hypot(scale, festivalDoubt(learnt, festival));
    double beyondUnslowed = change + sensitivity(learnt) * festival;
    return beyondUnslowed > 0 ? Math.max(score, beyondUnslowed / scale) : score;
  }

  /** A typical factory's sensitivity where the enterprise's own is not known. */
  private static double sensitivity(double learnt) {
    return Double.isNaN(learnt) ? 1 : learnt;
  }

  /** How uncertain the festival's effect on a month is: less once the enterprise's own is learnt. */
  private static double festivalDoubt(double learnt, double logTypicalFactor) {
    return (Double.isNaN(learnt) ? UNKNOWN_FESTIVAL_DOUBT : LEARNT_FESTIVAL_DOUBT) * logTypicalFactor;
  }

  /**
   * How much energy's departure follows output's in the months ordinary in both: least squares through the
   * origin, drawn towards four fifths by a prior worth a year of 3 % swings, so that a steady enterprise keeps the
   * prior and one that swings shows its base load.
   */
  private double elasticity() {
    double products = PRIOR_WEIGHT * PRIOR_ELASTICITY;
    double squares = PRIOR_WEIGHT;
    for (int k = 0; k < WINDOW - 1; k++) {
      double o = output.departure(k);
      double e = energy.departure(k);
      if (output.baseline(k) && !Double.isNaN(o) && !Double.isNaN(e)) {
        products += o * e;
        squares += o * o;
      }
    }
    return Math.min(Math.max(products / squares, 0), MAX_ELASTICITY);
  }

  private static double figureScale(LevelTrack track) {
    return track.departures() < MIN_DEPARTURES ? SHORT_HISTORY_FIGURE_SCALE : Math.max(track.scale(), MIN_SCALE);
  }

  /** {@code √(a² + b²)}: {@link Math#hypot} guards against overflow these small numbers never reach, slowly. */
  private static double hypot(double a, double b) {
    return Math.sqrt(a * a + b * b);
  }

  /** Scores are shown and compared at one decimal, so that noise in the last digits changes no alert. */
  static double rounded(double score) {
    return Math.round(score * 10) / 10.0;
  }

  /** A month that has a finding: builds what the alert shows (only here, off the quiet path). */
  private final class Judged {

    private final MonthSeries months;
    private final int month;
    private final int windowFrom;

    Judged(MonthSeries months, int month, int windowFrom) {
      this.months = months;
      this.month = month;
      this.windowFrom = windowFrom;
    }

    Finding stoppage(AppliedRule rule, double outputRatio) {
      boolean red = outputRatio * BP <= rule.rule().getStoppageRedOutputRatioBp();
      int thresholdBp = red ? rule.rule().getStoppageRedOutputRatioBp() : rule.rule().getStoppageOutputRatioBp();
      DisplayBaseline baseline = DisplayBaseline.choose(months, month, output, windowFrom,
          DisplayBaseline.Value.OUTPUT, -1);
      return new Finding(AlertKind.STOPPAGE, red ? Severity.RED : Severity.YELLOW, rounded(outputRatio * PERCENT),
          thresholdBp / PERCENT, rule.key(), baseline.figure(Figure.OUTPUT, DisplayBaseline.Value.OUTPUT, months,
          month), List.of(baseline.figure(Figure.ENERGY, DisplayBaseline.Value.ENERGY, months, month)));
    }

    Finding finding(AlertKind kind, Severity severity, double score, AppliedRule rule) {
      DisplayBaseline.Value o = DisplayBaseline.Value.OUTPUT;
      DisplayBaseline.Value e = DisplayBaseline.Value.ENERGY;
      List<Figure> shown = switch (kind) {
        case ENERGY_RISE, ENERGY_FALL, ENERGY_OUTPUT_DIVERGENCE -> {
          DisplayBaseline baseline = DisplayBaseline.choose(months, month, energy, windowFrom, e,
              kind == AlertKind.ENERGY_FALL ? -1 : 1);
          yield List.of(baseline.figure(Figure.ENERGY, e, months, month),
              baseline.figure(Figure.OUTPUT, o, months, month));
        }
        case OUTPUT_RISE, OUTPUT_FALL -> {
          DisplayBaseline baseline = DisplayBaseline.choose(months, month, output, windowFrom, o,
              kind == AlertKind.OUTPUT_FALL ? -1 : 1);
          yield List.of(baseline.figure(Figure.OUTPUT, o, months, month),
              baseline.figure(Figure.ENERGY, e, months, month));
        }
        default -> {
          DisplayBaseline.Value intensity = DisplayBaseline.Value.INTENSITY;
          DisplayBaseline baseline = DisplayBaseline.choose(months, month, energy, windowFrom, intensity, 1);
          yield List.of(baseline.figure(Figure.INTENSITY, intensity, months, month),
              baseline.figure(Figure.ENERGY, e, months, month), baseline.figure(Figure.OUTPUT, o, months, month));
        }
      };
      return new Finding(kind, severity, score, rule.zThreshold(severity), rule.key(), shown.get(0),
          shown.subList(1, shown.size()));
    }
  }
}
