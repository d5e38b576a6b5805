package org.industrialreporting.containers;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.slf4j.LoggerFactory;

/**
 * A broker, a Schema Registry and the pipeline's roles as containers on a network of their own. Containers reach
 * each other by name ({@code kafka:9092}, {@code http://schema-registry:8081}); the test reaches the broker on an
 * external listener published on a fixed free port of this machine, and the HTTP services on mapped ports.
 */
final class Pipeline implements AutoCloseable {

  static final String KAFKA = "kafka:9092";
  static final String REGISTRY = "http://schema-registry:8081";

  final Network network = Network.newNetwork();
  private final int kafkaHostPort = freePort();
  private final List<GenericContainer<?>> started = new ArrayList<>();
  private final GenericContainer<?> registry;

  Pipeline() {
    start(Images.official() ? officialKafka() : ourKafka());
    registry = start(Images.official() ? officialRegistry() : ourRegistry());
  }

  /** Bootstrap servers for clients on this machine. */
  String bootstrapServers() {
    return "localhost:" + kafkaHostPort;
  }

  /** The registry's URL for clients on this machine. */
  String registryUrl() {
    return "http://localhost:" + registry.getMappedPort(8081);
  }

  /** A role of the application image on the network, e.g. {@code streams --bootstrap-servers kafka:9092 …}. */
  GenericContainer<?> role(String alias, String... command) {
    return new GenericContainer<>(Images.APP)
        .withNetwork(network)
        .withNetworkAliases(alias)
        .withCommand(command)
        .withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger("container." + alias)))
        .withStartupTimeout(Duration.ofMinutes(3));
  }

  /** Starts a container and stops it with the pipeline. */
  <C extends GenericContainer<?>> C start(C container) {
    container.start();
    started.add(container);
    return container;
  }

  private GenericContainer<?> ourKafka() {
    return withFixedPort(role("kafka", "broker", "--listen-host", "0.0.0.0", "--advertised-host", "kafka",
        "--external-port", Integer.toString(kafkaHostPort), "--external-host", "localhost"))
        .waitingFor(Wait.forLogMessage(".*Kafka bootstrap servers.*", 1));
  }

  private GenericContainer<?> officialKafka() {
    return withFixedPort(new GenericContainer<>(Images.KAFKA)
        .withNetwork(network)
        .withNetworkAliases("kafka")
        .withEnv(Map.ofEntries(
            Map.entry("KAFKA_NODE_ID", "1"),
            Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
            Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093"),
            Map.entry("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093,EXTERNAL://:" + kafkaHostPort),
            Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092,EXTERNAL://localhost:" + kafkaHostPort),
            Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTERNAL:PLAINTEXT"),
            Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
            Map.entry("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT"),
            Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
            Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
            Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
            Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
            Map.entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")))
        .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1))
        .withStartupTimeout(Duration.ofMinutes(3)));
  }

  private GenericContainer<?> ourRegistry() {
    return role("schema-registry", "schema-registry", "--bootstrap-servers", KAFKA, "--registry-host", "0.0.0.0",
        "--registry-port", "8081")
        .withExposedPorts(8081)
        .waitingFor(Wait.forHttp("/subjects").forPort(8081).forStatusCode(200));
  }

  private GenericContainer<?> officialRegistry() {
    return new GenericContainer<>(Images.SCHEMA_REGISTRY)
        .withNetwork(network)
        .withNetworkAliases("schema-registry")
        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", KAFKA)
        .withExposedPorts(8081)
        .waitingFor(Wait.forHttp("/subjects").forPort(8081).forStatusCode(200))
        .withStartupTimeout(Duration.ofMinutes(3));
  }

  /** Publishes the broker's external listener on the same port of this machine, so its advertised address works. */
  private GenericContainer<?> withFixedPort(GenericContainer<?> broker) {
    ExposedPort port = ExposedPort.tcp(kafkaHostPort);
    return broker.withCreateContainerCmdModifier(cmd -> cmd.withExposedPorts(port).getHostConfig()
        .withPortBindings(new PortBinding(Ports.Binding.bindPort(kafkaHostPort), port)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).stop();
    }
    network.close();
  }
}
