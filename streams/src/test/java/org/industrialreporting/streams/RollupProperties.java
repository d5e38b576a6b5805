package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.registry.AboveScale;

/**
 * Whatever the order of arrival, corrections and stale revisions, and however commits and rollup writes fall
 * between them, the rollups equal a straightforward batch computation over the report in force of each enterprise
 * and month: the last to arrive, or — when producers number their revisions — the highest numbered, those arriving
 * after a higher one being refused as stale.
 */
class RollupProperties {

  private static final YearMonth FIRST = YearMonth.of(2025, 1);
  private static final int MONTHS = 18; // January 2025 to June 2026: two years with comparable months
  /** In 王店镇 but the last, which has no town; the third in division C30, the others in C38. */
  private static final List<Enterprise> ENTERPRISES = List.of(
      World.enterprise(1, World.PV_TOWN, List.of(), null), World.enterprise(2, World.ZONE, List.of(), null),
      Enterprise.newBuilder(World.enterprise(3, World.FOOD_PARK, List.of(), null)).setIndustryCode("C3011").build(),
      // In no town; below scale (规下) in 2025, above it in 2026: counted outside the scope in 2025, in the figures in
      // 2026.
      Enterprise.newBuilder(World.enterprise(4, null, List.of(), null)).setTown(null)
          .setAboveScaleByYear(Map.of("2025", false)).build());

  /** One submission: which enterprise, which month, how much output; its number is its place in the list. */
  record Submission(int enterprise, int month, long outputMillions) {
  }

  @Provide
  Arbitrary<List<Submission>> submissions() {
    Arbitrary<Submission> one = Combinators.combine(
        Arbitraries.integers().between(1, ENTERPRISES.size()),
        Arbitraries.integers().between(0, MONTHS - 1),
        // Within a factor of 50 of each other: larger jumps between months are rejected as unit mistakes.
        Arbitraries.longs().between(100, 5_000)).as(Submission::new);
    return one.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 25)
  void rollupsEqualABatchComputationOfTheReportsInForce(@ForAll("submissions") List<Submission> submissions,
      @ForAll long shuffleSeed, @ForAll boolean numbered) throws Exception {
    List<MonthlyReport> reports = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      Submission s = submissions.get(i);
      reports.add(World.report(s.enterprise(), FIRST.plusMonths(s.month()).toString(), numbered ? i + 1 : 0,
          s.outputMillions() * 1_000_000));
    }
    List<MonthlyReport> arrival = new ArrayList<>(reports);
    Random random = new Random(shuffleSeed);
    Collections.shuffle(arrival, random);
    Map<String, MonthlyReport> inForce = new HashMap<>();
    List<MonthlyReport> stale = new ArrayList<>();
    for (MonthlyReport report : arrival) {
      String key = report.getCreditCode() + "|" + report.getPeriod();
      MonthlyReport kept = inForce.get(key);
      if (numbered && kept != null && report.getRevision() <= kept.getRevision()) {
        stale.add(report);
      } else {
        inForce.put(key, report);
      }
    }

    Path stateDir = Files.createTempDirectory("rollup-properties");
    try (RollupDriver pipeline = new RollupDriver(stateDir)) {
      pipeline.register(World.zone(), World.pvTown(), World.foodPark());
      pipeline.register(ENTERPRISES.toArray(Enterprise[]::new));
      for (MonthlyReport report : arrival) {
        pipeline.submit(report);
        if (random.nextInt(4) == 0) {
          pipeline.flush();
        }
      }
      Map<String, Rollup> actual = new TreeMap<>(pipeline.latestDistricts());
      actual.putAll(pipeline.latestParks());
      actual.putAll(pipeline.latestTowns());
      actual.putAll(pipeline.latestIndustries());

      assertThat(pipeline.rejected.readValuesToList()).as("refused as stale")
          .extracting(r -> r.getCreditCode() + "|" + r.getPeriod() + " " + r.getReasons().get(0).getCode())
          .containsExactlyElementsOf(stale.stream().map(r -> r.getCreditCode() + "|" + r.getPeriod() + " STALE_REVISION")
              .toList());
      Map<String, Expected> expected = batch(inForce);
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      expected.forEach((key, want) -> {
        Rollup got = actual.get(key);
        assertThat(got.getMonth().getReportingEnterprises()).as(key + " enterprises").isEqualTo(want.enterprises);
        assertThat(got.getMonth().getOutsideScopeEnterprises()).as(key + " outside").isEqualTo(want.outside);
        assertThat(got.getYtd().getOutsideScopeEnterprises()).as(key + " ytd outside").isEqualTo(want.ytdOutside);
        assertThat(got.getMonth().getTotals().getOutputValueYuan()).as(key + " output").isEqualTo(want.output);
        assertThat(got.getYtd().getReportingEnterprises()).as(key + " ytd enterprises").isEqualTo(want.ytdEnterprises);
        assertThat(got.getYtd().getTotals().getOutputValueYuan()).as(key + " ytd output").isEqualTo(want.ytdOutput);
        assertThat(got.getMonth().getPreviousYear() == null ? null : got.getMonth().getPreviousYear().getOutputValueYuan())
            .as(key + " previous year").isEqualTo(want.previousOutput);
        assertThat(got.getMonth().getComparableEnterprises()).as(key + " comparable").isEqualTo(want.comparable);
        assertThat(got.getMonth().getComparableCurrent() == null ? 0 : got.getMonth().getComparableCurrent().getOutputValueYuan())
            .as(key + " comparable current").isEqualTo(want.comparableCurrent);
        assertThat(got.getMonth().getComparablePrevious() == null ? 0 : got.getMonth().getComparablePrevious().getOutputValueYuan())
            .as(key + " comparable previous").isEqualTo(want.comparablePrevious);
      });
    }
  }

  private static final class Expected {
    int enterprises;
    int outside;
    int ytdOutside;
    long output;
    int ytdEnterprises;
    long ytdOutput;
    Long previousOutput;
    int comparable;
    long comparableCurrent;
    long comparablePrevious;
  }

  /**
   * The obvious computation: for each scope and month with reports, sum and count over the final reports of the
   * enterprises above scale in the report's year, and count the others.
   */
  private static Map<String, Expected> batch(Map<String, MonthlyReport> latest) {
    Map<String, List<String>> scopesOf = new HashMap<>();
    Map<String, Enterprise> registered = new HashMap<>();
    for (Enterprise e : ENTERPRISES) {
      registered.put(e.getCreditCode(), e);
      List<String> scopes = new ArrayList<>(List.of(World.DISTRICT));
      if (e.getParkId() != null) {
        scopes.add(e.getParkId());
        if (e.getParkId().equals(World.PV_TOWN)) {
          scopes.add(World.ZONE);
        }
      }
      if (e.getTown() != null) {
        scopes.add(TopicKeys.townScope(World.DISTRICT, e.getTown()));
      }
      scopes.add(TopicKeys.industryScope(World.DISTRICT, e.getIndustryCode().substring(0, 3)));
      scopesOf.put(e.getCreditCode(), scopes);
    }
    Map<String, Expected> result = new TreeMap<>();
    for (MonthlyReport report : latest.values()) {
      for (String scope : scopesOf.get(report.getCreditCode())) {
        result.put(scope + "|" + report.getPeriod(), new Expected());
      }
    }
    result.forEach((key, want) -> {
      String scope = key.substring(0, key.lastIndexOf('|'));
      YearMonth period = YearMonth.parse(key.substring(key.lastIndexOf('|') + 1));
      var ytdReporters = new java.util.HashSet<String>();
      var ytdOutside = new java.util.HashSet<String>();
      for (MonthlyReport r : latest.values()) {
        if (!scopesOf.get(r.getCreditCode()).contains(scope)) {
          continue;
        }
        YearMonth p = YearMonth.parse(r.getPeriod());
        boolean aboveScale = AboveScale.in(registered.get(r.getCreditCode()), p.getYear());
        if (!aboveScale) {
          if (p.equals(period)) {
            want.outside++;
          }
          if (p.getYear() == period.getYear() && !p.isAfter(period)) {
            ytdOutside.add(r.getCreditCode());
          }
          continue;
        }
        if (p.equals(period)) {
          want.enterprises++;
          want.output += r.getOutputValueYuan();
          MonthlyReport before = latest.get(r.getCreditCode() + "|" + period.minusYears(1));
          if (before != null) {
            want.comparable++;
            want.comparableCurrent += r.getOutputValueYuan();
            want.comparablePrevious += before.getOutputValueYuan();
          }
        }
        if (p.getYear() == period.getYear() && !p.isAfter(period)) {
          ytdReporters.add(r.getCreditCode());
          want.ytdOutput += r.getOutputValueYuan();
        }
        if (p.equals(period.minusYears(1))) {
          want.previousOutput = (want.previousOutput == null ? 0 : want.previousOutput) + r.getOutputValueYuan();
        }
      }
      want.ytdEnterprises = ytdReporters.size();
      want.ytdOutside = ytdOutside.size();
    });
    return result;
  }
}
