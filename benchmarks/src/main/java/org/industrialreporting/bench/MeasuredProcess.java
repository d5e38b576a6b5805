package org.industrialreporting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application under test in a JVM of its own, started from the same launcher as the benchmark ({@code reporting
 * streams ...}, {@code reporting run ...} or a floor variant), so that its memory is measured alone: peak resident
 * memory from the kernel ({@code VmHWM}), peak heap from its GC log, and the size of its state directory.
 */
final class MeasuredProcess implements AutoCloseable {

  private static final String LAUNCHER = "org.industrialreporting.launcher.ReportingCli";
  private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
  /** HotSpot's thread names, as the kernel keeps them (15 characters). */
  private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");
  private static final Pattern COLLECTOR_THREAD = Pattern.compile("GC Thread#\\d+|G1 .*");
  private static final long CLOCK_TICKS_PER_SECOND = clockTicksPerSecond();
  /**
   * The JVM options the operations guide gives a streams application (and so the floors, for the same JVM): without
   * tiered compilation only the hot code is compiled, once, by C2, which in a national month took a third of the
   * CPU the JIT took with it (7 against 22 µs per report).
   */
  private static final List<String> STREAMS_JVM = List.of("-XX:-TieredCompilation");

  private final Process process;
  private final Path log;
  private final Path gcLog;
  private final Path stateDir;
  private long peakRssKb;

  private MeasuredProcess(Process process, Path log, Path gcLog, Path stateDir) {
    this.process = process;
    this.log = log;
    this.gcLog = gcLog;
    this.stateDir = stateDir;
  }

  /**
   * Starts {@code reporting streams} with these arguments in a new JVM with the given heap; its output goes to
   * {@code streams.log} in the work directory.
   */
  static MeasuredProcess start(Path workDir, int heapMb, Path stateDir, List<String> streamsArguments)
      throws IOException {
    List<String> main = new ArrayList<>(List.of(LAUNCHER, "streams",
        "--state-dir", stateDir.toString()));
    if (streamsArguments.stream().noneMatch(argument -> argument.startsWith("--metrics-port"))) {
      // The harness reads the application through Kafka; the default metrics port may be taken on this host.
      main.addAll(List.of("--metrics-port", "0"));
    }
    main.addAll(streamsArguments);
    return start(workDir, "streams", heapMb, stateDir, main, STREAMS_JVM);
  }

  /**
   * Starts the whole pipeline, {@code reporting run} with these arguments, in a new JVM with the given heap; its
   * output goes to {@code run.log} in the work directory.
   */
  static MeasuredProcess pipeline(Path workDir, int heapMb, Path dataDir, List<String> runArguments)
      throws IOException {
    List<String> main = new ArrayList<>(List.of(LAUNCHER, "run", "--data-dir", dataDir.toString()));
    main.addAll(runArguments);
    return start(workDir, "run", heapMb, dataDir, main, List.of());
  }

  /** Runs a launcher command to its end in a JVM of its own and returns its standard output. */
  static String command(Path workDir, String name, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), LAUNCHER));
    command.addAll(arguments);
    Path out = workDir.resolve(name + ".out");
    Path err = workDir.resolve(name + ".log");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("reporting " + String.join(" ", arguments) + " exited with "
          + process.exitValue() + ":\n" + Files.readString(err));
    }
    return Files.readString(out);
  }

  /** Starts a Kafka Streams floor variant ({@link StreamsFloor}); its output goes to {@code floor-VARIANT.log}. */
  static MeasuredProcess floor(Path workDir, int heapMb, StreamsFloor.Variant variant, String bootstrapServers,
      String registryUrl, String topic, String applicationId) throws IOException {
    Path stateDir = workDir.resolve("floor-state-" + variant.name().toLowerCase());
    return start(workDir, "floor-" + variant.name().toLowerCase(), heapMb, stateDir, List.of(
        StreamsFloor.class.getName(), variant.name(), bootstrapServers, registryUrl, topic, applicationId,
        stateDir.toString()), STREAMS_JVM);
  }

  private static MeasuredProcess start(Path workDir, String name, int heapMb, Path stateDir, List<String> main,
      List<String> jvmOptions) throws IOException {
    Path gcLog = workDir.resolve(name + "-gc.log");
    List<String> command = new ArrayList<>(List.of(
        java(),
        "-Xms" + heapMb + "m", "-Xmx" + heapMb + "m", "-XX:+UseG1GC", "-Xlog:gc:file=" + gcLog));
    command.addAll(jvmOptions);
    // For profiling the measured process, e.g. -XX:StartFlightRecording=filename=streams.jfr
    String extra = System.getenv("REPORTING_BENCH_STREAMS_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(main);
    Path log = workDir.resolve(name + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new MeasuredProcess(process, log, gcLog, stateDir);
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** Waits until the streams application reports that it runs, failing with its log if it exits. */
  void awaitRunning(Duration timeout) throws IOException, InterruptedException {
    awaitLine("Streams application:", timeout);
  }

  /**
   * Waits until the process has printed {@code marker}, failing with its log if it exits first.
   *
   * @return its output so far
   */
  String awaitLine(String marker, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited with " + process.exitValue() + ":\n"
            + Files.readString(log));
      }
      String output = Files.exists(log) ? Files.readString(log) : "";
      if (output.contains(marker)) {
        return output;
      }
      sample();
      Thread.sleep(100); // polling a child process's log, not waiting for time to pass
    }
    throw new IllegalStateException("The application did not print '" + marker + "' within "
        + timeout.toSeconds() + " s; see " + log);
  }

  /** Notes the process's peak resident memory so far; call while it runs. */
  void sample() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not on Linux, or the process is gone: the last sample stands
    }
  }

  long peakRssMb() {
    return peakRssKb / 1024;
  }

  /** The largest heap occupancy before a collection, from the GC log. */
  long peakHeapMb() throws IOException {
    long peak = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = HEAP_BEFORE_GC.matcher(line);
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      }
    }
    return peak;
  }

  long stateDirMb() throws IOException {
    if (!Files.exists(stateDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(stateDir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
    }
  }

  /**
   * CPU time the process has used so far, all threads, user and system, and the parts of it its JIT compiler threads
   * and its garbage collector's threads took (from the kernel's per-thread counts; zero where there are none).
   */
  CpuTime cpuTime() {
    Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
    long compilerTicks = 0;
    long collectorTicks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        try {
          String name = Files.readString(thread.resolve("comm")).trim();
          String stat = Files.readString(thread.resolve("stat"));
          // After the name in parentheses come the state (field 3) … utime (14) and stime (15), in clock ticks.
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          if (COMPILER_THREAD.matcher(name).matches()) {
            compilerTicks += ticks;
          } else if (COLLECTOR_THREAD.matcher(name).matches()) {
            collectorTicks += ticks;
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      // not on Linux, or the process is gone: the parts stay zero
    }
    return new CpuTime(total, ticks(compilerTicks), ticks(collectorTicks));
  }

  /**
   * CPU time of a process and what its JVM spent of it on compiling code (C1, C2) and on collecting garbage: on a
   * run of a minute or two, compiling the application's hot code is a large part of what a fresh JVM does.
   */
  record CpuTime(Duration total, Duration compiler, Duration collector) {
    CpuTime since(CpuTime start) {
      return new CpuTime(total.minus(start.total), compiler.minus(start.compiler), collector.minus(start.collector));
    }
  }

  private static Duration ticks(long ticks) {
    return Duration.ofNanos(ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND);
  }

  /** The kernel's clock ticks per second, in which it counts each thread's CPU time. */
  private static long clockTicksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(getconf.getInputStream().readAllBytes()).trim();
      return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100; // Linux's usual value
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    sample();
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
