package org.industrialreporting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.files.CsvWriter;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.files.SubmissionRows;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.simulator.Simulation;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;

/**
 * Live latency as an official sees it: {@code reporting run} with the demo world in a JVM of its own, exactly as a
 * user starts it, then one correction of the same enterprise every interval POSTed to the HTTP intake, and the
 * dashboard API polled until the district's rollup of the month shows it. A correction's latency is the time from
 * the start of its POST until the first API answer with its figure; beside it, the time until the district's rollup
 * with it is on the rollup topic (read_committed), which splits the streams application from the dashboard's view.
 *
 * <p>Every correction raises the enterprise's output by the same step, so the district's month total after the
 * k-th is the total after the first plus (k−1) steps: an answer is exact when it is one of those totals, and one
 * that shows a later correction also answers the earlier ones.
 */
public final class LiveBenchmark {

  /** Output added by each correction, yuan (0.1 万元): small beside any month's output, exact in the CSV's unit. */
  private static final long STEP_YUAN = 1_000;
  private static final Duration POLL = Duration.ofMillis(10);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BenchmarkOptions options;
  private final Progress progress;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LiveBenchmark(BenchmarkOptions options, PrintStream log) {
    this.options = options;
    this.progress = new Progress(log);
  }

  public static Results run(BenchmarkOptions options, PrintStream log) throws Exception {
    return new LiveBenchmark(options, log).run();
  }

  /** A correction sent: when its POST started (also as wall-clock time) and when the intake answered it. */
  private record Sent(long startNanos, long startMillis, long answeredNanos) {
  }

  private Results run() throws Exception {
    Files.createDirectories(options.workDir());
    Path dataDir = options.workDir().resolve("data");
    Files.createDirectories(dataDir);
    Simulation demo = Simulation.demo(Simulation.DEFAULT_SEED);
    YearMonth month = demo.defaultTo();
    Map<String, Enterprise> enterprises = new HashMap<>();
    demo.enterprises().forEach(e -> enterprises.put(e.getCreditCode(), e));
    MonthlyReport subject = demo.reports(month).filter(r -> enterprises.get(r.getCreditCode()).getAboveScale())
        .findFirst().orElseThrow(() -> new IllegalStateException("the demo world has no report for " + month));
    String district = enterprises.get(subject.getCreditCode()).getDistrictCode();
    Results results = new Results().put("mode", "live").put("world", "demo")
        .put("cores", (long) Runtime.getRuntime().availableProcessors())
        .put("subject_enterprise", subject.getCreditCode()).put("period", month.toString());

    progress.step("Issuing an intake token");
    String intakeToken = MeasuredProcess.command(options.workDir(), "tokens", List.of("tokens", "issue", "--admin",
        "--tokens", dataDir.resolve("intake-tokens").toString(), "--label", "live benchmark")).strip();
    progress.step("Starting `reporting run` with the demo world (log: " + options.workDir().resolve("run.log") + ")");
    List<String> arguments = new ArrayList<>(List.of("--kafka-port", "0", "--controller-port", "0",
        "--registry-port", "0", "--intake-port", "0", "--dashboard-port", "0"));
    arguments.addAll(options.streamsOptions());
    try (MeasuredProcess pipeline = MeasuredProcess.pipeline(options.workDir(), options.streamsHeapMb(), dataDir,
        arguments)) {
      String output = pipeline.awaitLine("Running. Press Ctrl-C", Duration.ofMinutes(10));
      URI intake = URI.create(find(output, "Intake: (\\S+)")).resolve("/v1/reports");
      String dashboard = find(output, "Dashboard: (\\S+)");
      String dashboardToken = find(output, "#token=(\\S+)");
      KafkaSettings kafka = KafkaSettings.of(find(output, "Kafka bootstrap servers: (\\S+)"));
      AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(find(output, "Schema Registry: (\\S+)")));
      URI rollup = URI.create(dashboard).resolve("/api/districts/" + district + "/rollup?period=" + month);

      int corrections = (int) (options.latency().toMillis() / options.liveInterval().toMillis());
      List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
      long[] seen;
      List<RollupWatcher.Arrival> arrivals;
      try (RollupWatcher watcher = new RollupWatcher(kafka, serdes, TopicCatalog.defaults())) {
        progress.step("Waiting for the demo world's rollups to settle");
        results.put("settle_seconds", awaitSettled(kafka, watcher, rollup, dashboardToken) / 1e9);
        progress.step(String.format("Measuring: %d corrections, one every %d ms, through the intake", corrections,
            options.liveInterval().toMillis()));
        watcher.recordArrivals();
        FutureTask<Void> sending = new FutureTask<>(() -> send(intake, intakeToken, subject, corrections, sent), null);
        new Thread(sending, "live-corrections").start();
        seen = follow(rollup, dashboardToken, corrections, sent, sending, results);
        sending.get(); // the intake's refusal, if it refused one
        arrivals = watcher.arrivals().stream().filter(a -> a.key().equals(TopicKeys.rollup(district, month)))
            .toList();
      }
      pipeline.sample();

      List<Long> latencies = new ArrayList<>();
      List<Long> onTopic = new ArrayList<>();
      List<Long> acks = new ArrayList<>();
      long unanswered = 0;
      // The first correction only fixes the baseline total; it is not measured.
      for (int k = 1; k < corrections; k++) {
        Sent s = sent.get(k);
        acks.add((s.answeredNanos() - s.startNanos()) / 1_000_000);
        if (seen[k] == 0) {
          unanswered++;
        } else {
          latencies.add((seen[k] - s.startNanos()) / 1_000_000);
        }
        // The district's rollups arrive in order; the first whose latest input is this correction or later.
        arrivals.stream().filter(a -> a.updatedAtMillis() >= s.startMillis()).findFirst()
            .ifPresent(a -> onTopic.add(a.seenAtMillis() - s.startMillis()));
      }
      Percentiles latency = Percentiles.of(latencies);
      Percentiles topic = Percentiles.of(onTopic);
      Percentiles ack = Percentiles.of(acks);
      results.put("live_corrections", (long) corrections - 1)
          .put("live_interval_ms", options.liveInterval().toMillis())
          .put("live_ms_p50", latency.p50()).put("live_ms_p95", latency.p95())
          .put("live_ms_p99", latency.p99()).put("live_ms_max", latency.max())
          .put("live_unanswered", unanswered)
          .put("intake_answer_ms_p50", ack.p50()).put("intake_answer_ms_p99", ack.p99())
          .put("rollup_topic_ms_p50", topic.p50()).put("rollup_topic_ms_p99", topic.p99())
          .put("peak_rss_mb", pipeline.peakRssMb());
    }
    return results;
  }

  /**
   * Waits until the demo world is read in and every rollup written: for five seconds, the streams application has
   * committed no offset (it commits as long as it processes), no rollup has arrived, and the API's month total has
   * not changed. Returns how long that took.
   */
  private long awaitSettled(KafkaSettings kafka, RollupWatcher watcher, URI rollup, String token)
      throws InterruptedException, ExecutionException, TimeoutException {
    long start = System.nanoTime();
    long deadline = start + Duration.ofMinutes(10).toNanos();
    List<Object> last = null;
    long stableSince = start;
    try (Admin admin = Admin.create(kafka.admin("live-bench"))) {
      while (System.nanoTime() < deadline) {
        List<Object> state = List.of(admin.listConsumerGroupOffsets(StreamsSettings.DEFAULT_APPLICATION_ID)
            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS), watcher.updates(),
            Optional.ofNullable(monthOutput(rollup, token)));
        long now = System.nanoTime();
        if (!state.equals(last)) {
          last = state;
          stableSince = now;
        } else if (now - stableSince > Duration.ofSeconds(5).toNanos()) {
          return stableSince - start;
        }
        Thread.sleep(200); // polling for the demo load to end, not waiting for time to pass
      }
    }
    throw new IllegalStateException("The demo world's load was still going on after 10 minutes");
  }

  /** POSTs the corrections at the interval, each raising the subject's output by one more step. */
  private void send(URI intake, String token, MonthlyReport subject, int corrections, List<Sent> sent) {
    long interval = options.liveInterval().toNanos();
    long start = System.nanoTime();
    for (int k = 0; k < corrections; k++) {
      long wait = start + k * interval - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      MonthlyReport correction = MonthlyReport.newBuilder(subject)
          .setOutputValueYuan(subject.getOutputValueYuan() + (k + 1) * STEP_YUAN).build();
      HttpRequest request = HttpRequest.newBuilder(intake).header("Authorization", "Bearer " + token)
          .header("Content-Type", "text/csv").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(csv(correction))).build();
      long posted = System.nanoTime();
      long postedMillis = System.currentTimeMillis();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("The intake refused correction " + k + ": " + response.statusCode() + " "
              + response.body());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("The intake did not answer correction " + k, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sent.add(new Sent(posted, postedMillis, System.nanoTime()));
    }
  }

  /**
   * Polls the rollup until every correction is shown: the time of the first answer showing each (0 where none did
   * within a minute of the last being sent), and whether every total seen was one the corrections lead to.
   */
  private long[] follow(URI rollup, String token, int corrections, List<Sent> sent, Future<?> sending,
      Results results) throws InterruptedException {
    long[] seen = new long[corrections];
    Long before = monthOutput(rollup, token);
    Long baseline = null; // the total after the first correction
    boolean exact = true;
    int shown = 0; // corrections shown so far
    long lastProgress = System.nanoTime();
    while (shown < corrections) {
      long now = System.nanoTime();
      if (sent.size() == corrections && now - sent.get(corrections - 1).startNanos() > ANSWER_TIMEOUT.toNanos()
          || sending.isDone() && sent.size() < corrections) {
        break; // every correction had its minute, or sending failed (its error follows)
      }
      Long total = monthOutput(rollup, token);
      long answered = System.nanoTime();
      if (total != null && baseline == null && !total.equals(before)) {
        baseline = total;
        seen[0] = answered;
        shown = 1;
      } else if (total != null && baseline != null) {
        long steps = total - baseline;
        if (steps % STEP_YUAN != 0 || steps < 0 || steps / STEP_YUAN >= corrections) {
          if (exact) {
            progress.step(String.format("INEXACT: the API showed %,d yuan, %,d from the total after the first"
                + " correction, which is no number of %,d-yuan steps below %d", total, steps, STEP_YUAN, corrections));
          }
          exact = false;
        } else {
          for (int k = shown; k <= steps / STEP_YUAN && k < sent.size(); k++) {
            seen[k] = answered;
            shown = k + 1;
          }
        }
      }
      if (answered - lastProgress > Duration.ofSeconds(10).toNanos()) {
        progress.step(String.format("%d of %d corrections sent, %d shown", sent.size(), corrections, shown));
        lastProgress = answered;
      }
      LockSupport.parkNanos(POLL.toNanos()); // the polling period of the API, as a page following live would
    }
    results.put("live_answers_exact", exact && shown == corrections);
    return seen;
  }

  /** The month's output total of the district in the API's answer, or null while it has none. */
  private Long monthOutput(URI rollup, String token) {
    HttpRequest request = HttpRequest.newBuilder(rollup).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return null;
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException("The dashboard answered " + rollup + " with " + response.statusCode() + " "
            + response.body());
      }
      JsonNode total = JSON.readTree(response.body()).path("month").path("totals").path("output_value_yuan");
      return total.isNumber() ? total.asLong() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("The dashboard did not answer " + rollup, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The report as a one-row CSV file of the submission format. */
  private static String csv(MonthlyReport report) {
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    try {
      csv.row(FileKind.ENTERPRISE_REPORT.header());
      csv.row(SubmissionRows.cells(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String find(String output, String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("`reporting run` printed no line matching " + regex + ":\n" + output);
    }
    return m.group(1);
  }
}
