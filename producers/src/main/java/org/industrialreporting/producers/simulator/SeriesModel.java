package org.industrialreporting.producers.simulator;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * An enterprise's figures for a month: trend growth, a yearly cycle, the Spring Festival dip and smooth noise
 * drive output; energy follows output through the industry's intensity (with a fixed base load, so intensity
 * rises in slack months) and slowly improves; the other figures are ratios of output, revenue or energy with small
 * noise of their own. Injected anomalies multiply output and energy in their month. Calibration scales each group
 * smoothly. Every figure is computed in double precision and emitted as an exact integer in its stored unit.
 */
final class SeriesModel {

  /** Month 0 of every trend, and the first month anomalies may need history from. */
  static final YearMonth REFERENCE = YearMonth.of(2025, 1);
  static final String SOURCE = "simulator";

  private static final int NOISE = 1;
  private static final int RATIOS = 2;
  private static final double INTENSITY_IMPROVEMENT = 0.02;
  private static final double STOPPAGE_FIXED_COSTS = 0.03;
  private static final double[] COSINES = cosines();

  private final Draws draws;
  private final Calibration calibration;

  SeriesModel(Draws draws, Calibration calibration) {
    this.draws = draws;
    this.calibration = calibration;
  }

  SeriesModel with(Calibration changed) {
    return new SeriesModel(draws, changed);
  }

  Calibration calibration() {
    return calibration;
  }

  /** The month's figures in yuan, kgce, kWh and persons, before rounding. */
  record Figures(double output, double valueAdded, double revenue, double profit, double tax, double energyKgce,
      double electricityKwh, double employees, double rdExpense, double exportValue) {
  }

  static double years(YearMonth period) {
    return REFERENCE.until(period, ChronoUnit.MONTHS) / 12.0;
  }

  Figures figures(EnterpriseProfile profile, YearMonth period) {
    SeriesParameters s = profile.series();
    long month = REFERENCE.until(period, ChronoUnit.MONTHS);
    double years = month / 12.0;
    double scale = calibration.output(profile.group(), years);
    double trend = s.baseOutputYuan() * Math.exp(s.growth() * years) * scale;
    double normal = trend * cycle(s, period) * noise(profile.index(), month, s.noiseSigma());
    AnomalyEvent event = profile.event(period).orElse(null);
    double output = normal * (event == null ? 1 : event.outputFactor());
    SplittableRandom r = draws.random(RATIOS, profile.index(), month);
    double intensity = s.kgcePerYuan() * Math.exp(-INTENSITY_IMPROVEMENT * years + 0.02 * r.nextGaussian());
    double energy = intensity * (s.baseLoad() * trend + (1 - s.baseLoad()) * normal)
        * (event == null ? 1 : event.energyFactor());
    double valueAddedRatio = s.valueAddedRatio()
        * calibration.valueAdded(profile.group(), Calibration.valueAddedClass(profile), years)
        * Math.exp(0.02 * r.nextGaussian());
    double revenue = output * s.revenueRatio() * Math.exp(0.03 * r.nextGaussian());
    double profit = revenue * (s.margin() + 0.01 * r.nextGaussian()) - STOPPAGE_FIXED_COSTS * Math.max(0, normal - output);
    return new Figures(output, output * Math.min(0.9, valueAddedRatio), revenue, profit,
        revenue * s.taxRate() * Math.exp(0.05 * r.nextGaussian()),
        energy, energy * s.kwhPerKgce() * Math.exp(0.02 * r.nextGaussian()),
        s.employees() * scale * Math.exp(0.3 * s.growth() * years + 0.01 * r.nextGaussian()),
        revenue * s.rdShare() * Math.exp(0.1 * r.nextGaussian()),
        output * s.exportShare() * Math.exp(0.05 * r.nextGaussian()));
  }

  /** Output of the month without noise and anomalies: what plans and budgets are based on. */
  double expectedOutput(EnterpriseProfile profile, YearMonth period) {
    SeriesParameters s = profile.series();
    double years = years(period);
    return s.baseOutputYuan() * Math.exp(s.growth() * years) * calibration.output(profile.group(), years)
        * cycle(s, period);
  }

  /** Energy of a calendar year without noise and anomalies, in kgce: what budgets are based on. */
  double expectedAnnualEnergyKgce(SeriesParameters s, int group, int year) {
    YearMonth january = YearMonth.of(year, 1);
    double years = years(january);
    double rate = s.growth() - INTENSITY_IMPROVEMENT;
    double step = Math.exp(rate / 12) * calibration.output(group, 1 / 12.0) / calibration.output(group, 0);
    double energy = s.kgcePerYuan() * s.baseOutputYuan() * Math.exp(rate * years) * calibration.output(group, years);
    double total = 0;
    for (int month = 1; month <= 12; month++) {
      total += energy * (s.baseLoad() + (1 - s.baseLoad()) * cycle(s, january.withMonth(month)));
      energy *= step;
    }
    return total;
  }

  /** The report the enterprise submits for the month: exact integers, value added never above output. */
  MonthlyReport report(EnterpriseProfile profile, YearMonth period) {
    Figures f = figures(profile, period);
    long output = Math.round(f.output());
    Instant submitted = submittedAt(period, profile.index());
    return MonthlyReport.newBuilder()
        .setCreditCode(profile.creditCode())
        .setPeriod(PeriodRule.format(period))
        .setRevision(submitted.getEpochSecond() * 1_000_000L)
        .setSubmittedAt(submitted)
        .setSource(SOURCE)
        .setOutputValueYuan(output)
        .setValueAddedYuan(Math.min(output, Math.round(f.valueAdded())))
        .setRevenueYuan(Math.round(f.revenue()))
        .setProfitYuan(Math.round(f.profit()))
        .setTaxYuan(Math.round(f.tax()))
        .setEnergyKgce(Math.round(f.energyKgce()))
        .setElectricityKwh(Math.round(f.electricityKwh()))
        .setEmployees((int) Math.max(1, Math.round(f.employees())))
        .setRdExpenseYuan(Math.round(f.rdExpense()))
        .setExportValueYuan(Math.round(f.exportValue()))
        .build();
  }

  /** Reports come in during the first days of the next month: at 09:00 Beijing time on the 8th, spread by index. */
  static Instant submittedAt(YearMonth period, int index) {
    return period.plusMonths(1).atDay(8).atTime(9, 0).atZone(PeriodRule.CHINA).toInstant()
        .plusSeconds(index % 259_200);
  }

  /** Yearly cycle and Spring Festival dip of the month. */
  private static double cycle(SeriesParameters s, YearMonth period) {
    double season = 1 + s.seasonAmplitude() * COSINES[Math.floorMod(period.getMonthValue() - s.peakMonth(), 12)];
    return season * SpringFestival.factor(period, s.festivalSensitivity());
  }

  private static double[] cosines() {
    double[] cosines = new double[12];
    for (int k = 0; k < 12; k++) {
      cosines[k] = Math.cos(2 * Math.PI * k / 12);
    }
    return cosines;
  }

  /** Smooth noise: a moving average of this and the two previous months' draws, so months are correlated. */
  private double noise(int index, long month, double sigma) {
    double z = 0.8 * draws.gaussian(NOISE, index, month) + 0.5 * draws.gaussian(NOISE, index, month - 1)
        + 0.3 * draws.gaussian(NOISE, index, month - 2);
    return Math.exp(sigma * z / 0.99);
  }
}
