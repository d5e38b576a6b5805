package org.industrialreporting.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What one benchmark run does.
 *
 * @param mode             which workload: one month, a 12-month backfill, or a correction storm
 * @param enterprises      size of the national world
 * @param districts        districts of the world
 * @param parks            parks of the world
 * @param seed             seed of the simulated world
 * @param month            the month measured (and, for {@link Mode#MONTH}, the same month a year earlier)
 * @param bootstrapServers an existing cluster, or empty for an embedded broker in this process
 * @param registryUrl      an existing Schema Registry, or empty for an embedded one
 * @param partitions       partitions of the scalable topics
 * @param threads          stream threads of the measured streams application
 * @param streamsHeapMb    heap of the streams application's JVM
 * @param rocksDbMb        off-heap memory bound of its RocksDB stores
 * @param streamsOptions   further options of the streams application, as {@code reporting streams} takes them
 * @param latency          how long latency is measured at half the sustainable throughput
 * @param workDir          where the broker, the state directory and the logs of the run go
 */
public record BenchmarkOptions(
    Mode mode, int enterprises, int districts, int parks, long seed, YearMonth month,
    Optional<String> bootstrapServers, Optional<String> registryUrl, int partitions, int threads,
    int streamsHeapMb, int rocksDbMb, List<String> streamsOptions, Duration latency, Path workDir) {

  /** The workloads. */
  public enum Mode {
    /** One month and the same month a year earlier, for year-on-year figures. */
    MONTH,
    /** Twelve months up to the measured one, as when a district backfills a year. */
    REPLAY,
    /** One month and a year earlier, then a tenth of the month submitted again with changed figures. */
    CORRECTIONS
  }
}
