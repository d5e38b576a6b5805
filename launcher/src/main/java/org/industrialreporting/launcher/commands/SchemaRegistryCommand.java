package org.industrialreporting.launcher.commands;

import java.util.concurrent.Callable;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.EmbeddedRegistryOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.MetricsOptions;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The embedded Schema Registry on its own, against any cluster. */
@Command(name = "schema-registry", mixinStandardHelpOptions = true,
    description = {"Serve a Schema Registry (Confluent's REST API, Avro) that keeps its schemas in a compacted topic"
        + " of the cluster, until Ctrl-C or SIGTERM.",
        "Run one instance per topic: there is no leader election between instances."})
public final class SchemaRegistryCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  EmbeddedRegistryOptions registry;

  @Mixin
  MetricsOptions metricsOptions;

  private final LaunchContext context;

  SchemaRegistryCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    KafkaSettings cluster = kafka.requireCluster("schema-registry", context);
    try (ServiceGroup services = new ServiceGroup()) {
      SchemaRegistryServer server = services.add("Schema Registry",
          SchemaRegistryServer.start(registry.settings(cluster)));
      context.out().println("Schema Registry: " + server.url());
      ProcessMetrics metrics = services.add("metrics", ProcessMetrics.withJvmMetrics());
      MetricsEndpoint endpoint = services.add("metrics endpoint", metricsOptions.start(metrics, () -> true));
      context.out().println("Metrics: " + endpoint.url());
      context.out().println("Running. Press Ctrl-C to stop.");
      return services.awaitStop();
    }
  }
}
