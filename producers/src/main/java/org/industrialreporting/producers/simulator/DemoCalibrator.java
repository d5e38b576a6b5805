package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;

/**
 * Calibrates the drawn demo world to Xiuzhou's headline figures by construction, after anomalies are in:
 * <ol>
 *   <li>output: per group a level and a smooth growth adjustment, so that the high-tech zone (group 1) and the
 *       district (groups 1 and 2) have their January–September 2026 totals and comparable growth;</li>
 *   <li>tags: the value-added tags of Xiuzhou's enterprises are handed out in a seeded order weighted by their
 *       industry's probability, each enterprise taking a tag only if that brings the tag's total closer to its
 *       share, so the tag totals land near their targets;</li>
 *   <li>value added: a factor per value added class (solved one class after the other) and a smooth trend of the
 *       value added ratio hit the tag totals, the district total and its comparable growth exactly;</li>
 *   <li>parks: the zone's investment by a factor, its fiscal revenue by a level and growth adjustment.</li>
 * </ol>
 */
final class DemoCalibrator {

  private static final int TAGGING = 40;
  private static final List<EnterpriseTag> CALIBRATED_TAGS = List.of(EnterpriseTag.DIGITAL_ECONOMY_CORE,
      EnterpriseTag.EQUIPMENT_MANUFACTURING, EnterpriseTag.STRATEGIC_EMERGING);

  private final Draws draws;
  private final List<YearMonth> months = new ArrayList<>();
  private final double[] years;

  DemoCalibrator(Draws draws) {
    this.draws = draws;
    for (YearMonth m = DemoHeadline.FIRST.minusYears(1); !m.isAfter(DemoHeadline.LAST); m = m.plusMonths(1)) {
      if (m.getMonthValue() <= DemoHeadline.LAST.getMonthValue()) {
        months.add(m);
      }
    }
    years = months.stream().mapToDouble(SeriesModel::years).toArray();
  }

  /** The calibrated world. */
  record Result(List<EnterpriseProfile> enterprises, SeriesModel model, ParkSeries parkSeries,
      List<ParkProfile> parks) {
  }

  Result calibrate(List<EnterpriseProfile> drawn, SeriesModel model, ParkSeries parkSeries,
      ProfileFactory factory) {
    SeriesModel output = calibrateOutput(drawn, model);
    List<EnterpriseProfile> tagged = tag(drawn, output);
    SeriesModel calibrated = calibrateValueAdded(tagged, output);
    List<EnterpriseProfile> budgeted = tagged.stream()
        .map(p -> factory.withEnergyBudget(p, calibrated)).toList();
    List<ParkProfile> parks = DemoWorld.parkProfiles(budgeted, calibrated);
    return new Result(budgeted, calibrated, calibrateParks(parks, parkSeries), parks);
  }

  private boolean current(int t) {
    return months.get(t).getYear() == DemoHeadline.LAST.getYear();
  }

  private static boolean comparable(EnterpriseProfile p) {
    return p.reports(DemoHeadline.FIRST.minusYears(1)) && p.reports(DemoHeadline.LAST);
  }

  /**
   * A figure of Xiuzhou's enterprises summed per row (a group or tag signature of each enterprise) and month of
   * both windows: {@code [0]} over all reporting enterprises, {@code [1]} over the comparable ones.
   */
  private double[][][] byMonth(List<EnterpriseProfile> profiles, SeriesModel model, int rows,
      ToIntFunction<EnterpriseProfile> row, ToDoubleFunction<SeriesModel.Figures> figure) {
    double[][][] sums = new double[2][rows][months.size()];
    for (EnterpriseProfile p : profiles) {
      for (int t = 0; t < months.size(); t++) {
        if (p.group() > 0 && p.reports(months.get(t))) {
          double value = figure.applyAsDouble(model.figures(p, months.get(t)));
          sums[0][row.applyAsInt(p)][t] += value;
          sums[1][row.applyAsInt(p)][t] += comparable(p) ? value : 0;
        }
      }
    }
    return sums;
  }

  /** Σ over the window's months of {@code values[t]·weight(t)}. */
  private double sum(double[] values, boolean currentYear, DoubleUnaryOperator weight) {
    double sum = 0;
    for (int t = 0; t < months.size(); t++) {
      if (current(t) == currentYear) {
        sum += values[t] * weight.applyAsDouble(years[t]);
      }
    }
    return sum;
  }

  private SeriesModel calibrateOutput(List<EnterpriseProfile> drawn, SeriesModel model) {
    double[][][] sums = byMonth(drawn, model, 3, EnterpriseProfile::group, SeriesModel.Figures::output);
    double[][] all = sums[0];
    double[][] comparable = sums[1];
    double zoneGrowth = solve(g -> ratio(comparable[1], g) - (1 + DemoHeadline.ZONE_OUTPUT_GROWTH));
    double zoneLevel = DemoHeadline.ZONE_OUTPUT_YUAN / sum(all[1], true, y -> Math.exp(zoneGrowth * y));
    double zone26 = zoneLevel * sum(comparable[1], true, y -> Math.exp(zoneGrowth * y));
    double zone25 = zoneLevel * sum(comparable[1], false, y -> Math.exp(zoneGrowth * y));
    double restTotal = DemoHeadline.OUTPUT_YUAN - DemoHeadline.ZONE_OUTPUT_YUAN;
    DoubleUnaryOperator restLevel = g -> restTotal / sum(all[2], true, y -> Math.exp(g * y));
    double restGrowth = solve(g -> (zone26 + restLevel.applyAsDouble(g) * sum(comparable[2], true, y -> Math.exp(g * y)))
        / (zone25 + restLevel.applyAsDouble(g) * sum(comparable[2], false, y -> Math.exp(g * y)))
        - (1 + DemoHeadline.OUTPUT_GROWTH));
    Calibration none = Calibration.none(3);
    return model.with(none.withOutput(1, zoneLevel, zoneGrowth)
        .withOutput(2, restLevel.applyAsDouble(restGrowth), restGrowth));
  }

  private double ratio(double[] values, double growth) {
    return sum(values, true, y -> Math.exp(growth * y)) / sum(values, false, y -> Math.exp(growth * y));
  }

  /** Value added of each enterprise over January–September 2026 before value added calibration. */
  private double[] valueAdded2026(List<EnterpriseProfile> profiles, SeriesModel model) {
    double[] values = new double[profiles.size()];
    for (int i = 0; i < profiles.size(); i++) {
      EnterpriseProfile p = profiles.get(i);
      for (int t = 0; t < months.size(); t++) {
        if (current(t) && p.group() > 0 && p.reports(months.get(t))) {
          values[i] += model.figures(p, months.get(t)).valueAdded();
        }
      }
    }
    return values;
  }

  private List<EnterpriseProfile> tag(List<EnterpriseProfile> drawn, SeriesModel model) {
    double[] valueAdded = valueAdded2026(drawn, model);
    double total = 0;
    List<Set<EnterpriseTag>> tags = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      Set<EnterpriseTag> own = EnumSet.noneOf(EnterpriseTag.class);
      own.addAll(drawn.get(i).enterprise().getTags());
      if (drawn.get(i).group() > 0) {
        own.removeAll(CALIBRATED_TAGS);
        total += valueAdded[i];
      }
      tags.add(own);
    }
    double[] shares = {DemoHeadline.DIGITAL_VALUE_ADDED_YUAN, DemoHeadline.EQUIPMENT_VALUE_ADDED_YUAN,
        DemoHeadline.EMERGING_VALUE_ADDED_YUAN};
    for (int k = 0; k < CALIBRATED_TAGS.size(); k++) {
      EnterpriseTag tag = CALIBRATED_TAGS.get(k);
      double target = shares[k] / DemoHeadline.VALUE_ADDED_YUAN * total;
      double sum = 0;
      for (int i = 0; i < drawn.size(); i++) {
        sum += tags.get(i).contains(tag) && drawn.get(i).group() > 0 ? valueAdded[i] : 0;
      }
      for (int i : candidates(drawn, tag)) {
        if (!tags.get(i).contains(tag) && Math.abs(sum + valueAdded[i] - target) < Math.abs(sum - target)) {
          tags.get(i).add(tag);
          sum += valueAdded[i];
        }
      }
    }
    List<EnterpriseProfile> tagged = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      EnterpriseProfile p = drawn.get(i);
      tagged.add(p.group() == 0 ? p : p.withEnterprise(
          Enterprise.newBuilder(p.enterprise()).setTags(new ArrayList<>(tags.get(i))).build()));
    }
    return tagged;
  }

  /** Xiuzhou enterprises whose industry may carry the tag, in a seeded order weighted by that probability. */
  private List<Integer> candidates(List<EnterpriseProfile> drawn, EnterpriseTag tag) {
    List<Integer> indices = new ArrayList<>();
    double[] keys = new double[drawn.size()];
    for (int i = 0; i < drawn.size(); i++) {
      double p = drawn.get(i).industry().tagProbabilities.get(tag);
      if (drawn.get(i).group() > 0 && p > 0) {
        keys[i] = Math.pow(draws.random(TAGGING, i, tag.ordinal()).nextDouble(), 1 / p);
        indices.add(i);
      }
    }
    indices.sort(Comparator.comparingDouble((Integer i) -> -keys[i]));
    return indices;
  }

  private SeriesModel calibrateValueAdded(List<EnterpriseProfile> tagged, SeriesModel model) {
    // value added by tag signature (digital 4, equipment 2, emerging 1) and month
    double[][][] sums = byMonth(tagged, model, 8, p -> (p.has(EnterpriseTag.DIGITAL_ECONOMY_CORE) ? 4 : 0)
        + (p.has(EnterpriseTag.EQUIPMENT_MANUFACTURING) ? 2 : 0) + (p.has(EnterpriseTag.STRATEGIC_EMERGING) ? 1 : 0),
        SeriesModel.Figures::valueAdded);
    double[][] all = sums[0];
    double[][] comparable = sums[1];
    double trend = solve(h -> {
      double[] k = classFactors(all, h);
      double current = 0;
      double previous = 0;
      for (int s = 0; s < 8; s++) {
        current += k[classOf(s)] * sum(comparable[s], true, y -> Math.exp(h * (y - 1)));
        previous += k[classOf(s)] * sum(comparable[s], false, y -> Math.exp(h * (y - 1)));
      }
      return current / previous - (1 + DemoHeadline.VALUE_ADDED_GROWTH);
    });
    return model.with(model.calibration().withValueAdded(classFactors(all, trend), trend));
  }

  private static int classOf(int signature) {
    return (signature & 4) != 0 ? Calibration.DIGITAL : (signature & 2) != 0 ? Calibration.EQUIPMENT
        : (signature & 1) != 0 ? Calibration.EMERGING : Calibration.OTHER;
  }

  /** The class factors that give the tag totals and the district total of 2026 for a value added trend. */
  private double[] classFactors(double[][] all, double trend) {
    double[] v = new double[8];
    for (int s = 0; s < 8; s++) {
      v[s] = sum(all[s], true, y -> Math.exp(trend * (y - 1)));
    }
    double digital = v[4] + v[5] + v[6] + v[7];
    double k0 = DemoHeadline.DIGITAL_VALUE_ADDED_YUAN / digital;
    double k1 = (DemoHeadline.EQUIPMENT_VALUE_ADDED_YUAN - k0 * (v[6] + v[7])) / (v[2] + v[3]);
    double k2 = (DemoHeadline.EMERGING_VALUE_ADDED_YUAN - k0 * (v[5] + v[7]) - k1 * v[3]) / v[1];
    double k3 = (DemoHeadline.VALUE_ADDED_YUAN - k0 * digital - k1 * (v[2] + v[3]) - k2 * v[1]) / v[0];
    return new double[] {k0, k1, k2, k3};
  }

  private ParkSeries calibrateParks(List<ParkProfile> parks, ParkSeries series) {
    int n = months.size();
    double[] investment = new double[n];
    double[] fiscal = new double[n];
    for (ParkProfile park : parks) {
      for (int t = 0; t < n && park.group() == 1; t++) {
        ParkSeries.Money money = series.money(park, months.get(t));
        investment[t] += money.investment();
        fiscal[t] += money.fiscalRevenue();
      }
    }
    double factor = DemoHeadline.ZONE_INVESTMENT_YUAN / sum(investment, true, y -> 1);
    double growth = solve(g -> ratio(fiscal, g) - (1 + DemoHeadline.ZONE_FISCAL_REVENUE_GROWTH));
    double level = DemoHeadline.ZONE_FISCAL_REVENUE_YUAN / sum(fiscal, true, y -> Math.exp(growth * y));
    return series.with(new ParkSeries.Scaling(factor, level, growth));
  }

  /** The root of an increasing function on [-2, 2], by bisection. */
  private static double solve(DoubleUnaryOperator f) {
    double low = -2;
    double high = 2;
    for (int i = 0; i < 100; i++) {
      double mid = (low + high) / 2;
      if (f.applyAsDouble(mid) < 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
