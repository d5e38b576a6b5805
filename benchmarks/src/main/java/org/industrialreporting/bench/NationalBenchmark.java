package org.industrialreporting.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.producers.simulator.Simulation;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * The national-scale benchmark: a simulated national world published to fresh topics, the machine's ceiling on
 * the report topic (a plain consumer), the full streams application with exactly-once in a JVM of its own — the
 * registry taken in by a first run, as in production, then the month from the application running to the last
 * rollup visible to a read_committed consumer — latency at half the sustainable throughput, CPU and memory, and
 * a check of every rollup against a batch computation of the same reports.
 */
public final class NationalBenchmark {

  private final BenchmarkOptions options;
  private final Progress progress;

  private NationalBenchmark(BenchmarkOptions options, PrintStream log) {
    this.options = options;
    this.progress = new Progress(log);
  }

  public static Results run(BenchmarkOptions options, PrintStream log) throws Exception {
    return new NationalBenchmark(options, log).run();
  }

  private Results run() throws Exception {
    Files.createDirectories(options.workDir());
    Results results = new Results().put("mode", options.mode().name().toLowerCase())
        .put("enterprises", (long) options.enterprises())
        .put("cores", (long) Runtime.getRuntime().availableProcessors());
    try (Cluster cluster = Cluster.start(options, progress)) {
      String prefix = "bench-" + System.currentTimeMillis() + "-";
      TopicCatalog topics = new TopicCatalog(prefix, options.partitions());
      try (Admin admin = Admin.create(cluster.kafka.admin("bench"))) {
        new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(60)).ensure(topics.all());
      }
      AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(cluster.registryUrl));
      Publisher publisher = new Publisher(cluster.kafka, serdes, progress);
      Simulation world = Simulation.national(options.seed(), options.enterprises(), options.districts(),
          options.parks());

      progress.step("Publishing the registries of " + options.enterprises() + " enterprises");
      ExpectedRollups expected = new ExpectedRollups(options.enterprises());
      Map<String, String> districtOf = new HashMap<>();
      publisher.publish("parks", topics.parkRegistry(), world.parks().iterator(), TopicKeys::park, p -> { });
      publisher.publish("enterprises", topics.enterpriseRegistry(),
          world.enterprises().iterator(), TopicKeys::enterprise, e -> {
            expected.register(e);
            districtOf.put(e.getCreditCode(), e.getDistrictCode());
          });
      String applicationId = prefix + "rollups";
      Path stateDir = options.workDir().resolve("streams-state");

      List<YearMonth> months = months();
      Publisher.Published reports = publisher.publish("reports", topics.indicatorReports(),
          months.stream().flatMap(world::reports).iterator(), TopicKeys::report, expected::observe);
      results.put("reports", reports.records()).put("publish_reports_per_s", reports.perSecond());

      progress.step("Measuring the ceiling: a plain consumer reading the topic");
      double ceiling = RawConsume.reportsPerSecond(cluster.kafka, serdes, topics.indicatorReports(), reports.records());
      results.put("raw_consume_reports_per_s", ceiling);
      progress.step(String.format("Raw consume: %,.0f reports/s", ceiling));
      for (StreamsFloor.Variant variant : StreamsFloor.Variant.values()) {
        floor(cluster, topics, prefix, variant, reports.records(), results);
      }

      Map<String, ExpectedRollups.Cell> wanted = expected.cells();
      try (RollupWatcher watcher = new RollupWatcher(cluster.kafka, serdes, topics);
           ThroughputSampler sampler = new ThroughputSampler(cluster.kafka, applicationId,
               topics.indicatorReports().name());
           MeasuredProcess streams = MeasuredProcess.start(options.workDir(), options.streamsHeapMb(), stateDir,
               streamsArguments(cluster, prefix, applicationId))) {
        long launched = System.nanoTime();
        // Running once the registry's global store is read to its end (in memory, read again at every start).
        streams.awaitRunning(Duration.ofMinutes(30));
        long running = System.nanoTime();
        MeasuredProcess.CpuTime cpuAtStart = streams.cpuTime();
        results.put("startup_seconds", (running - launched) / 1e9);
        progress.step(String.format("Streams application running after %.1f s (the registry read in); processing %d"
            + " reports", (running - launched) / 1e9, reports.records()));
        double pipelineSeconds = awaitMatch(watcher, wanted, streams, running, sampler);
        MeasuredProcess.CpuTime cpu = streams.cpuTime().since(cpuAtStart);
        results.put("pipeline_seconds", pipelineSeconds)
            .put("pipeline_reports_per_s", reports.records() / pipelineSeconds)
            .put("steady_reports_per_s", sampler.steadyRate(reports.records()))
            .put("ratio_to_ceiling", reports.records() / pipelineSeconds / ceiling)
            .put("ratio_to_floor_get_put", reports.records() / pipelineSeconds
                / (double) results.get("floor_get_put_reports_per_s"))
            .put("streams_cpu_us_per_report", cpu.total().toNanos() / 1e3 / reports.records())
            .put("streams_jit_cpu_us_per_report", cpu.compiler().toNanos() / 1e3 / reports.records())
            .put("streams_gc_cpu_us_per_report", cpu.collector().toNanos() / 1e3 / reports.records())
            .put("rollups", (long) wanted.size())
            .put("rollup_updates", watcher.updates())
            .put("rollup_updates_per_rollup", watcher.updates() / (double) wanted.size());

        if (options.mode() == BenchmarkOptions.Mode.CORRECTIONS) {
          corrections(publisher, topics, world, expected, watcher, streams, sampler, results);
        }
        latency(cluster, serdes, topics, world, expected, districtOf, watcher, reports.records() / pipelineSeconds,
            results);

        watcher.expect(expected.cells());
        List<String> differences = watcher.differences();
        results.put("rollups_match_batch", differences.isEmpty());
        differences.stream().limit(10).forEach(d -> progress.step("MISMATCH " + d));
        streams.sample();
        results.put("peak_heap_mb", streams.peakHeapMb())
            .put("peak_rss_mb", streams.peakRssMb())
            .put("state_dir_mb", streams.stateDirMb())
            .put("streams_heap_max_mb", (long) options.streamsHeapMb())
            .put("rocksdb_memory_bound_mb", (long) options.rocksDbMb());
      }
    }
    return results;
  }

  /**
   * A Kafka Streams floor variant on the report topic (see {@link StreamsFloor}): seconds from the application
   * running until it has committed every report, and its CPU per report.
   */
  private void floor(Cluster cluster, TopicCatalog topics, String prefix, StreamsFloor.Variant variant, long reports,
      Results results) throws Exception {
    String name = variant.name().toLowerCase();
    String applicationId = prefix + "floor-" + name.replace('_', '-');
    progress.step("Measuring the Kafka Streams floor: " + name.replace('_', ' '));
    try (ThroughputSampler sampler = new ThroughputSampler(cluster.kafka, applicationId,
             topics.indicatorReports().name());
         MeasuredProcess streams = MeasuredProcess.floor(options.workDir(), options.streamsHeapMb(), variant,
             cluster.kafka.bootstrapServers(), cluster.registryUrl, topics.indicatorReports().name(), applicationId)) {
      streams.awaitRunning(Duration.ofMinutes(3));
      long running = System.nanoTime();
      MeasuredProcess.CpuTime cpuAtStart = streams.cpuTime();
      long deadline = running + Duration.ofMinutes(30).toNanos();
      while (sampler.processed() < reports) {
        if (!streams.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("The floor application " + name + " did not process the reports; see its"
              + " log in " + options.workDir());
        }
        Thread.sleep(20); // polling the committed offsets, not waiting for time to pass
        sampler.sample();
      }
      double seconds = (System.nanoTime() - running) / 1e9;
      double cpuMicros = streams.cpuTime().since(cpuAtStart).total().toNanos() / 1e3;
      results.put("floor_" + name + "_reports_per_s", reports / seconds)
          .put("floor_" + name + "_cpu_us_per_report", cpuMicros / reports);
      progress.step(String.format("Floor %s: %,.0f reports/s, %.1f µs CPU per report", name.replace('_', ' '),
          reports / seconds, cpuMicros / reports));
    }
  }

  private List<YearMonth> months() {
    YearMonth month = options.month();
    return switch (options.mode()) {
      case MONTH, CORRECTIONS -> List.of(month.minusYears(1), month);
      case REPLAY -> Stream.iterate(month.minusMonths(11), m -> m.plusMonths(1)).limit(12).toList();
      case LIVE -> throw new IllegalArgumentException("the live mode is LiveBenchmark's, on the demo world");
    };
  }

  private List<String> streamsArguments(Cluster cluster, String prefix, String applicationId) {
    List<String> arguments = new ArrayList<>(List.of("--bootstrap-servers", cluster.kafka.bootstrapServers(),
        "--schema-registry-url", cluster.registryUrl, "--topic-prefix", prefix,
        "--partitions", Integer.toString(options.partitions()), "--application-id", applicationId,
        "--threads", Integer.toString(options.threads()),
        "--rocksdb-memory-mb", Integer.toString(options.rocksDbMb())));
    arguments.addAll(options.streamsOptions());
    return arguments;
  }

  /** Seconds from {@code startNanos} until every expected rollup is visible with its exact figures. */
  private double awaitMatch(RollupWatcher watcher, Map<String, ExpectedRollups.Cell> wanted, MeasuredProcess streams,
      long startNanos, ThroughputSampler sampler) throws InterruptedException {
    watcher.expect(wanted);
    long lastReport = 0;
    while (true) {
      if (!streams.isAlive()) {
        throw new IllegalStateException("The streams application died; see its log in " + options.workDir());
      }
      sampler.sample();
      streams.sample();
      long now = System.nanoTime();
      if (watcher.matches()) {
        return (now - startNanos) / 1e9;
      }
      if (now - lastReport > 5_000_000_000L) {
        progress.step(String.format("%,d of %,d rollups visible, %,d input records processed, %,d change records"
            + " for the rollup stage to read", watcher.size(), wanted.size(), sampler.processed(),
            sampler.rollupStageBacklog()));
        lastReport = now;
      }
      if (now - startNanos > Duration.ofMinutes(30).toNanos()) {
        throw new IllegalStateException("Rollups still differ after 30 minutes, e.g. "
            + watcher.differences().get(0));
      }
      Thread.sleep(20); // polling the watcher's verdict, not waiting for time to pass
    }
  }

  /** A tenth of the month submitted again with changed figures; the time until the rollups show all of them. */
  private void corrections(Publisher publisher, TopicCatalog topics, Simulation world, ExpectedRollups expected,
      RollupWatcher watcher, MeasuredProcess streams, ThroughputSampler sampler, Results results) throws Exception {
    long revisionBase = System.currentTimeMillis() * 1_000_000L;
    Publisher.Published corrections = publisher.publish("corrections", topics.indicatorReports(),
        world.reports(options.month()).filter(r -> Math.floorMod(r.getCreditCode().hashCode(), 10) == 0)
            .map(r -> MonthlyReport.newBuilder(r).setRevision(revisionBase)
                .setOutputValueYuan(r.getOutputValueYuan() + 1_000).build()).iterator(),
        TopicKeys::report, expected::observe);
    long start = System.nanoTime();
    double seconds = awaitMatch(watcher, expected.cells(), streams, start, sampler);
    results.put("corrections", corrections.records()).put("corrections_seconds", seconds);
  }

  /** Latency of single corrections at half the sustainable throughput. */
  private void latency(Cluster cluster, AvroSerdes serdes, TopicCatalog topics, Simulation world,
      ExpectedRollups expected, Map<String, String> districtOf, RollupWatcher watcher, double sustainable,
      Results results) throws InterruptedException {
    Map<String, MonthlyReport> onePerDistrict = new LinkedHashMap<>();
    world.reports(options.month()).forEach(r -> onePerDistrict.putIfAbsent(districtOf.get(r.getCreditCode()), r));
    List<MonthlyReport> subjects = new ArrayList<>(onePerDistrict.values());
    double rate = sustainable / 2;
    progress.step(String.format("Measuring latency: %,.0f corrections/s for %d s over %d districts", rate,
        options.latency().toSeconds(), subjects.size()));
    watcher.recordArrivals();
    List<LatencyProbe.Probe> probes;
    try (var producer = new KafkaProducer<>(cluster.kafka.producer("bench-latency"), new StringSerializer(),
        serdes.value(MonthlyReport.class).serializer())) {
      probes = LatencyProbe.send(producer, topics.indicatorReports().name(), subjects, rate, options.latency(),
          districtOf, expected::observe);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    LatencyProbe.Latencies latencies = LatencyProbe.latencies(probes, watcher.arrivals(), rate);
    while (latencies.unanswered() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200); // polling the watcher's view, not waiting for time to pass
      latencies = LatencyProbe.latencies(probes, watcher.arrivals(), rate);
    }
    results.put("latency_probes", latencies.probes()).put("latency_rate_per_s", latencies.sentPerSecond())
        .put("latency_ms_p50", latencies.p50()).put("latency_ms_p95", latencies.p95())
        .put("latency_ms_p99", latencies.p99()).put("latency_ms_max", latencies.max())
        .put("latency_unanswered", latencies.unanswered());
  }
}
