package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.bench.jmh.SimulatedWorld;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.contribution.EnterpriseContributions;
import org.industrialreporting.streams.contribution.PendingChanges;
import org.industrialreporting.streams.contribution.ScopeBatch;
import org.industrialreporting.streams.contribution.ScopeBatchCodec;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rollup stage's own work, without Kafka: the rollup of the demo world's largest district for September 2026,
 * computed from its cells (January 2025 on) as {@link RollupProcessor} does for every rollup it writes; the rollup
 * serialized for {@code rollups-district}; and the internal topic's batches of cell changes read, as the stage
 * reads every record it receives (one batch holds the changes of a commit for one bucket of scopes). In this
 * package because the rollup arithmetic is internal to the streams application.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RollupBenchmark {

  private final Serializer<Rollup> rollupSerializer =
      new AvroSerdes(LocalSchemaRegistryClient.inMemory()).value(Rollup.class).serializer();
  private final ScopeBatchCodec batches = new ScopeBatchCodec();
  private final Map<Integer, Cell> cells = new HashMap<>();
  private RollupCalculator.Identity identity;
  private Rollup rollup;
  private byte[] batch;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    Scope district = Scope.district(world.largestDistrict());
    identity = new RollupCalculator.Identity(district, null, district.id());
    Map<String, MonthHistory<Attribution>> histories = new HashMap<>();
    for (MonthlyReport report : world.reports(YearMonth.of(2025, 1), SimulatedWorld.MONTH)) {
      long[] figures = new long[EnterpriseIndicator.values().length];
      for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
        figures[indicator.ordinal()] = indicator.get(report);
      }
      histories.computeIfAbsent(report.getCreditCode(), c -> new MonthHistory<>()).put(new ReportMonth<>(
          Months.of(YearMonth.parse(report.getPeriod())), 1, 0, 0,
          world.attribution(world.enterprise(report.getCreditCode())), figures));
    }
    PendingChanges changes = new PendingChanges(1);
    histories.values().forEach(history -> EnterpriseContributions.OF_ENTERPRISES.all(history, 1L, changes));
    List<ScopeBatch.CellChange> all = new ArrayList<>();
    for (ScopeBatch one : changes.drain()) {
      all.addAll(one.cells());
      one.cells().stream().filter(c -> c.scope().equals(district)).forEach(c -> cells.put(c.month(), c.change()));
    }
    batch = batches.serialize("scope-updates", new ScopeBatch(0, all.subList(0, Math.min(170, all.size())),
        List.of()));
    rollup = rollup();
  }

  @Benchmark
  public Rollup rollup() {
    return RollupCalculator.rollup(identity, SimulatedWorld.MONTH, cells::get, Map.of());
  }

  @Benchmark
  public byte[] serializeRollup() {
    return rollupSerializer.serialize("rollups-district", rollup);
  }

  @Benchmark
  public ScopeBatch readBatch() {
    return batches.deserialize("scope-updates", batch);
  }
}
