package org.industrialreporting.producers.simulator;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * A park's monthly report, sized by the output of its enterprises: fiscal revenue (about 1.2 % of output, higher
 * in the tax months of April and May), fixed-asset investment (lumpy, slow in January and February, rushed in
 * December), actually used foreign investment (in some months only), and land supplied and recovered (now and
 * then). Calibrated parks have their investment scaled by a factor and their fiscal revenue by a level and a
 * smooth growth adjustment.
 */
final class ParkSeries {

  private static final int PARK = 20;
  private static final double FISCAL_SHARE = 0.012;
  private static final double INVESTMENT_SHARE = 0.22;
  private static final double YUAN_PER_USD = 7.1;

  /** Calibration of group 1. */
  record Scaling(double investmentFactor, double fiscalLevel, double fiscalGrowth) {
    static final Scaling NONE = new Scaling(1, 1, 0);
  }

  private final Draws draws;
  private final Scaling calibration;

  ParkSeries(Draws draws, Scaling calibration) {
    this.draws = draws;
    this.calibration = calibration;
  }

  ParkSeries with(Scaling changed) {
    return new ParkSeries(draws, changed);
  }

  /** Fiscal revenue and investment in yuan before rounding. */
  record Money(double fiscalRevenue, double investment) {
  }

  Money money(ParkProfile park, YearMonth period) {
    long month = SeriesModel.REFERENCE.until(period, ChronoUnit.MONTHS);
    SplittableRandom r = draws.random(PARK, park.index(), month);
    Money expected = expected(park, period);
    return new Money(expected.fiscalRevenue() * Math.exp(0.1 * r.nextGaussian()),
        expected.investment() * Math.exp(0.3 * r.nextGaussian()));
  }

  /** The deterministic part of the money figures, for targets. */
  Money expected(ParkProfile park, YearMonth period) {
    double years = SeriesModel.years(period);
    double size = park.monthlyOutputYuan() * Math.exp(0.08 * years);
    int m = period.getMonthValue();
    boolean calibrated = park.group() == 1;
    double fiscal = size * FISCAL_SHARE * (m == 4 || m == 5 ? 1.15 : 1)
        * (calibrated ? calibration.fiscalLevel() * Math.exp(calibration.fiscalGrowth() * years) : 1);
    double investment = size * INVESTMENT_SHARE * (m <= 2 ? 0.6 : m == 12 ? 1.5 : 1)
        * (calibrated ? calibration.investmentFactor() : 1);
    return new Money(fiscal, investment);
  }

  ParkReport report(ParkProfile park, YearMonth period) {
    long month = SeriesModel.REFERENCE.until(period, ChronoUnit.MONTHS);
    Money money = money(park, period);
    SplittableRandom r = draws.random(PARK + 1, park.index(), month);
    double size = park.monthlyOutputYuan();
    long fdiUsd = r.nextDouble() < 0.6 ? Math.round(size * 0.004 / YUAN_PER_USD * Draws.logNormal(r, 1, 0.8)) : 0;
    long supplied = r.nextDouble() < 0.3 ? Math.round(Draws.uniform(r, 10, 150) * 100) : 0;
    long recovered = r.nextDouble() < 0.25 ? Math.round(Draws.uniform(r, 5, 60) * 100) : 0;
    Instant submitted = SeriesModel.submittedAt(period, park.index());
    return ParkReport.newBuilder()
        .setParkId(park.park().getParkId())
        .setPeriod(PeriodRule.format(period))
        .setRevision(submitted.getEpochSecond() * 1_000_000L)
        .setSubmittedAt(submitted)
        .setSource(SeriesModel.SOURCE)
        .setFiscalRevenueYuan(Math.round(money.fiscalRevenue()))
        .setFixedAssetInvestmentYuan(Math.round(money.investment()))
        .setActualFdiUsd(fdiUsd)
        .setLandSuppliedCentimu(supplied)
        .setLandRecoveredCentimu(recovered)
        .build();
  }
}
