package org.industrialreporting.producers.independent;

import java.util.SplittableRandom;

/**
 * The four kinds of enterprise of the independent world, as a monitor would describe them: stable ones, noisy
 * ones whose months swing widely, seasonal ones with a strong yearly cycle and a long Spring Festival closure, and
 * trending ones that grow or shrink fast. Each draws its own behaviour.
 */
enum Profile {

  STABLE(0.35), NOISY(0.20), SEASONAL(0.30), TRENDING(0.15);

  /** Share of the world's enterprises. */
  final double share;

  Profile(double share) {
    this.share = share;
  }

  static Profile draw(SplittableRandom random) {
    double u = random.nextDouble();
    for (Profile profile : values()) {
      u -= profile.share;
      if (u < 0) {
        return profile;
      }
    }
    return TRENDING;
  }

  /** A behaviour of this profile. */
  Behaviour behaviour(SplittableRandom r) {
    double noise = switch (this) {
      case STABLE -> between(r, 0.015, 0.04);
      case NOISY -> between(r, 0.07, 0.12);
      case SEASONAL, TRENDING -> between(r, 0.02, 0.05);
    };
    double growth = switch (this) {
      case TRENDING -> (r.nextDouble() < 0.7 ? 1 : -1) * between(r, 0.2, 0.45);
      default -> between(r, -0.03, 0.1);
    };
    double amplitude = this == SEASONAL ? between(r, 0.15, 0.4) : between(r, 0, 0.06);
    FestivalClosure closure = this == SEASONAL
        ? new FestivalClosure(2 + r.nextInt(6), 8 + r.nextInt(10), 5 + r.nextInt(9), between(r, 0.02, 0.15))
        : new FestivalClosure(1 + r.nextInt(5), 3 + r.nextInt(8), 2 + r.nextInt(7), between(r, 0.05, 0.3));
    return new Behaviour(noise, between(r, 0, 0.6), growth, amplitude, 1 + r.nextInt(12),
        between(r, 0, 0.3) * amplitude, 1 + r.nextInt(12), closure, between(r, 0.1, 0.5),
        this == NOISY ? between(r, 0.02, 0.05) : between(r, 0.008, 0.025), between(r, -0.05, 0.01));
  }

  private static double between(SplittableRandom r, double from, double to) {
    return from + (to - from) * r.nextDouble();
  }

  /**
   * What drives an enterprise's months.
   *
   * @param noiseSigma log standard deviation of output's month-to-month noise (stationary)
   * @param noiseCorrelation correlation of one month's noise with the next
   * @param growth yearly log growth of output
   * @param seasonAmplitude amplitude of the yearly cycle of output
   * @param peakMonth month of its peak
   * @param halfYearAmplitude amplitude of a half-yearly cycle on top
   * @param halfYearPeak a month of its peaks
   * @param closure its Spring Festival closure
   * @param baseLoadShare share of its energy that runs whatever it produces (furnaces, cooling, lighting)
   * @param energyNoiseSigma log standard deviation of energy's own noise (metering, weather)
   * @param intensityDrift yearly log change of energy per output (efficiency gains are negative)
   */
  record Behaviour(double noiseSigma, double noiseCorrelation, double growth, double seasonAmplitude, int peakMonth,
      double halfYearAmplitude, int halfYearPeak, FestivalClosure closure, double baseLoadShare,
      double energyNoiseSigma, double intensityDrift) {
  }
}
