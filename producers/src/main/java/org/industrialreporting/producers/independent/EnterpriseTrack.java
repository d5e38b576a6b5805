package org.industrialreporting.producers.independent;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.producers.simulator.AnomalyLabel;

/**
 * One enterprise of the independent world and every month of it: output is a trend times a yearly (and
 * half-yearly) cycle times its Spring Festival pace times correlated noise; energy is a base load that follows the
 * trend plus a part that follows what was produced, times its own noise, on an intensity that drifts slowly.
 * Incidents multiply the figures of their months; about one month in a hundred is not reported at all. Months run
 * to the end of the world's last year, so that a budget's truth — did the year end over it? — is known.
 */
final class EnterpriseTrack {

  static final YearMonth FIRST = IndependentWorld.FIRST;
  /** The end of the last year: a budget is about whole years. */
  static final YearMonth GENERATED_TO = YearMonth.of(IndependentWorld.LAST.getYear(), 12);
  /** Incidents need half a year of history before them to be recognisable. */
  static final YearMonth INCIDENTS_FROM = FIRST.plusMonths(6);
  /** Incidents a year per enterprise, on average. */
  private static final double INCIDENT_RATE = 0.22;
  /** Months between the end of an incident and the next. */
  private static final int INCIDENT_SPACING = 3;
  private static final double MISSING_SHARE = 0.01;
  /** From this expected energy a year (kgce) an enterprise is a key energy-using unit with a budget. */
  private static final double KEY_USER_KGCE = 5_000_000;
  private static final double TIGHT_BUDGET_SHARE = 0.25;
  private static final int BUDGET_YEAR = 2025;
  private static final String[] DISTRICTS = {"330482", "320585", "440606"};
  private static final String[] INDUSTRIES = {"C3011", "C2614", "C3825", "C1713", "C3360", "C3981", "C1391", "C2231"};

  private final int index;
  private final Profile profile;
  private final Enterprise enterprise;
  private final long[] output;
  private final long[] energy;
  private final boolean[] reported;
  private final List<Incident> incidents;

  private EnterpriseTrack(int index, Profile profile, Enterprise enterprise, long[] output, long[] energy,
      boolean[] reported, List<Incident> incidents) {
    this.index = index;
    this.profile = profile;
    this.enterprise = enterprise;
    this.output = output;
    this.energy = energy;
    this.reported = reported;
    this.incidents = List.copyOf(incidents);
  }

  static EnterpriseTrack generate(long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Profile profile = Profile.draw(r);
    Profile.Behaviour b = profile.behaviour(r);
    double baseOutput = Math.max(1.7e6, 25e6 * Math.exp(0.9 * r.nextGaussian()));
    double intensity = Math.min(0.3, Math.max(0.001, 0.02 * Math.exp(0.8 * r.nextGaussian())));
    int months = (int) FIRST.until(GENERATED_TO, ChronoUnit.MONTHS) + 1;
    boolean[] reported = new boolean[months];
    for (int t = 0; t < months; t++) {
      reported[t] = !FIRST.plusMonths(t).isAfter(IndependentWorld.LAST) && r.nextDouble() >= MISSING_SHARE;
    }
    List<Incident> incidents = planIncidents(r, reported);
    long[] output = new long[months];
    long[] energy = new long[months];
    double noise = r.nextGaussian();
    for (int t = 0; t < months; t++) {
      YearMonth period = FIRST.plusMonths(t);
      noise = b.noiseCorrelation() * noise + Math.sqrt(1 - b.noiseCorrelation() * b.noiseCorrelation())
          * r.nextGaussian();
      double trend = baseOutput * Math.exp(b.growth() * t / 12.0);
      double produced = trend * cycle(b, period) * b.closure().pace(period) * Math.exp(b.noiseSigma() * noise);
      double used = intensity * Math.exp(b.intensityDrift() * t / 12.0)
          * (b.baseLoadShare() * trend + (1 - b.baseLoadShare()) * produced)
          * Math.exp(b.energyNoiseSigma() * r.nextGaussian());
      for (Incident incident : incidents) {
        if (incident.covers(period)) {
          produced *= incident.outputFactor();
          used *= incident.energyFactor();
        }
      }
      output[t] = Math.round(produced);
      energy[t] = Math.round(used);
    }
    Long budget = budget(r, b, baseOutput, intensity);
    Enterprise enterprise = Enterprise.newBuilder()
        .setCreditCode(creditCode(index))
        .setName("独立样本企业" + (index + 1))
        .setDistrictCode(DISTRICTS[index % DISTRICTS.length])
        .setIndustryCode(INDUSTRIES[r.nextInt(INDUSTRIES.length)])
        .setAboveScale(true)
        .setKeyEnergyUser(budget != null)
        .setEnergyBudgetKgce(budget)
        .build();
    return new EnterpriseTrack(index, profile, enterprise, output, energy, reported, incidents);
  }

  private static List<Incident> planIncidents(SplittableRandom r, boolean[] reported) {
    List<Incident> incidents = new ArrayList<>();
    YearMonth free = INCIDENTS_FROM;
    for (YearMonth m = INCIDENTS_FROM; !m.isAfter(IndependentWorld.LAST); m = m.plusMonths(1)) {
      if (m.isBefore(free) || r.nextDouble() >= INCIDENT_RATE / 12) {
        continue;
      }
      Incident incident = Incident.draw(r, m);
      YearMonth end = m.plusMonths(incident.months() - 1);
      boolean allReported = true;
      for (YearMonth k = m; !k.isAfter(end); k = k.plusMonths(1)) {
        allReported &= !k.isAfter(IndependentWorld.LAST) && reported[(int) FIRST.until(k, ChronoUnit.MONTHS)];
      }
      if (allReported) {
        incidents.add(incident);
        free = end.plusMonths(INCIDENT_SPACING + 1);
      }
    }
    return incidents;
  }

  private static double cycle(Profile.Behaviour b, YearMonth period) {
    int month = period.getMonthValue();
    return 1 + b.seasonAmplitude() * Math.cos(2 * Math.PI * (month - b.peakMonth()) / 12)
        + b.halfYearAmplitude() * Math.cos(4 * Math.PI * (month - b.halfYearPeak()) / 12);
  }

  /** Key energy users get a budget from their expected energy of 2025: most a generous one, some a tight one. */
  private static Long budget(SplittableRandom r, Profile.Behaviour b, double baseOutput, double intensity) {
    double expected = 0;
    for (int month = 1; month <= 12; month++) {
      YearMonth period = YearMonth.of(BUDGET_YEAR, month);
      long t = FIRST.until(period, ChronoUnit.MONTHS);
      double trend = baseOutput * Math.exp(b.growth() * t / 12.0);
      expected += intensity * Math.exp(b.intensityDrift() * t / 12.0) * (b.baseLoadShare() * trend
          + (1 - b.baseLoadShare()) * trend * cycle(b, period) * b.closure().pace(period));
    }
    if (expected < KEY_USER_KGCE) {
      return null;
    }
    double factor = r.nextDouble() < TIGHT_BUDGET_SHARE ? 0.75 + 0.15 * r.nextDouble() : 1.15 + 0.25 * r.nextDouble();
    return Math.round(expected * factor / 1000) * 1000;
  }

  private static String creditCode(int index) {
    return CreditCodes.withCheckCharacter("91" + DISTRICTS[index % DISTRICTS.length] + "MA" + String.format("%07d", index));
  }

  Enterprise enterprise() {
    return enterprise;
  }

  Profile profile() {
    return profile;
  }

  List<Incident> incidents() {
    return incidents;
  }

  boolean reports(YearMonth period) {
    long t = FIRST.until(period, ChronoUnit.MONTHS);
    return t >= 0 && t < reported.length && reported[(int) t];
  }

  /** The month's report; only for a month it {@linkplain #reports reports}. */
  MonthlyReport report(YearMonth period) {
    int t = (int) FIRST.until(period, ChronoUnit.MONTHS);
    long out = output[t];
    Instant submitted = period.plusMonths(1).atDay(10).atStartOfDay().toInstant(ZoneOffset.ofHours(8))
        .plusSeconds(index);
    return MonthlyReport.newBuilder()
        .setCreditCode(enterprise.getCreditCode())
        .setPeriod(period.toString())
        .setRevision(submitted.getEpochSecond() * 1_000_000L)
        .setSubmittedAt(submitted)
        .setSource("independent-world")
        .setOutputValueYuan(out)
        .setValueAddedYuan(out / 4)
        .setRevenueYuan(out)
        .setProfitYuan(out / 20)
        .setTaxYuan(out / 30)
        .setEnergyKgce(energy[t])
        .setElectricityKwh(energy[t] * 5)
        .setEmployees((int) Math.max(20, out / 400_000))
        .setRdExpenseYuan(out / 50)
        .setExportValueYuan(out / 10)
        .build();
  }

  /**
   * What a monitor should be told about the months from {@code from} to the world's last month that were reported:
   * the alerts of each incident's months, and BUDGET_OVERRUN in every month of a year whose energy ends above the
   * budget or whose year to date is above the pro-rata budget of the months reported ({@code ytd × 12 > budget ×
   * months reported}: a month not reported is not counted as zero).
   */
  List<AnomalyLabel> labels(YearMonth from) {
    List<AnomalyLabel> labels = new ArrayList<>();
    Long budget = enterprise.getEnergyBudgetKgce();
    for (YearMonth m = from; !m.isAfter(IndependentWorld.LAST); m = m.plusMonths(1)) {
      if (!reports(m)) {
        continue;
      }
      YearMonth month = m;
      incidents.stream().filter(i -> i.covers(month)).forEach(i -> i.type().labels
          .forEach(kind -> labels.add(new AnomalyLabel(enterprise.getCreditCode(), month, kind))));
      if (budget != null && overBudget(month, budget)) {
        labels.add(new AnomalyLabel(enterprise.getCreditCode(), month, AlertKind.BUDGET_OVERRUN));
      }
    }
    return labels;
  }

  private boolean overBudget(YearMonth month, long budget) {
    long yearToDate = 0;
    long reportedMonths = 0;
    long year = 0;
    for (int m = 1; m <= 12; m++) {
      int t = (int) FIRST.until(month.withMonth(m), ChronoUnit.MONTHS);
      year += energy[t];
      if (m <= month.getMonthValue() && reported[t]) {
        yearToDate += energy[t];
        reportedMonths++;
      }
    }
    return year > budget || yearToDate * 12 > budget * reportedMonths;
  }
}
