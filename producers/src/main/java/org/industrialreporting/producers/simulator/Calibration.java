package org.industrialreporting.producers.simulator;

import java.util.Arrays;
import org.industrialreporting.avro.EnterpriseTag;

/**
 * Factors that bring a calibration group's drawn series to given totals without bending any one enterprise's
 * month-to-month course: a level and a smooth growth adjustment of output per group, and for the groups with
 * value added targets a factor per value added class and a smooth trend of the value added ratio.
 * Group 0 is never calibrated.
 */
final class Calibration {

  /** Value added classes: disjoint sets by tags, so that tag totals can be solved one after the other. */
  static final int DIGITAL = 0;
  static final int EQUIPMENT = 1;
  static final int EMERGING = 2;
  static final int OTHER = 3;

  private final double[] level;
  private final double[] growth;
  private final double[] valueAddedFactor;
  private final double valueAddedTrend;

  Calibration(double[] level, double[] growth, double[] valueAddedFactor, double valueAddedTrend) {
    this.level = level.clone();
    this.growth = growth.clone();
    this.valueAddedFactor = valueAddedFactor.clone();
    this.valueAddedTrend = valueAddedTrend;
  }

  /** No calibration: every factor 1, every trend 0. */
  static Calibration none(int groups) {
    double[] ones = new double[groups];
    Arrays.fill(ones, 1);
    double[] classes = {1, 1, 1, 1};
    return new Calibration(ones, new double[groups], classes, 0);
  }

  /** Output multiplier of a group at {@code years} after the reference month. */
  double output(int group, double years) {
    return level[group] * Math.exp(growth[group] * years);
  }

  /** Value added ratio multiplier of an enterprise of a calibrated group at {@code years} after the reference. */
  double valueAdded(int group, int valueAddedClass, double years) {
    return group == 0 ? 1 : valueAddedFactor[valueAddedClass] * Math.exp(valueAddedTrend * (years - 1));
  }

  Calibration withOutput(int group, double newLevel, double newGrowth) {
    double[] levels = level.clone();
    double[] growths = growth.clone();
    levels[group] = newLevel;
    growths[group] = newGrowth;
    return new Calibration(levels, growths, valueAddedFactor, valueAddedTrend);
  }

  Calibration withValueAdded(double[] factors, double trend) {
    return new Calibration(level, growth, factors, trend);
  }

  /** The value added class of an enterprise by its tags: digital economy core first, then equipment, emerging. */
  static int valueAddedClass(EnterpriseProfile profile) {
    return profile.has(EnterpriseTag.DIGITAL_ECONOMY_CORE) ? DIGITAL
        : profile.has(EnterpriseTag.EQUIPMENT_MANUFACTURING) ? EQUIPMENT
        : profile.has(EnterpriseTag.STRATEGIC_EMERGING) ? EMERGING
        : OTHER;
  }
}
