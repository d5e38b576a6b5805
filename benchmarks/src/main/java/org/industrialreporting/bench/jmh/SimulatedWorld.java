package org.industrialreporting.bench.jmh;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.producers.simulator.Simulation;
import org.industrialreporting.streams.ledger.Attribution;

/**
 * A simulated world as the microbenchmarks see it: its registries and its reports. One fixture, so that every
 * microbenchmark measures the same realistic records.
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

  /** The registered enterprise with this credit code, or null. */
  public Enterprise enterprise(String creditCode) {
    return enterprises.get(creditCode);
  }

  /** The registered park with this id, or null (also for a null id). */
  public Park park(String parkId) {
    return parkId == null ? null : parks.get(parkId);
  }

  /** How the streams application attributes a report of the enterprise: its registration and park hierarchy. */
  public Attribution attribution(Enterprise enterprise) {
    List<String> chain = new ArrayList<>();
    for (Park park = park(enterprise.getParkId()); park != null && !chain.contains(park.getParkId());
        park = park(park.getParentParkId())) {
      chain.add(park.getParkId());
    }
    return Attribution.of(enterprise, chain, MONTH.getYear()); // the simulator lists no year apart
  }

  /** The district of the world with the most enterprises. */
  public String largestDistrict() {
    Map<String, Long> sizes = new HashMap<>();
    enterprises.values().forEach(e -> sizes.merge(e.getDistrictCode(), 1L, Long::sum));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
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
