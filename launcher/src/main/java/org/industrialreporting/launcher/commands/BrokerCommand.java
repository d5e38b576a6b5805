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
 * containers and machines without a cluster: the same broker {@code run} embeds, reachable from other hosts.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Run a single-node Kafka broker (KRaft) until stopped; its data survives restarts.",
        "For containers: --listen-host 0.0.0.0 --advertised-host kafka, and an external listener for clients"
            + " outside the container network (--external-port, --external-host)."})
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

  private final LaunchContext context;

  BrokerCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    try (ServiceGroup services = new ServiceGroup()) {
      EmbeddedKafka broker = services.add("Kafka broker", EmbeddedKafka.start(
          EmbeddedKafka.Settings.persistent(dataDir.kafka(), port, controllerPort).withListeners(
              new EmbeddedKafka.Listeners(listenHost, advertisedHost, externalPort, externalHost))));
      context.out().println("Kafka bootstrap servers: " + broker.bootstrapServers());
      if (externalPort > 0) {
        context.out().println("Kafka bootstrap servers (external): " + externalHost + ":" + externalPort);
      }
      return services.awaitStop();
    }
  }
}
