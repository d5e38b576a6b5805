package org.industrialreporting.launcher.commands;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.TopicConfig;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.launcher.ReportingCli;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Creates the topics of the catalog that are missing and reports those that exist with other settings. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Create the pipeline's topics on a cluster, idempotently.",
        "Topics that exist with other settings are reported (exit status 3), never changed."})
public final class TopicsCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--replication-factor", paramLabel = "N",
      description = "Replication factor of new topics (default: the cluster's default.replication.factor).")
  Short replicationFactor;

  private final LaunchContext context;

  TopicsCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    TopicProvisioner.Result result =
        provision(kafka.requireCluster("topics", context), kafka.catalog(), Optional.ofNullable(replicationFactor));
    printTable(kafka.catalog(), result);
    return result.consistent() ? 0 : ReportingCli.EXIT_FINDINGS;
  }

  /** Ensures the catalog's topics exist on the cluster; shared by {@code topics} and {@code run}. */
  static TopicProvisioner.Result provision(
      KafkaSettings settings, TopicCatalog catalog, Optional<Short> replicationFactor) {
    try (Admin admin = Admin.create(settings.admin("reporting-topics"))) {
      return new TopicProvisioner(admin, replicationFactor, Duration.ofSeconds(30)).ensure(catalog.all());
    }
  }

  /**
   * Ensures the catalog's topics exist and prints one line about them, with a warning per topic that has other
   * settings; for the commands that set a cluster up on their way ({@code run}, {@code setup}).
   */
  static void provisionAndSummarize(KafkaSettings settings, TopicCatalog catalog, LaunchContext context) {
    TopicProvisioner.Result topics = provision(settings, catalog, Optional.empty());
    context.out().printf("Topics: %d ready (%d created now)%n",
        topics.created().size() + topics.matching().size() + topics.mismatches().size(), topics.created().size());
    topics.mismatches().forEach(m -> context.err().println("warning: topic with other settings: " + m));
  }

  private void printTable(TopicCatalog catalog, TopicProvisioner.Result result) {
    var out = context.out();
    out.printf("%-32s %10s  %-8s %-14s %s%n", "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION", "STATUS");
    for (TopicSpec<String, ?> spec : catalog.all()) {
      String status = result.created().contains(spec.name()) ? "created"
          : result.matching().contains(spec.name()) ? "ok" : "DIFFERENT SETTINGS";
      Map<String, String> configs = spec.configs();
      out.printf("%-32s %10d  %-8s %-14s %s%n", spec.name(), spec.partitions(),
          configs.get(TopicConfig.CLEANUP_POLICY_CONFIG), retention(configs), status);
    }
    result.mismatches().forEach(m -> context.err().println("mismatch: " + m));
  }

  private static String retention(Map<String, String> configs) {
    String ms = configs.get(TopicConfig.RETENTION_MS_CONFIG);
    if (ms == null) {
      return "-";
    }
    long value = Long.parseLong(ms);
    return value < 0 ? "forever" : Duration.ofMillis(value).toDays() + " days";
  }
}
