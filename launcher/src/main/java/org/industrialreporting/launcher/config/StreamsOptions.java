package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.time.Duration;
import org.industrialreporting.streams.StreamsSettings;
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
      description = "How often progress is committed and results become visible (default: ${DEFAULT-VALUE}).")
  long commitIntervalMs;

  @Option(names = "--flush-interval-ms", paramLabel = "MS", defaultValue = "100",
      description = "How often buffered changes are passed on and changed rollups emitted, at most;"
          + " under load flushes space out to take at most a quarter of a thread"
          + " (default: ${DEFAULT-VALUE}).")
  long flushIntervalMs;

  @Option(names = "--rocksdb-memory-mb", paramLabel = "MB", defaultValue = "256",
      description = "Off-heap memory all RocksDB stores of this instance share (default: ${DEFAULT-VALUE}).")
  long rocksDbMemoryMb;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
      description = "Record cache of all stream threads, which coalesces updates between commits"
          + " (default: ${DEFAULT-VALUE}).")
  long cacheMb;

  /** The settings, with the state under {@code defaultStateDir} unless a directory was given. */
  public StreamsSettings settings(Path defaultStateDir) {
    boolean exactlyOnce = switch (guarantee) {
      case "exactly_once_v2" -> true;
      case "at_least_once" -> false;
      default -> throw new IllegalArgumentException(
          "--processing-guarantee must be exactly_once_v2 or at_least_once, got '" + guarantee + "'");
    };
    StreamsSettings defaults = StreamsSettings.defaults(stateDir != null ? stateDir : defaultStateDir);
    return new StreamsSettings(applicationId, defaults.stateDir(), threads, exactlyOnce,
        Duration.ofMillis(commitIntervalMs), cacheMb * 1024 * 1024, Duration.ofMillis(flushIntervalMs),
        rocksDbMemoryMb * 1024 * 1024);
  }
}
