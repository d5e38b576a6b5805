package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.time.Duration;
import org.industrialreporting.streams.StreamsSettings;
import org.industrialreporting.streams.rollup.EmissionPolicy;
import picocli.CommandLine.Option;

/** Options of the streams application. */
public final class StreamsOptions {

  @Option(names = "--application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id; instances with the same id share the work"
          + " (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Local state of the streams application, kept across restarts"
          + " (default: streams/ under the data directory).")
  Path stateDir;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Stream threads of this instance (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--processing-guarantee", paramLabel = "GUARANTEE", defaultValue = "exactly_once_v2",
      description = "exactly_once_v2 (default) or at_least_once.")
  String guarantee;

  @Option(names = "--commit-interval-ms", paramLabel = "MS", defaultValue = "100",
      description = "Time between commits while input flows and is caught up; results become visible at commits"
          + " (default: ${DEFAULT-VALUE}).")
  long commitIntervalMs;

  @Option(names = "--max-commit-interval-ms", paramLabel = "MS", defaultValue = "1000",
      description = "While input flows behind, commits are as far apart as a fifth of how far behind it is, up to"
          + " this (default: ${DEFAULT-VALUE}).")
  long maxCommitIntervalMs;

  @Option(names = "--min-commit-interval-ms", paramLabel = "MS", defaultValue = "20",
      description = "When the input pauses, the application commits at once, but at most once per this interval"
          + " (default: ${DEFAULT-VALUE}).")
  long minCommitIntervalMs;

  @Option(names = "--rollup-interval-ms", paramLabel = "MS", defaultValue = "100",
      description = "A district's or park's rollup of a month is written at most once per this interval"
          + " (default: ${DEFAULT-VALUE}).")
  long rollupIntervalMs;

  @Option(names = "--rollup-max-interval-ms", paramLabel = "MS", defaultValue = "30000",
      description = "While the input is behind, rollups are written less often, as far apart as the input is"
          + " behind, but at least this often (default: ${DEFAULT-VALUE}).")
  long rollupMaxIntervalMs;

  @Option(names = "--quiet-ms", paramLabel = "MS", defaultValue = "500",
      description = "Once no change has arrived for this long, every changed rollup is written"
          + " (default: ${DEFAULT-VALUE}).")
  long quietMs;

  @Option(names = "--rocksdb-memory-mb", paramLabel = "MB", defaultValue = "256",
      description = "Off-heap memory all RocksDB stores of this instance share (default: ${DEFAULT-VALUE}).")
  long rocksDbMemoryMb;

  /** The settings, with the state under {@code defaultStateDir} unless a directory was given. */
  public StreamsSettings settings(Path defaultStateDir) {
    boolean exactlyOnce = switch (guarantee) {
      case "exactly_once_v2" -> true;
      case "at_least_once" -> false;
      default -> throw new IllegalArgumentException(
          "--processing-guarantee must be exactly_once_v2 or at_least_once, got '" + guarantee + "'");
    };
    StreamsSettings.Pacing defaults = StreamsSettings.Pacing.defaults();
    if (maxCommitIntervalMs < commitIntervalMs) {
      throw new IllegalArgumentException("--max-commit-interval-ms (" + maxCommitIntervalMs
          + ") must be at least --commit-interval-ms (" + commitIntervalMs + ")");
    }
    StreamsSettings.Pacing pacing = new StreamsSettings.Pacing(Duration.ofMillis(commitIntervalMs),
        Duration.ofMillis(maxCommitIntervalMs), Duration.ofMillis(minCommitIntervalMs), defaults.inputPause(),
        new EmissionPolicy(Duration.ofMillis(rollupIntervalMs), Duration.ofMillis(rollupMaxIntervalMs),
            Duration.ofMillis(quietMs)), defaults.tick());
    return new StreamsSettings(applicationId, stateDir != null ? stateDir : defaultStateDir, threads, exactlyOnce,
        pacing, rocksDbMemoryMb * 1024 * 1024);
  }
}
