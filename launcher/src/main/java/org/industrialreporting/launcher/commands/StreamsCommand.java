package org.industrialreporting.launcher.commands;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.MetricsOptions;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.launcher.config.StreamsOptions;
import org.industrialreporting.launcher.config.ValidationOptions;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsRunner;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The streams application on its own, against any cluster and registry: scale out by starting more of these. */
@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Run the streams application (validation, rollups) against a cluster and registry.",
        "Instances with the same --application-id share the work; start more to scale out.",
        "--describe prints the topology (sub-topologies, processors, stores, topics) and exits."})
public final class StreamsCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  StreamsOptions streams;

  @Mixin
  ValidationOptions validation;

  @Mixin
  MetricsOptions metricsOptions;

  @Option(names = "--describe", description = "Print the topology description and exit.")
  boolean describe;

  @Mixin
  DataDirOptions dataDir;

  private final LaunchContext context;

  StreamsCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    StreamsSettings settings = streams.settings(dataDir.streams());
    if (describe) {
      // Describing needs no cluster or registry: the serdes are built but never called.
      RollupTopology topology = new RollupTopology(kafka.catalog(),
          new AvroSerdes(LocalSchemaRegistryClient.inMemory()), validation.rules(), settings);
      context.out().println(topology.build(topology.properties(KafkaSettings.of("unused:9092"))).describe());
      return 0;
    }
    KafkaSettings cluster = kafka.requireCluster("streams", context);
    AvroSerdes serdes = AvroSerdes.connect(registry.requireRegistry("streams"));
    try (ServiceGroup services = new ServiceGroup()) {
      ProcessMetrics metrics = services.add("metrics", ProcessMetrics.withJvmMetrics());
      AtomicReference<StreamsRunner> runner = new AtomicReference<>();
      MetricsEndpoint endpoint = services.add("metrics endpoint", metricsOptions.start(metrics,
          () -> runner.get() != null && runner.get().streams().state().isRunningOrRebalancing()));
      context.out().println("Metrics: " + endpoint.url());
      runner.set(StreamsRole.start(services, cluster, kafka.catalog(), serdes, settings, validation.rules(), metrics,
          context));
      return services.awaitStop();
    }
  }
}
