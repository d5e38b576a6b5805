package org.industrialreporting.launcher.commands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.dashboard.DashboardServer;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DashboardOptions;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.EmbeddedRegistryOptions;
import org.industrialreporting.launcher.config.IntakeOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.NotifyOptions;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.launcher.config.StreamsOptions;
import org.industrialreporting.launcher.config.ValidationOptions;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline in one process: an embedded Kafka broker (unless an external cluster is named), the topics,
 * the embedded Schema Registry (unless an external one is named), the streams application, the intake and, on
 * first start, the demo data, with every address printed, until Ctrl-C or SIGTERM.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the pipeline in one process: an embedded Kafka broker (KRaft) with the topics created, an"
        + " embedded Schema Registry, the streams application, the HTTP intake and the dashboard; on first start"
        + " (empty topics) the demo world is loaded.",
        "With --bootstrap-servers the services use that cluster instead of starting a broker;"
            + " with --schema-registry-url that registry instead of starting one; with --webhook it also delivers"
            + " the alerts.",
        "Stops cleanly on Ctrl-C or SIGTERM; the data directory is kept across restarts."})
public final class RunCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  EmbeddedRegistryOptions embeddedRegistry;

  @Mixin
  StreamsOptions streams;

  @Mixin
  ValidationOptions validation;

  @Mixin
  DashboardOptions dashboard;

  @Mixin
  IntakeOptions intake;

  @Option(names = "--no-demo",
      description = "Start with empty topics; by default the demo world is loaded when the topics are empty.")
  boolean noDemo;

  @Mixin
  NotifyOptions notify;

  @Mixin
  DataDirOptions dataDir;

  @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
      description = "Client port of the embedded broker, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--controller-port", paramLabel = "PORT", defaultValue = "9093",
      description = "KRaft controller port of the embedded broker, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int controllerPort;

  private final LaunchContext context;

  RunCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    var out = context.out();
    try (ServiceGroup services = new ServiceGroup()) {
      // One registry for every role of the process, served once, at the dashboard's /metrics.
      ProcessMetrics metrics = services.add("metrics", ProcessMetrics.withJvmMetrics());
      out.println("Data directory: " + dataDir.root().toAbsolutePath());
      String servers = kafka.bootstrapServers().orElseGet(() -> services.add("embedded Kafka broker",
          EmbeddedKafka.start(EmbeddedKafka.Settings.persistent(dataDir.kafka(), kafkaPort, controllerPort)))
          .bootstrapServers());
      out.println("Kafka bootstrap servers: " + servers + (kafka.bootstrapServers().isEmpty()
          ? " (embedded, PLAINTEXT without authentication, on the loopback interface only)" : ""));
      KafkaSettings settings = kafka.settings(servers, context);
      TopicsCommand.provisionAndSummarize(settings, kafka.catalog(), context);
      String registryUrl = registry.url().orElseGet(() -> services.add("embedded Schema Registry",
          SchemaRegistryServer.start(embeddedRegistry.settings(settings))).url());
      out.println("Schema Registry: " + registryUrl);
      AvroSerdes serdes = AvroSerdes.connect(registry.settings(registryUrl));
      DefaultRules.ensure(settings, kafka.catalog(), serdes, context);
      StreamsSettings streamsSettings = streams.settings(dataDir.streams());
      StreamsRole.start(services, settings, kafka.catalog(), serdes, streamsSettings, validation.rules(), metrics,
          context);
      IntakeRole.start(services, settings, kafka.catalog(), serdes, validation.rules(), intake, dataDir, context);
      DashboardServer.Settings dashboardSettings = dashboard.settings(streamsSettings.applicationId(), dataDir);
      DashboardRole.start(services, settings, kafka.catalog(), serdes, dashboardSettings,
          dashboard.jobs(dataDir), metrics,
          DashboardSignIn.ensure(dashboardSettings.tokens(), dataDir.runSignInToken(), Clock.systemUTC()), context);
      if (!noDemo) {
        WorldLoad.loadDemoIfEmpty(settings, kafka.catalog(), serdes, context);
      }
      if (notify.configured()) {
        NotifyRole.start(services, settings, kafka.catalog(), serdes, notify, AlertFilter.all(), context);
      }
      out.println(listening(settings, dashboardSettings.listener()));
      out.println("Running. Press Ctrl-C to stop.");
      return services.awaitStop();
    }
  }

  /**
   * Whether only this machine can reach what {@code run} serves: the embedded broker always listens on loopback;
   * the HTTP servers do unless their host options say otherwise.
   */
  private String listening(KafkaSettings cluster, HttpListener dashboardListener) {
    List<String> beyond = new ArrayList<>();
    HttpListener intakeListener = intake.settings().listener();
    if (!intakeListener.loopback()) {
      beyond.add("the intake on " + intakeListener.host());
    }
    if (!dashboardListener.loopback()) {
      beyond.add("the dashboard on " + dashboardListener.host());
    }
    String registryHost = embeddedRegistry.settings(cluster).host();
    if (registry.url().isEmpty() && !HttpListener.http(registryHost, 0).loopback()) {
      beyond.add("the Schema Registry on " + registryHost);
    }
    return beyond.isEmpty() ? "Everything listens on the loopback interface (127.0.0.1) only."
        : "Listening beyond the loopback interface: " + String.join(", ", beyond) + ".";
  }
}
