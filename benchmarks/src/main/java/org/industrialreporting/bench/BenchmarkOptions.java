package org.industrialreporting.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What one benchmark run does.
 *
 * @param mode             which workload: one month, a 12-month backfill, a correction storm, or live corrections
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
 * @param latency          how long latency is measured: at half the sustainable throughput, or live
 * @param liveInterval     for {@link Mode#LIVE}, the time between two corrections
 * @param workDir          where the broker, the state directory and the logs of the run go
 */
public record BenchmarkOptions(
    Mode mode, int enterprises, int districts, int parks, long seed, YearMonth month,
    Optional<String> bootstrapServers, Optional<String> registryUrl, int partitions, int threads,
    int streamsHeapMb, int rocksDbMb, List<String> streamsOptions, Duration latency, Duration liveInterval,
    Path workDir) {

  /** A run that could not measure anything is refused before it starts, naming the option. */
  public BenchmarkOptions {
    atLeast("--enterprises", enterprises, 1);
    atLeast("--districts", districts, 1);
    atLeast("--parks", parks, 0);
    atLeast("--partitions", partitions, 1);
    atLeast("--threads", threads, 1);
    atLeast("--streams-heap-mb", streamsHeapMb, 128);
    atLeast("--rocksdb-memory-mb", rocksDbMb, 16);
    atLeast("--latency-seconds", latency.toSeconds(), 1);
    atLeast("--live-interval-ms", liveInterval.toMillis(), 1);
    if (mode == Mode.LIVE && (bootstrapServers.isPresent() || registryUrl.isPresent())) {
      throw new IllegalArgumentException("--mode live measures `reporting run` as a user starts it, with its own"
          + " embedded broker and registry: leave out --bootstrap-servers and --schema-registry-url");
    }
    if (mode == Mode.LIVE && latency.toMillis() < 2 * liveInterval.toMillis()) {
      throw new IllegalArgumentException("--latency-seconds must leave room for at least two corrections of"
          + " --live-interval-ms " + liveInterval.toMillis());
    }
    streamsOptions = List.copyOf(streamsOptions);
  }

  /** The mode of this name, any case; an unknown name is a usage error that lists the modes. */
  public static Mode mode(String name) {
    for (Mode mode : Mode.values()) {
      if (mode.name().equalsIgnoreCase(name)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--mode must be month, replay, corrections or live, not '" + name + "'");
  }

  private static void atLeast(String option, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(option + " must be at least " + minimum + ", not " + value);
    }
  }

  /** The workloads. */
  public enum Mode {
    /** One month and the same month a year earlier, for year-on-year figures. */
    MONTH,
    /** Twelve months up to the measured one, as when a district backfills a year. */
    REPLAY,
    /** One month and a year earlier, then a tenth of the month submitted again with changed figures. */
    CORRECTIONS,
    /**
     * {@code reporting run} on the demo world, corrections through the HTTP intake at a live rate, the dashboard API
     * polled until it shows each ({@link LiveBenchmark}).
     */
    LIVE
  }
}
