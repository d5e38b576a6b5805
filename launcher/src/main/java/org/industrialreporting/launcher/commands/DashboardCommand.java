package org.industrialreporting.launcher.commands;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DashboardOptions;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The dashboard on its own, against any cluster and registry: start as many as needed. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
    description = {"Serve the dashboard: the rollup API, the web page with live updates, and /metrics, from a read"
        + " model of the topics, until Ctrl-C or SIGTERM.",
        "Callers sign in with an admin or district token ('reporting tokens issue --dashboard ...'); a district token"
            + " sees its own district only.",
        "It reads topics and writes only its 催报 notices (REPORT_MISSING alerts), which several dashboards write"
            + " alike, so any number of dashboards and streams instances can run."})
public final class DashboardCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  DashboardOptions dashboard;

  @Mixin
  DataDirOptions dataDir;

  @Option(names = "--streams-application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "Application id of the streams application whose accepted reports the drill-down reads"
          + " (default: ${DEFAULT-VALUE}).")
  String streamsApplicationId;

  private final LaunchContext context;

  DashboardCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    KafkaSettings cluster = kafka.requireCluster("dashboard", context);
    AvroSerdes serdes = AvroSerdes.connect(registry.requireRegistry("dashboard"));
    try (ServiceGroup services = new ServiceGroup()) {
      ProcessMetrics metrics = services.add("metrics", ProcessMetrics.withJvmMetrics());
      DashboardRole.start(services, cluster, kafka.catalog(), serdes,
          dashboard.settings(streamsApplicationId, dataDir), dashboard.jobs(dataDir), metrics, Optional.empty(),
          context);
      context.out().println("Running. Press Ctrl-C to stop.");
      return services.awaitStop();
    }
  }
}
