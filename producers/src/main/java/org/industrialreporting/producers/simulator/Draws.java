package org.industrialreporting.producers.simulator;

import java.util.SplittableRandom;

/**
 * Counter-based randomness: every draw is a pure function of the seed and a few keys (enterprise, month, purpose),
 * so any report can be generated alone, in any order or in parallel, and the same seed always gives the same world.
 */
final class Draws {

  private final long seed;

  Draws(long seed) {
    this.seed = seed;
  }

  /** A generator for one purpose, e.g. {@code random(NOISE, enterprise, month)}. */
  SplittableRandom random(long purpose, long a, long b) {
    return new SplittableRandom(mix(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1)) + a) + b * 0xC2B2AE3D27D4EB4FL));
  }

  SplittableRandom random(long purpose, long a) {
    return random(purpose, a, 0);
  }

  /** A standard normal draw for one purpose, enterprise and month. */
  double gaussian(long purpose, long a, long b) {
    return random(purpose, a, b).nextGaussian();
  }

  /** Log-normal with the given median and log standard deviation. */
  static double logNormal(SplittableRandom random, double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  static double uniform(SplittableRandom random, double from, double to) {
    return from + (to - from) * random.nextDouble();
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijective, well-mixing 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
