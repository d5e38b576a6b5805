package org.industrialreporting.launcher.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.industrialreporting.bench.BenchmarkOptions;
import org.industrialreporting.bench.LiveBenchmark;
import org.industrialreporting.bench.NationalBenchmark;
import org.industrialreporting.bench.Results;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.producers.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The national-scale benchmark (README, "Benchmark"). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the pipeline on a national-scale month: publish a simulated national world, measure"
        + " the machine's ceiling (raw consume), run the streams application with exactly-once in its own JVM until"
        + " every rollup is visible and exact, measure latency at half load and memory.",
        "Prints one table; --json writes the figures. Progress goes to standard error."})
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "month",
      description = "month (one month and the year before), replay (12 months of backfill), corrections (a tenth"
          + " of the month re-submitted) or live (`reporting run` on the demo world, corrections POSTed to the intake"
          + " at --live-interval-ms, the dashboard API polled until it shows each) (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--enterprises", paramLabel = "N", defaultValue = "" + Simulation.NATIONAL_ENTERPRISES,
      description = "Enterprises of the national world (default: ${DEFAULT-VALUE}).")
  int enterprises;

  @Option(names = "--districts", paramLabel = "N", defaultValue = "" + Simulation.NATIONAL_DISTRICTS,
      description = "Districts (default: ${DEFAULT-VALUE}).")
  int districts;

  @Option(names = "--parks", paramLabel = "N", defaultValue = "" + Simulation.NATIONAL_PARKS,
      description = "Parks (default: ${DEFAULT-VALUE}).")
  int parks;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Simulation.DEFAULT_SEED,
      description = "Seed of the world (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2026-09",
      description = "The month measured (default: ${DEFAULT-VALUE}).")
  YearMonth month;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "An existing cluster instead of an embedded broker.")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "An existing Schema Registry instead of an embedded one.")
  String registryUrl;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
      description = "Partitions of the scalable topics (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Stream threads of the streams application (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--streams-heap-mb", paramLabel = "MB", defaultValue = "1024",
      description = "Heap of the streams application's JVM (default: ${DEFAULT-VALUE}).")
  int streamsHeapMb;

  @Option(names = "--rocksdb-memory-mb", paramLabel = "MB", defaultValue = "256",
      description = "Off-heap memory bound of its RocksDB stores (default: ${DEFAULT-VALUE}).")
  int rocksDbMb;

  @Option(names = "--streams-option", paramLabel = "OPTION",
      description = "A further option of the streams application, as `reporting streams` takes it (with --mode"
          + " live, of `reporting run`), e.g. --streams-option=--commit-interval-ms=200; repeatable.")
  List<String> streamsOptions = new ArrayList<>();

  @Option(names = "--latency-seconds", paramLabel = "S",
      description = "How long latency is measured: at half load (default: 20), or live corrections are sent"
          + " (default: 120).")
  Integer latencySeconds;

  @Option(names = "--live-interval-ms", paramLabel = "MS", defaultValue = "500",
      description = "With --mode live, the time between two corrections (default: ${DEFAULT-VALUE}).")
  long liveIntervalMs;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where the broker, state and logs of the run go (default: a new temporary directory).")
  Path workDir;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Spec
  CommandSpec spec;

  private final LaunchContext context;

  BenchCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    // The benchmark creates its directory, so that a run refused for its options leaves nothing behind.
    Path dir = workDir != null ? workDir
        : Path.of(System.getProperty("java.io.tmpdir"), "reporting-bench-" + System.currentTimeMillis());
    BenchmarkOptions options;
    try {
      BenchmarkOptions.Mode workload = BenchmarkOptions.mode(mode);
      int latency = latencySeconds != null ? latencySeconds : workload == BenchmarkOptions.Mode.LIVE ? 120 : 20;
      options = new BenchmarkOptions(workload, enterprises, districts, parks, seed, month,
          Optional.ofNullable(bootstrapServers), Optional.ofNullable(registryUrl), partitions, threads,
          streamsHeapMb, rocksDbMb, streamsOptions, Duration.ofSeconds(latency), Duration.ofMillis(liveIntervalMs),
          dir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    context.err().println("Benchmark work directory: " + dir);
    Results results = options.mode() == BenchmarkOptions.Mode.LIVE ? LiveBenchmark.run(options, context.err())
        : NationalBenchmark.run(options, context.err());
    results.print(context.out());
    if (json != null) {
      results.writeJson(json);
    }
    return results.exact() ? 0 : 1;
  }
}
