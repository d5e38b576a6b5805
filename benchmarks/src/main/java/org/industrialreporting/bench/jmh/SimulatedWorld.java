package org.industrialreporting.bench.jmh;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.producers.simulator.Simulation;

/**
 * A simulated world as the microbenchmarks see it: its registries, its reports, and the reports as the streams
 * application keeps them (attributed to their district and parks). One fixture, so that every microbenchmark
 * measures the same realistic records.
 */
public final class SimulatedWorld {

  /** The month measured: the last month the simulator's worlds generate by default. */
  public static final YearMonth MONTH = YearMonth.of(2026, 9);
  /** A wall clock some weeks after {@link #MONTH}, so that its reports are not in the future. */
  public static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

  private final Simulation simulation;
  private final Map<String, Enterprise> enterprises;
  private final Map<String, Park> parks;

  private SimulatedWorld(Simulation simulation) {
    this.simulation = simulation;
    this.enterprises = new LinkedHashMap<>();
    simulation.enterprises().forEach(e -> enterprises.put(e.getCreditCode(), e));
    this.parks = new LinkedHashMap<>();
    simulation.parks().forEach(park -> parks.put(park.getParkId(), park));
  }

  /** The demo world: three districts, about 1,400 enterprises, parks within parks, and district targets. */
  public static SimulatedWorld demo() {
    return new SimulatedWorld(Simulation.demo(Simulation.DEFAULT_SEED));
  }

  /** A national world of this size. */
  public static SimulatedWorld national(int enterprises, int districts, int parks) {
    return new SimulatedWorld(Simulation.national(Simulation.DEFAULT_SEED, enterprises, districts, parks));
  }

  public Simulation simulation() {
    return simulation;
  }

  public Collection<Enterprise> enterprises() {
    return enterprises.values();
  }

  public Collection<Park> parks() {
    return parks.values();
  }

  public List<MonthlyReport> reports(YearMonth month) {
    return simulation.reports(month).toList();
  }

  /** The reports of {@code from} to {@code to}, month by month. */
  public List<MonthlyReport> reports(YearMonth from, YearMonth to) {
    List<MonthlyReport> reports = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      reports.addAll(reports(month));
    }
    return reports;
  }

  /**
   * Every enterprise's reports of {@code from} to {@code to} as the reports store keeps them, by credit code and
   * month.
   */
  public Map<String, NavigableMap<YearMonth, AttributedReport>> attributedHistories(YearMonth from, YearMonth to) {
    Map<String, NavigableMap<YearMonth, AttributedReport>> histories = new LinkedHashMap<>();
    for (MonthlyReport report : reports(from, to)) {
      histories.computeIfAbsent(report.getCreditCode(), code -> new TreeMap<>())
          .put(YearMonth.parse(report.getPeriod()), attribute(report));
    }
    return histories;
  }

  /** The report attributed with the registry, as the streams application attributes it when it accepts it. */
  public AttributedReport attribute(MonthlyReport report) {
    Enterprise enterprise = enterprises.get(report.getCreditCode());
    return AttributedReport.newBuilder()
        .setReport(report)
        .setEnterpriseName(enterprise.getName())
        .setDistrictCode(enterprise.getDistrictCode())
        .setParkIds(withParents(enterprise.getParkId()))
        .setTown(enterprise.getTown())
        .setIndustryCode(enterprise.getIndustryCode())
        .setTags(enterprise.getTags())
        .setLandAreaCentimu(enterprise.getLandAreaCentimu())
        .setKeyEnergyUser(enterprise.getKeyEnergyUser())
        .setEnergyBudgetKgce(enterprise.getEnergyBudgetKgce())
        .build();
  }

  /** The district of the world with the most enterprises. */
  public String largestDistrict() {
    Map<String, Long> sizes = new HashMap<>();
    enterprises.values().forEach(e -> sizes.merge(e.getDistrictCode(), 1L, Long::sum));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The park and its parents, nearest first; empty outside parks. */
  private List<String> withParents(String parkId) {
    List<String> chain = new ArrayList<>();
    for (Park park = parks.get(parkId); park != null; park = parks.get(park.getParentParkId())) {
      chain.add(park.getParkId());
    }
    return chain;
  }

  /** A fixed number of records, handed out in turn, so that a benchmark does not measure one record only. */
  public static final class Rotation<T> {

    private final List<T> items;
    private int next;

    public Rotation(List<T> items) {
      if (items.isEmpty()) {
        throw new IllegalArgumentException("Nothing to rotate");
      }
      this.items = List.copyOf(items);
    }

    public static <S, T> Rotation<T> of(List<S> items, Function<S, T> map) {
      return new Rotation<>(items.stream().map(map).toList());
    }

    public T next() {
      T item = items.get(next);
      next = next + 1 == items.size() ? 0 : next + 1;
      return item;
    }
  }
}
