package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.industrialreporting.avro.AlertKind;

/**
 * Plans the injected anomalies of an enterprise: about one year in eight has one event, in a month with at least
 * three months of history. Each event is a single clear signature, large against the enterprise's own monthly
 * variability σ (README.md, "Simulated data", has the labels a detector should give):
 * <ul>
 *   <li>ENERGY_RISE / ENERGY_FALL: energy × or ÷ e^max(ln 2.5, 7σ) (×1–1.4), output normal;</li>
 *   <li>OUTPUT_RISE / OUTPUT_FALL: output × or ÷ the same, energy normal;</li>
 *   <li>ENERGY_OUTPUT_DIVERGENCE: energy × and output ÷ e^max(ln 1.8, 5σ) (×1–1.25) in the same month;</li>
 *   <li>INTENSITY_JUMP, only in volatile enterprises (σ ≥ 0.12): energy per output × 1.4–1.6, split as energy
 *       ×√k and output ÷√k, so that neither figure alone leaves its usual range;</li>
 *   <li>STOPPAGE: output 0 or 4–6 % of normal, energy at standby 5–12 %, for one or two months (never in
 *       February, so the restart stays under the unit-jump rule of the validator).</li>
 * </ul>
 */
final class AnomalyPlanner {

  static final double YEARLY_PROBABILITY = 0.125;
  static final double VOLATILE = 0.12;
  private static final int PLAN = 3;
  private static final int LAST_YEAR = 2035;
  private static final AlertKind[] COMMON = {AlertKind.ENERGY_RISE, AlertKind.ENERGY_FALL, AlertKind.OUTPUT_RISE,
      AlertKind.OUTPUT_FALL, AlertKind.ENERGY_OUTPUT_DIVERGENCE, AlertKind.STOPPAGE};

  private final Draws draws;

  AnomalyPlanner(Draws draws) {
    this.draws = draws;
  }

  List<AnomalyEvent> plan(int index, SeriesParameters series, YearMonth first, YearMonth last) {
    YearMonth earliest = later(SeriesModel.REFERENCE, first).plusMonths(3);
    List<AnomalyEvent> events = new ArrayList<>();
    for (int year = SeriesModel.REFERENCE.getYear(); year <= LAST_YEAR; year++) {
      SplittableRandom r = draws.random(PLAN, index, year);
      if (r.nextDouble() >= YEARLY_PROBABILITY) {
        continue;
      }
      YearMonth period = YearMonth.of(year, 1 + r.nextInt(12));
      boolean volatileSeries = series.noiseSigma() >= VOLATILE;
      AlertKind kind = volatileSeries && r.nextDouble() < 0.6 ? AlertKind.INTENSITY_JUMP
          : COMMON[r.nextInt(COMMON.length)];
      if (kind == AlertKind.STOPPAGE && period.getMonthValue() == 2) {
        period = period.plusMonths(2);
      }
      int months = kind == AlertKind.STOPPAGE && r.nextBoolean() && period.getMonthValue() != 1 ? 2 : 1;
      for (int k = 0; k < months; k++) {
        YearMonth month = period.plusMonths(k);
        boolean free = events.stream().noneMatch(e -> e.period().equals(month));
        if (free && !month.isBefore(earliest) && (last == null || !month.isAfter(last))) {
          events.add(event(month, kind, series.noiseSigma(), r));
        }
      }
    }
    return events;
  }

  private static AnomalyEvent event(YearMonth period, AlertKind kind, double sigma, SplittableRandom r) {
    double big = Math.max(Math.log(2.5), 7 * sigma) * Draws.uniform(r, 1, 1.4);
    double divergence = Math.max(Math.log(1.8), 5 * sigma) * Draws.uniform(r, 1, 1.25);
    double jump = Draws.uniform(r, Math.log(1.4), Math.log(1.6));
    return switch (kind) {
      case ENERGY_RISE -> new AnomalyEvent(period, kind, 1, Math.exp(big));
      case ENERGY_FALL -> new AnomalyEvent(period, kind, 1, Math.exp(-big));
      case OUTPUT_RISE -> new AnomalyEvent(period, kind, Math.exp(big), 1);
      case OUTPUT_FALL -> new AnomalyEvent(period, kind, Math.exp(-big), 1);
      case ENERGY_OUTPUT_DIVERGENCE -> new AnomalyEvent(period, kind, Math.exp(-divergence), Math.exp(divergence));
      case INTENSITY_JUMP -> new AnomalyEvent(period, kind, Math.exp(-jump / 2), Math.exp(jump / 2));
      case STOPPAGE -> new AnomalyEvent(period, kind, r.nextDouble() < 0.3 ? 0 : Draws.uniform(r, 0.04, 0.06),
          Draws.uniform(r, 0.05, 0.12));
      default -> throw new IllegalArgumentException("not injected: " + kind);
    };
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.until(b, ChronoUnit.MONTHS) > 0 ? b : a;
  }
}
