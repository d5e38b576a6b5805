package org.industrialreporting.producers.independent;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.industrialreporting.avro.AlertKind;

/**
 * Something abnormal that happened to an enterprise, as a monitor would name it, and the figures it moves: in its
 * months output and energy are the enterprise's normal figures times the factors; the month after is normal again.
 *
 * @param type what happened
 * @param period its first month
 * @param months how many months it lasts
 * @param outputFactor multiplier of output
 * @param energyFactor multiplier of energy
 */
record Incident(Type type, YearMonth period, int months, double outputFactor, double energyFactor) {

  /** What can happen, with the alerts a monitor should get for each of its months. */
  enum Type {
    OUTPUT_JUMP(AlertKind.OUTPUT_RISE),
    OUTPUT_DROP(AlertKind.OUTPUT_FALL),
    ENERGY_JUMP(AlertKind.ENERGY_RISE),
    ENERGY_DROP(AlertKind.ENERGY_FALL),
    /** Both figures jump together, e.g. a large order run on extra shifts. */
    BOTH_JUMP(AlertKind.OUTPUT_RISE, AlertKind.ENERGY_RISE),
    /** Both figures collapse together but the plant still runs, e.g. a lost customer. */
    COLLAPSE(AlertKind.OUTPUT_FALL, AlertKind.ENERGY_FALL),
    /** The plant stops: output near zero, energy at standby. */
    STOP(AlertKind.STOPPAGE),
    /** Energy up while output falls, e.g. a failing furnace or energy used for something unreported. */
    DIVERGENCE(AlertKind.ENERGY_OUTPUT_DIVERGENCE);

    final List<AlertKind> labels;

    Type(AlertKind... labels) {
      this.labels = List.of(labels);
    }
  }

  boolean covers(YearMonth month) {
    return !month.isBefore(period) && month.isBefore(period.plusMonths(months));
  }

  static Incident draw(SplittableRandom r, YearMonth period) {
    Type type = Type.values()[r.nextInt(Type.values().length)];
    double jump = between(r, 2.0, 3.0);
    double drop = between(r, 0.3, 0.5);
    return switch (type) {
      case OUTPUT_JUMP -> new Incident(type, period, 1, jump, 1);
      case OUTPUT_DROP -> new Incident(type, period, 1, drop, 1);
      case ENERGY_JUMP -> new Incident(type, period, 1, 1, jump);
      case ENERGY_DROP -> new Incident(type, period, 1, 1, drop);
      case BOTH_JUMP -> new Incident(type, period, 1, jump, jump * between(r, 0.9, 1.1));
      case COLLAPSE -> new Incident(type, period, 1, drop, drop * between(r, 0.9, 1.15));
      case STOP -> new Incident(type, period, 1 + r.nextInt(2), r.nextDouble() < 0.3 ? 0 : between(r, 0.01, 0.06),
          between(r, 0.05, 0.25));
      case DIVERGENCE -> new Incident(type, period, 1, between(r, 0.4, 0.6), between(r, 1.8, 2.6));
    };
  }

  private static double between(SplittableRandom r, double from, double to) {
    return from + (to - from) * r.nextDouble();
  }
}
