package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.tools.StreamsResetter;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Resets the streams application so that it processes its input again from the beginning: Kafka's own streams reset
 * tool sets the application's input offsets to the earliest and deletes its internal topics (changelogs and
 * repartitions), and the local state of this host is deleted. The input topics keep every report, so the
 * application rebuilds every ledger, cell and rollup from them when it starts again.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
    description = {"Reset the streams application: it processes every report again from the beginning.",
        "Stop every instance first. Deletes the application's internal topics and this host's local state;",
        "on other hosts run it with --local-only. See docs/operations.md for when a reset is needed."})
public final class ResetCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  DataDirOptions dataDir;

  @Option(names = "--application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "The streams application to reset (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "The application's local state (default: streams/ under the data directory).")
  Path stateDir;

  @Option(names = "--local-only", description = "Only delete this host's local state (the cluster was reset).")
  boolean localOnly;

  @Option(names = "--dry-run", description = "Say what would be reset, and change nothing.")
  boolean dryRun;

  @Option(names = "--force", description = "Remove members left in the application's group by instances that"
      + " stopped without leaving it (make sure none runs).")
  boolean force;

  private final LaunchContext context;

  ResetCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (!localOnly) {
      int status = resetCluster(kafka.requireCluster("reset", context), kafka.catalog());
      if (status != 0) {
        context.err().println("The cluster side of the reset failed (status " + status + "); the local state is"
            + " kept. Is an instance of " + applicationId + " still running?");
        return CommandLine.ExitCode.SOFTWARE;
      }
    }
    Path local = (stateDir != null ? stateDir : dataDir.streams()).resolve(applicationId);
    if (!Files.exists(local)) {
      context.out().println("No local state at " + local);
    } else if (dryRun) {
      context.out().println("Would delete the local state at " + local);
    } else {
      deleteRecursively(local);
      context.out().println("Deleted the local state at " + local);
    }
    return 0;
  }

  /** Runs Kafka's reset tool over the application's input topics, with the cluster's client settings. */
  private int resetCluster(KafkaSettings cluster, TopicCatalog topics) throws IOException {
    List<String> args = new ArrayList<>(List.of("--application-id", applicationId,
        "--bootstrap-server", cluster.bootstrapServers(),
        "--input-topics", String.join(",", topics.indicatorReports().name(), topics.parkReports().name(),
            topics.targets().name()),
        "--to-earliest"));
    Path config = null;
    if (!cluster.clientProperties().isEmpty()) {
      Properties properties = new Properties();
      properties.putAll(cluster.clientProperties());
      config = Files.createTempFile("reporting-reset-", ".properties");
      try (var out = Files.newOutputStream(config)) {
        properties.store(out, "client settings for the streams reset tool");
      }
      args.addAll(List.of("--command-config", config.toString()));
    }
    if (dryRun) {
      args.add("--dry-run");
    }
    if (force) {
      args.add("--force");
    }
    try {
      return new StreamsResetter().execute(args.toArray(String[]::new));
    } finally {
      if (config != null) {
        Files.deleteIfExists(config);
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot delete " + path, e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the local state at " + dir, e);
    }
  }
}
