package org.industrialreporting.streams.rollup;

import java.util.concurrent.TimeUnit;
import org.industrialreporting.bench.jmh.SimulatedWorld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The encoding of rollup cells, written and read on every cell change by the buffer and cells stores and the
 * {@code scope-updates} topic: a round trip of a district's cell of a month. In this package because the serde
 * is internal to the streams application.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CellVectorSerdeBenchmark {

  private static final String TOPIC = "reporting-rollups-" + RollupStage.CELLS_STORE + "-changelog";

  private final CellVectorSerde serde = new CellVectorSerde();
  private CellVector cell;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    cell = DistrictCells.of(world, world.largestDistrict()).cell();
  }

  @Benchmark
  public CellVector roundTrip() {
    return serde.deserialize(TOPIC, serde.serialize(TOPIC, cell));
  }
}
