package org.industrialreporting.anomaly;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.domain.calendar.SpringFestival;

/**
 * Constructed monthly series of one enterprise, written for the tests and not from the detector: output with a
 * trend, a yearly cycle, the Spring Festival slowdown and noise; energy following output with a base load; single
 * months changed on purpose, or left unreported.
 */
final class MonthlySeries {

  static final YearMonth START = YearMonth.of(2024, 1);
  static final Subject ENTERPRISE = new Subject(AlertScope.ENTERPRISE, "91330411MA000023BA", "嘉兴恒达科光伏有限公司",
      "330411", "XZ-PV", "C3825", false, null);

  private double outputYuan = 50_000_000;
  private double kgcePerYuan = 0.008;
  private double baseLoad = 0.2;
  private double season;
  private double festival = 1;
  private double sigma = 0.03;
  private long seed = 1;
  private double growth = 0.08;
  private final Map<YearMonth, double[]> factors = new HashMap<>();
  private final Set<YearMonth> unreported = new HashSet<>();

  static MonthlySeries steady() {
    return new MonthlySeries();
  }

  MonthlySeries seasonal(double amplitude) {
    season = amplitude;
    return this;
  }

  /** How strongly the Spring Festival slows it down (1: half pace over the season). */
  MonthlySeries festival(double sensitivity) {
    festival = sensitivity;
    return this;
  }

  /** Monthly variability of output as a log standard deviation. */
  MonthlySeries noise(double logSigma, long randomSeed) {
    sigma = logSigma;
    seed = randomSeed;
    return this;
  }

  /** Yearly log growth of output (0.08 unless set). */
  MonthlySeries growth(double perYear) {
    growth = perYear;
    return this;
  }

  /** Leaves the month without a report. */
  MonthlySeries without(YearMonth period) {
    unreported.add(period);
    return this;
  }

  MonthlySeries baseLoad(double share) {
    baseLoad = share;
    return this;
  }

  /** Multiplies the month's output and energy: what an anomaly does. */
  MonthlySeries times(YearMonth period, double output, double energy) {
    factors.put(period, new double[] {output, energy});
    return this;
  }

  /** The month number of a month, as the detectors take it. */
  static int at(YearMonth period) {
    return MonthSeries.index(period);
  }

  /** The months from {@link #START} to {@code last}. */
  MonthSeries until(YearMonth last) {
    Random random = new Random(seed);
    MonthSeries.Builder months = MonthSeries.builder(at(START), at(last) - at(START) + 1);
    for (YearMonth m = START; !m.isAfter(last); m = m.plusMonths(1)) {
      double trend = outputYuan * Math.exp(growth * (m.getYear() - 2024 + (m.getMonthValue() - 1) / 12.0));
      double cycle = (1 + season * Math.cos(2 * Math.PI * (m.getMonthValue() - 7) / 12.0))
          * Math.max(0.4, 1 - 0.5 * festival * SpringFestival.holidayShare(m));
      double normal = trend * cycle * Math.exp(sigma * random.nextGaussian());
      double energy = kgcePerYuan * (baseLoad * trend + (1 - baseLoad) * normal) * Math.exp(0.02 * random.nextGaussian());
      double[] factor = factors.getOrDefault(m, new double[] {1, 1});
      if (!unreported.contains(m)) {
        months.put(m, Math.round(normal * factor[0]), Math.round(energy * factor[1]));
      }
    }
    return months.build();
  }
}
