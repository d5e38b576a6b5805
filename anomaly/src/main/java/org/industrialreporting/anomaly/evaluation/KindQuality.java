package org.industrialreporting.anomaly.evaluation;

import org.industrialreporting.avro.AlertKind;

/**
 * How well one kind was found: enterprise-months labelled and reported with it (true positives), reported
 * without the label (false positives), labelled but not reported (false negatives).
 */
public record KindQuality(AlertKind kind, int truePositives, int falsePositives, int falseNegatives) {

  public int labelled() {
    return truePositives + falseNegatives;
  }

  /** Share of the reported that were right; NaN when nothing was reported. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** Share of the labelled that were found; NaN when nothing was labelled. */
  public double recall() {
    return ratio(truePositives, labelled());
  }

  /** Harmonic mean of precision and recall; 0 when either is 0, NaN when either is undefined. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
