package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.creditcode.CreditCodes;

/**
 * Draws an enterprise: a valid credit code in its district, a name, a heavy-tailed size (log-normal annual
 * output, at least the above-scale threshold), its industry's ratios with individual spread, about one in seven
 * enterprises volatile, land and headcount that fit its size, tags by its industry's probabilities, and its
 * anomalies. The energy budget comes later, from the calibrated expected energy.
 */
final class ProfileFactory {

  /** Key energy-using units use at least 5,000 tce a year. */
  static final long KEY_ENERGY_USER_KGCE = 5_000_000L;
  static final double OVERRUN_SHARE = 0.15;
  /** The year the registry's energy budgets are set for. */
  static final int BUDGET_YEAR = 2026;
  private static final double ABOVE_SCALE_YUAN = 20e6;
  private static final int PROFILE = 10;
  private static final int BUDGET = 11;
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final long ORGANISATION_CODES = 27_512_614_111L; // 31^7
  private static final String TRADE = "嘉禾恒达新凯远航博创瑞丰华晟宏瑞金诺天成东昇鼎力致远立信永泰亿通明辉森源佳和锦程"
      + "德润盛隆弘毅睿达海帆星辰凯瑞启航同创安泰中拓卓越旭日聚能和顺长虹";
  private static final String SECOND = "科鑫宇发盈茂兆祥富广裕峰浩泽欣捷腾耀骏鸿"; // none ends a trade name

  private final long seed;
  private final Draws draws;
  private final AnomalyPlanner planner;

  ProfileFactory(long seed) {
    this.seed = seed;
    this.draws = new Draws(seed);
    this.planner = new AnomalyPlanner(draws);
  }

  /** Where and when an enterprise is. */
  record Placement(String districtCode, String namePrefix, String parkId, String town, YearMonth first,
      YearMonth last, int group) {
  }

  /**
   * Draws enterprise {@code index}.
   *
   * @param budgets the model whose expected energy sets key energy users' budgets now, or null to leave them to
   *     {@link #withEnergyBudget} after calibration
   */
  EnterpriseProfile draw(int index, Industry industry, Placement at, SeriesModel budgets) {
    SplittableRandom r = draws.random(PROFILE, index);
    double annual = Draws.logNormal(r, industry.medianAnnualOutputYuan, 0.9);
    if (annual < 1.25 * ABOVE_SCALE_YUAN) {
      annual = ABOVE_SCALE_YUAN * Draws.uniform(r, 1.25, 2.5);
    }
    boolean volatileSeries = r.nextDouble() < 0.15;
    double revenueRatio = Draws.uniform(r, 0.92, 1.05);
    SeriesParameters series = new SeriesParameters(annual / 12,
        0.08 + 0.06 * r.nextGaussian(),
        volatileSeries ? Draws.uniform(r, AnomalyPlanner.VOLATILE, 0.18) : Draws.uniform(r, 0.025, 0.07),
        industry.seasonAmplitude * Draws.uniform(r, 0.6, 1.4),
        1 + Math.floorMod(industry.peakMonth - 1 + r.nextInt(3) - 1, 12),
        industry.festivalSensitivity * Draws.uniform(r, 0.8, 1.2),
        industry.kgcePerYuan * Draws.logNormal(r, 1, 0.3),
        industry.baseLoad,
        industry.valueAddedRatio * Draws.uniform(r, 0.85, 1.15),
        revenueRatio,
        industry.margin + 0.03 * r.nextGaussian(),
        industry.taxRate * Draws.uniform(r, 0.7, 1.3),
        industry.rdShare * Draws.uniform(r, 0.5, 1.5),
        Math.min(0.9, industry.exportShare * Draws.uniform(r, 0, 2)),
        industry.kwhPerKgce * Draws.uniform(r, 0.85, 1.15),
        Math.max(20, annual / (industry.outputPerEmployeeYuan * Draws.uniform(r, 0.7, 1.4))));
    double landMu = Math.max(5, annual / (Draws.uniform(r, 2, 10) * 1e6));
    Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
    for (EnterpriseTag tag : EnterpriseTag.values()) {
      if (r.nextDouble() < industry.tagProbabilities.get(tag)) {
        tags.add(tag);
      }
    }
    String creditCode = CreditCodes.withCheckCharacter("91" + at.districtCode() + organisationCode(index));
    Long budget = budgets == null ? null : budget(index, series, at, budgets);
    Enterprise enterprise = new Enterprise(creditCode,
        at.namePrefix() + name(index) + industry.nameWord + (index % 3 == 0 ? "股份有限公司" : "有限公司"),
        at.districtCode(), at.parkId(), at.town(), industry.code, new ArrayList<>(tags), at.last() == null,
        Map.of(), budget != null, Math.round(landMu * 100), budget);
    return new EnterpriseProfile(index, enterprise, industry, series, at.first(), at.last(), at.group(),
        planner.plan(index, series, at.first(), at.last()));
  }

  /**
   * Flags key energy-using units by their expected energy in {@link #BUDGET_YEAR} and gives them an annual budget:
   * 1.25–1.45 times that energy, or for about one in seven 0.62–0.75 times, so that they overrun it month after
   * month.
   */
  EnterpriseProfile withEnergyBudget(EnterpriseProfile profile, SeriesModel model) {
    Placement at = new Placement(null, null, null, null, profile.firstPeriod(), profile.lastPeriod(), profile.group());
    Long budget = budget(profile.index(), profile.series(), at, model);
    return budget == null ? profile : profile.withEnterprise(Enterprise.newBuilder(profile.enterprise())
        .setKeyEnergyUser(true).setEnergyBudgetKgce(budget).build());
  }

  /** The budget of {@link #BUDGET_YEAR} in kgce when the enterprise is a key energy-using unit, else null. */
  private Long budget(int index, SeriesParameters series, Placement at, SeriesModel model) {
    double annual = model.expectedAnnualEnergyKgce(series, at.group(), BUDGET_YEAR);
    if (annual < KEY_ENERGY_USER_KGCE || at.last() != null) {
      return null;
    }
    SplittableRandom r = draws.random(BUDGET, index);
    double factor = r.nextDouble() < OVERRUN_SHARE ? Draws.uniform(r, 0.62, 0.75) : Draws.uniform(r, 1.25, 1.45);
    return Math.round(annual * factor / 1000) * 1000; // whole tonnes
  }

  /** Positions 9–17 of the credit code: {@code MA} and seven characters, distinct for every index. */
  private String organisationCode(int index) {
    long value = Math.floorMod(index * 1_234_567L + seed, ORGANISATION_CODES);
    char[] chars = new char[7];
    for (int i = chars.length - 1; i >= 0; i--) {
      chars[i] = CODE_ALPHABET.charAt((int) (value % 31));
      value /= 31;
    }
    return "MA" + new String(chars);
  }

  private static String name(int index) {
    int trade = (index % (TRADE.length() / 2)) * 2;
    return TRADE.substring(trade, trade + 2) + SECOND.charAt((index / (TRADE.length() / 2)) % SECOND.length());
  }

  /** A weighted choice of industry. */
  static Industry pick(SplittableRandom r, Map<Industry, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double x = r.nextDouble() * total;
    List<Map.Entry<Industry, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    for (Map.Entry<Industry, Double> entry : entries) {
      x -= entry.getValue();
      if (x < 0) {
        return entry.getKey();
      }
    }
    return entries.get(entries.size() - 1).getKey();
  }
}
