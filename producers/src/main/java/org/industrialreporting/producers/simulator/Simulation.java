package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * A simulated world and its monthly series, deterministic in the seed: the same seed and options give the same
 * records. The demo world reproduces Xiuzhou's headline figures ({@link DemoHeadline}); the national world is
 * for benchmarks and streams its enterprises without holding them. Records come as Avro objects, in the exact
 * units of the pipeline; {@link SimulationWriter} writes them in the submission formats.
 */
public final class Simulation {

  public static final long DEFAULT_SEED = 2026;
  public static final int NATIONAL_ENTERPRISES = 483_000;
  public static final int NATIONAL_DISTRICTS = 2_850;
  public static final int NATIONAL_PARKS = 2_500;
  private static final int TARGET = 60;
  private static final int PARK_SIZE = 61;

  private final String world;
  private final int enterpriseCount;
  private final IntFunction<EnterpriseProfile> profiles;
  private final List<ParkProfile> parks;
  private final SeriesModel model;
  private final ParkSeries parkSeries;
  private final Draws draws;
  private final Map<String, String> districtNames;
  private final YearMonth defaultFrom;
  private final YearMonth defaultTo;

  private Simulation(String world, int enterpriseCount, IntFunction<EnterpriseProfile> profiles,
      List<ParkProfile> parks, SeriesModel model, ParkSeries parkSeries, Draws draws,
      Map<String, String> districtNames, YearMonth defaultFrom, YearMonth defaultTo) {
    this.world = world;
    this.enterpriseCount = enterpriseCount;
    this.profiles = profiles;
    this.parks = List.copyOf(parks);
    this.model = model;
    this.parkSeries = parkSeries;
    this.draws = draws;
    this.districtNames = districtNames;
    this.defaultFrom = defaultFrom;
    this.defaultTo = defaultTo;
  }

  /** The demo world (docs/product.md), calibrated to Xiuzhou's headline figures of January–September 2026. */
  public static Simulation demo(long seed) {
    Draws draws = new Draws(seed);
    ProfileFactory factory = new ProfileFactory(seed);
    SeriesModel model = new SeriesModel(draws, Calibration.none(3));
    List<EnterpriseProfile> drawn = DemoWorld.draw(factory, draws);
    DemoCalibrator.Result world = new DemoCalibrator(draws).calibrate(drawn, model,
        new ParkSeries(draws, ParkSeries.Scaling.NONE), factory);
    List<EnterpriseProfile> enterprises = world.enterprises();
    Map<String, String> names = new LinkedHashMap<>();
    DemoWorld.DISTRICTS.forEach(d -> names.put(d.code(), d.name()));
    return new Simulation("demo", enterprises.size(), enterprises::get, world.parks(), world.model(),
        world.parkSeries(), draws, names, DemoHeadline.FIRST.minusYears(1), DemoHeadline.LAST);
  }

  /** The national benchmark world with the default 2,850 districts and 2,500 parks. */
  public static Simulation national(long seed, int enterprises) {
    return national(seed, enterprises, NATIONAL_DISTRICTS, NATIONAL_PARKS);
  }

  /** A national benchmark world; park sizes are drawn, not summed from their enterprises, so nothing is held. */
  public static Simulation national(long seed, int enterprises, int districts, int parkCount) {
    Draws draws = new Draws(seed);
    SeriesModel model = new SeriesModel(draws, Calibration.none(1));
    NationalWorld world = new NationalWorld(seed, districts, parkCount, model);
    List<ParkProfile> parks = new ArrayList<>();
    for (Park park : world.parks()) {
      SplittableRandom r = draws.random(PARK_SIZE, parks.size());
      parks.add(new ParkProfile(parks.size(), park, 0, Draws.logNormal(r, 2e8, 1.0)));
    }
    return new Simulation("national", enterprises, world::profile, parks, model,
        new ParkSeries(draws, ParkSeries.Scaling.NONE), draws, Map.of(), DemoHeadline.LAST, DemoHeadline.LAST);
  }

  public int enterpriseCount() {
    return enterpriseCount;
  }

  /** First and last month generated unless asked otherwise: 2025-01 to 2026-09 for the demo, 2026-09 nationally. */
  public YearMonth defaultFrom() {
    return defaultFrom;
  }

  public YearMonth defaultTo() {
    return defaultTo;
  }

  /** Names of the districts the world knows by name (the demo's), by code. */
  public Map<String, String> districtNames() {
    return Map.copyOf(districtNames);
  }

  EnterpriseProfile profile(int index) {
    return profiles.apply(index);
  }

  Stream<EnterpriseProfile> profiles() {
    return IntStream.range(0, enterpriseCount).mapToObj(profiles);
  }

  SeriesModel model() {
    return model;
  }

  /** The enterprise registry, in index order (drawn as it is consumed in the national world). */
  public Stream<Enterprise> enterprises() {
    return profiles().map(EnterpriseProfile::enterprise);
  }

  public List<Park> parks() {
    return parks.stream().map(ParkProfile::park).toList();
  }

  /** Every enterprise's report of the month, in index order; the national world draws them as they are consumed. */
  public Stream<MonthlyReport> reports(YearMonth period) {
    return profiles().filter(p -> p.reports(period)).map(p -> model.report(p, period));
  }

  public Stream<ParkReport> parkReports(YearMonth period) {
    return parks.stream().map(p -> parkSeries.report(p, period));
  }

  /**
   * The annual targets of the year: for each park its fixed-asset investment and fiscal revenue (its expected
   * figures, ±5 %), and in the demo world each district's output, value added and energy. The high-tech zone's
   * 2026 targets are those of the headline (its figures with its photovoltaic town are 100.7 % and 105.2 %).
   */
  public List<Target> targets(int year) {
    List<Target> targets = new ArrayList<>();
    if (!districtNames.isEmpty()) {
      Map<String, double[]> districts = new LinkedHashMap<>();
      profiles().forEach(p -> {
        double[] sums = districts.computeIfAbsent(p.enterprise().getDistrictCode(), d -> new double[3]);
        for (int month = 1; month <= 12; month++) {
          YearMonth period = YearMonth.of(year, month);
          if (p.reports(period)) {
            double output = model.expectedOutput(p, period);
            sums[0] += output;
            sums[1] += output * p.series().valueAddedRatio();
          }
        }
        sums[2] += model.expectedAnnualEnergyKgce(p.series(), p.group(), year);
      });
      districts.forEach((district, sums) -> {
        targets.add(target(ScopeType.DISTRICT, district, year, EnterpriseIndicator.OUTPUT_VALUE, sums[0]));
        targets.add(target(ScopeType.DISTRICT, district, year, EnterpriseIndicator.VALUE_ADDED, sums[1]));
        targets.add(target(ScopeType.DISTRICT, district, year, EnterpriseIndicator.ENERGY_TCE, sums[2]));
      });
    }
    for (ParkProfile park : parks) {
      double investment = 0;
      double fiscal = 0;
      for (int month = 1; month <= 12; month++) {
        ParkSeries.Money expected = parkSeries.expected(park, YearMonth.of(year, month));
        investment += expected.investment();
        fiscal += expected.fiscalRevenue();
      }
      String parkId = park.park().getParkId();
      boolean headline = parkId.equals(DemoHeadline.HIGH_TECH_ZONE) && year == DemoHeadline.LAST.getYear();
      targets.add(headline ? exact(parkId, year, ParkIndicator.FIXED_ASSET_INVESTMENT,
          DemoHeadline.ZONE_INVESTMENT_YUAN / DemoHeadline.ZONE_INVESTMENT_COMPLETION)
          : target(ScopeType.PARK, parkId, year, ParkIndicator.FIXED_ASSET_INVESTMENT, investment));
      targets.add(headline ? exact(parkId, year, ParkIndicator.FISCAL_REVENUE,
          DemoHeadline.ZONE_FISCAL_REVENUE_YUAN / DemoHeadline.ZONE_FISCAL_REVENUE_COMPLETION)
          : target(ScopeType.PARK, parkId, year, ParkIndicator.FISCAL_REVENUE, fiscal));
    }
    return targets;
  }

  /** A target near the expected figure, rounded to 10,000 yuan (or 10 tce), as targets are set. */
  private Target target(ScopeType scope, String scopeId, int year, Indicator indicator, double expected) {
    SplittableRandom r = draws.random(TARGET, TopicKeys.target(scope, scopeId, year, indicator.fieldName())
        .hashCode());
    long target = Math.round(expected * Draws.uniform(r, 0.95, 1.05) / 10_000) * 10_000;
    return new Target(scope, scopeId, year, indicator.fieldName(), target);
  }

  private static Target exact(String parkId, int year, Indicator indicator, double value) {
    return new Target(ScopeType.PARK, parkId, year, indicator.fieldName(), Math.round(value));
  }

  /** The labels a detector should find in the months from {@code from} to {@code to}. */
  public List<AnomalyLabel> labels(YearMonth from, YearMonth to) {
    LabelTracker tracker = new LabelTracker(enterpriseCount);
    List<AnomalyLabel> labels = new ArrayList<>();
    for (YearMonth period = from.withMonth(1); !period.isAfter(to); period = period.plusMonths(1)) {
      YearMonth month = period;
      boolean wanted = !period.isBefore(from);
      profiles().filter(p -> p.reports(month)).forEach(p -> {
        List<AnomalyLabel> found = tracker.observe(p, model.report(p, month));
        if (wanted) {
          labels.addAll(found);
        }
      });
    }
    return labels;
  }

  @Override
  public String toString() {
    return world + " world of " + enterpriseCount + " enterprises and " + parks.size() + " parks";
  }
}
