package org.industrialreporting.launcher.commands;

import java.util.concurrent.Callable;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) from Apache Kafka's own server code, for
 * containers and machines without a cluster: the same broker {@code run} embeds, reachable from other hosts, and
 * secured with {@code --admin-password}.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Run a single-node Kafka broker (KRaft) until stopped; its data survives restarts.",
        "For containers: --listen-host 0.0.0.0 --advertised-host kafka, and an external listener for clients"
            + " outside the container network (--external-port, --external-host).",
        "With --admin-password every listener takes SASL: clients SCRAM-SHA-512 (users and ACLs made with"
            + " 'reporting kafka-access'), the super user PLAIN on the admin listener; nothing is allowed without an"
            + " ACL."})
public final class BrokerCommand implements Callable<Integer> {

  @Mixin
  DataDirOptions dataDir;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
      description = "Client port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--controller-port", paramLabel = "PORT", defaultValue = "9093",
      description = "KRaft controller port, on the loopback interface (default: ${DEFAULT-VALUE}).")
  int controllerPort;

  @Option(names = "--listen-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface of the client listeners, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String listenHost;

  @Option(names = "--advertised-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Host name clients are given for the client port (default: ${DEFAULT-VALUE}).")
  String advertisedHost;

  @Option(names = "--external-port", paramLabel = "PORT", defaultValue = "0",
      description = "Port of a second listener for clients outside the container network, 0 for none.")
  int externalPort;

  @Option(names = "--external-host", paramLabel = "HOST", defaultValue = "localhost",
      description = "Host name advertised for the external listener (default: ${DEFAULT-VALUE}).")
  String externalHost;

  @Option(names = "--admin-password", paramLabel = "PASSWORD",
      description = "Secure the broker, with a super user of this password on the admin listener"
          + " (env REPORTING_ADMIN_PASSWORD). Without it every listener is PLAINTEXT and lets anyone do anything.")
  String adminPassword;

  @Option(names = "--admin-user", paramLabel = "NAME", defaultValue = "admin",
      description = "Name of the super user (default: ${DEFAULT-VALUE}).")
  String adminUser;

  @Option(names = "--admin-port", paramLabel = "PORT", defaultValue = "9095",
      description = "Port of the admin listener, SASL/PLAIN for the super user only (default: ${DEFAULT-VALUE}).")
  int adminPort;

  private final LaunchContext context;

  BrokerCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    EmbeddedKafka.Settings settings = EmbeddedKafka.Settings.persistent(dataDir.kafka(), port, controllerPort)
        .withListeners(new EmbeddedKafka.Listeners(listenHost, advertisedHost, externalPort, externalHost));
    if (adminPassword != null) {
      settings = settings.withSecurity(new EmbeddedKafka.Security(adminUser, adminPassword, adminPort));
    }
    try (ServiceGroup services = new ServiceGroup()) {
      EmbeddedKafka broker = services.add("Kafka broker", EmbeddedKafka.start(settings));
      var out = context.out();
      String protocol = adminPassword == null ? " (PLAINTEXT, no authentication)"
          : " (SASL_PLAINTEXT, " + EmbeddedKafka.CLIENT_MECHANISM + ", ACLs)";
      out.println("Kafka bootstrap servers: " + broker.bootstrapServers() + protocol);
      if (externalPort > 0) {
        out.println("Kafka bootstrap servers (external): " + externalHost + ":" + externalPort + protocol);
      }
      broker.adminServers().ifPresent(admin -> out.println("Kafka admin listener: " + admin
          + " (SASL_PLAINTEXT, PLAIN, super user " + adminUser + ")"));
      if (adminPassword == null && !listenHost.equals("127.0.0.1")) {
        context.err().println("warning: the broker takes anyone on " + listenHost + ", who may read and write every"
            + " topic; secure it with --admin-password (REPORTING_ADMIN_PASSWORD)");
      }
      return services.awaitStop();
    }
  }
}
