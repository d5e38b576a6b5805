package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.bench.jmh.SimulatedWorld;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The arithmetic of the rollups, without Kafka: the cell changes one new report causes, as
 * {@link ReportAggregator} computes them from the enterprise's kept reports, and the rollup of a district's month
 * from its cells, as {@link RollupProcessor} computes it for each rollup a flush emits. In this package because
 * both are internal to the streams application.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AggregationBenchmark {

  /** A new report of the month and its enterprise's kept reports, for every enterprise of the demo world in turn. */
  @State(Scope.Thread)
  public static class NewReports {

    /** Months of reports an enterprise has before the new one (the aggregator reads those since last January). */
    @Param({"1", "12", "24"})
    int historyMonths;

    Rotation<Change> changes;

    @Setup
    public void simulate() {
      YearMonth month = SimulatedWorld.MONTH;
      // The range of kept reports ReportAggregator reads for a report of this month.
      YearMonth firstRead = YearMonth.of(month.getYear() - 1, 1);
      List<Change> list = new ArrayList<>();
      new Attribution(SimulatedWorld.demo()).histories(month.minusMonths(historyMonths), month).values().stream()
          .filter(history -> history.containsKey(month)) // enterprises that stopped reporting before the month
          .forEach(history -> {
            NavigableMap<YearMonth, AttributedReport> before =
                new TreeMap<>(history.subMap(firstRead, true, month, false));
            NavigableMap<YearMonth, AttributedReport> after = new TreeMap<>(before);
            after.put(month, history.get(month));
            list.add(new Change(before, after));
          });
      changes = new Rotation<>(list);
    }
  }

  /** An enterprise's kept reports before and after a new report. */
  record Change(NavigableMap<YearMonth, AttributedReport> before, NavigableMap<YearMonth, AttributedReport> after) {
  }

  /** The cells of the demo world's largest district. */
  @State(Scope.Thread)
  public static class District {

    DistrictCells cells;

    @Setup
    public void simulate() {
      SimulatedWorld world = SimulatedWorld.demo();
      cells = DistrictCells.of(world, world.largestDistrict());
    }
  }

  @Benchmark
  public Map<String, CellVector> cellChanges(NewReports reports) {
    Change change = reports.changes.next();
    return CellChanges.between(SimulatedWorld.MONTH.getYear(),
        y -> EnterpriseContributions.ofYear(change.before(), y), y -> EnterpriseContributions.ofYear(change.after(), y),
        SimulatedWorld.NOW.toEpochMilli());
  }

  @Benchmark
  public Rollup rollup(District district) {
    return district.cells.rollup();
  }
}
