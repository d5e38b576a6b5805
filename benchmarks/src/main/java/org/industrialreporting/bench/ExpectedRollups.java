package org.industrialreporting.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.registry.AboveScale;
import org.industrialreporting.domain.report.RevisionNumbers;

/**
 * The rollups a batch computation gives for the reports published, to check the pipeline against: for every
 * district, park, town and industry division and month, the reporting enterprises above scale (规上) and the exact
 * sums of their output, value added and energy, and last year's output over the comparable ones; the reporting
 * enterprises below scale counted apart. Kept in arrays by enterprise so that a national world of several months
 * fits in memory; the latest revision of each report counts, as in the pipeline.
 */
final class ExpectedRollups {

  /** The figures compared for one rollup. */
  record Cell(long enterprises, long outsideScope, long output, long valueAdded, long energy,
      long comparablePreviousOutput) {
  }

  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> districts = new ArrayList<>();
  private final List<String> parks = new ArrayList<>();
  private final List<String> towns = new ArrayList<>();
  private final List<String> industries = new ArrayList<>();
  private final Map<String, String> shared = new HashMap<>(); // one String per scope, not per enterprise
  private final BitSet aboveScale = new BitSet();
  /** The enterprises whose above-scale status differs by year: few, so kept whole. */
  private final Map<Integer, Enterprise> byYear = new HashMap<>();
  private final int capacity;
  private final Map<YearMonth, Month> months = new HashMap<>();

  private static final class Month {
    final long[] revision;
    final long[] output;
    final long[] valueAdded;
    final long[] energy;

    Month(int size) {
      revision = new long[size];
      output = new long[size];
      valueAdded = new long[size];
      energy = new long[size];
    }
  }

  ExpectedRollups(int capacity) {
    this.capacity = capacity;
  }

  /** Notes where an enterprise's reports count. */
  void register(Enterprise enterprise) {
    int index = districts.size();
    indexes.put(enterprise.getCreditCode(), index);
    aboveScale.set(index, enterprise.getAboveScale());
    if (!enterprise.getAboveScaleByYear().isEmpty()) {
      byYear.put(index, enterprise);
    }
    districts.add(shared.computeIfAbsent(enterprise.getDistrictCode(), d -> d));
    parks.add(enterprise.getParkId() == null ? null : shared.computeIfAbsent(enterprise.getParkId(), p -> p));
    String town = enterprise.getTown() == null || enterprise.getTown().isBlank() ? null
        : TopicKeys.townScope(enterprise.getDistrictCode(), enterprise.getTown());
    towns.add(town == null ? null : shared.computeIfAbsent(town, t -> t));
    industries.add(IndustryDivisions.of(enterprise.getIndustryCode())
        .map(division -> shared.computeIfAbsent(TopicKeys.industryScope(enterprise.getDistrictCode(), division),
            d -> d))
        .orElse(null));
  }

  /**
   * Counts a report in the order published (one producer, so the order on its partition), unless it is a stale resend.
   * Every report the bench publishes is numbered (the simulator's revision numbers): 0 marks a month not reported.
   */
  void observe(MonthlyReport report) {
    if (report.getRevision() == RevisionNumbers.UNNUMBERED) {
      throw new IllegalArgumentException("the bench's reports are numbered; " + report.getCreditCode() + " "
          + report.getPeriod() + " is not");
    }
    int i = indexes.get(report.getCreditCode());
    Month month = months.computeIfAbsent(YearMonth.parse(report.getPeriod()), p -> new Month(capacity));
    if (!RevisionNumbers.staleResend(report.getRevision(), month.revision[i])) {
      month.revision[i] = report.getRevision();
      month.output[i] = report.getOutputValueYuan();
      month.valueAdded[i] = report.getValueAddedYuan();
      month.energy[i] = report.getEnergyKgce();
    }
  }

  /** The expected month figures by rollup key ({@code scope_id|period}) of districts, parks, towns and industries. */
  Map<String, Cell> cells() {
    Map<String, long[]> sums = new TreeMap<>();
    months.forEach((period, month) -> {
      Month lastYear = months.get(period.minusYears(1));
      for (int i = 0; i < districts.size(); i++) {
        if (month.revision[i] == 0) {
          continue;
        }
        boolean counted = aboveScale(i, period.getYear());
        long previousOutput = lastYear != null && lastYear.revision[i] != 0 ? lastYear.output[i] : 0;
        add(sums, TopicKeys.rollup(districts.get(i), period), month, i, counted, previousOutput);
        if (parks.get(i) != null) {
          add(sums, TopicKeys.rollup(parks.get(i), period), month, i, counted, previousOutput);
        }
        if (towns.get(i) != null) {
          add(sums, TopicKeys.rollup(towns.get(i), period), month, i, counted, previousOutput);
        }
        if (industries.get(i) != null) {
          add(sums, TopicKeys.rollup(industries.get(i), period), month, i, counted, previousOutput);
        }
      }
    });
    Map<String, Cell> cells = new TreeMap<>();
    sums.forEach((key, s) -> cells.put(key, new Cell(s[0], s[1], s[2], s[3], s[4], s[5])));
    return cells;
  }

  private boolean aboveScale(int i, int year) {
    Enterprise listed = byYear.get(i);
    return listed != null ? AboveScale.in(listed, year) : aboveScale.get(i);
  }

  private static void add(Map<String, long[]> sums, String key, Month month, int i, boolean aboveScale,
      long previousOutput) {
    long[] s = sums.computeIfAbsent(key, k -> new long[6]);
    if (!aboveScale) {
      s[1]++;
      return;
    }
    s[0]++;
    s[2] += month.output[i];
    s[3] += month.valueAdded[i];
    s[4] += month.energy[i];
    s[5] += previousOutput;
  }
}
