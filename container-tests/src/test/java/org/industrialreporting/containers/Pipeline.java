package org.industrialreporting.containers;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.access.KafkaRole;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.slf4j.LoggerFactory;

/**
 * A secured broker, a Schema Registry and the pipeline's roles as containers on a network of their own, as
 * docker-compose.yml runs them: every listener takes SASL, the {@code kafka-access} job gives each role its SCRAM
 * user and ACLs, and each role runs as its own principal. Passwords are new for every pipeline. Containers reach
 * each other by name ({@code kafka:9092}, {@code http://schema-registry:8081}); the test reaches the broker on an
 * external listener published on a fixed free port of this machine, and the HTTP services on mapped ports.
 */
final class Pipeline implements AutoCloseable {

  static final String KAFKA = "kafka:9092";
  static final String KAFKA_ADMIN = "kafka:9095";
  static final String REGISTRY = "http://schema-registry:8081";
  static final String ADMIN = "admin";
  private static final String SCRAM = EmbeddedKafka.CLIENT_MECHANISM;
  private static final SecureRandom RANDOM = new SecureRandom();

  final Network network = Network.newNetwork();
  final String adminPassword = password();
  private final Map<KafkaRole, String> passwords = new EnumMap<>(KafkaRole.class);
  private final int kafkaHostPort = freePort();
  private final List<GenericContainer<?>> started = new ArrayList<>();
  private final GenericContainer<?> registry;

  Pipeline() {
    for (KafkaRole role : KafkaRole.values()) {
      passwords.put(role, password());
    }
    start(Images.official() ? officialKafka() : ourKafka());
    start(access());
    registry = start(Images.official() ? officialRegistry() : ourRegistry());
  }

  /** Bootstrap servers for clients on this machine: the external listener, SASL/SCRAM. */
  String bootstrapServers() {
    return "localhost:" + kafkaHostPort;
  }

  /** The registry's URL for clients on this machine. */
  String registryUrl() {
    return "http://localhost:" + registry.getMappedPort(8081);
  }

  /** A client on this machine authenticated as the role's user. */
  KafkaSettings kafka(KafkaRole role) {
    return new KafkaSettings(bootstrapServers(), scram(role.userName(), passwords.get(role)));
  }

  /** The same settings as {@code KAFKA_*} environment variables, as the launcher takes them. */
  Map<String, String> environment(KafkaRole role) {
    Map<String, String> env = new HashMap<>();
    scram(role.userName(), passwords.get(role)).forEach((key, value) ->
        env.put("KAFKA_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), value));
    return env;
  }

  /** A role of the application image on the network, as the given principal. */
  GenericContainer<?> role(String alias, KafkaRole principal, String... command) {
    return app(alias, command).withEnv(environment(principal));
  }

  /** Starts a container and stops it with the pipeline. */
  <C extends GenericContainer<?>> C start(C container) {
    container.start();
    started.add(container);
    return container;
  }

  private GenericContainer<?> app(String alias, String... command) {
    return new GenericContainer<>(Images.APP)
        .withNetwork(network)
        .withNetworkAliases(alias)
        .withCommand(command)
        .withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger("container." + alias)))
        .withStartupTimeout(Duration.ofMinutes(3));
  }

  private GenericContainer<?> ourKafka() {
    return withFixedPort(app("kafka", "broker", "--listen-host", "0.0.0.0", "--advertised-host", "kafka",
        "--external-port", Integer.toString(kafkaHostPort), "--external-host", "localhost")
        .withEnv("REPORTING_ADMIN_PASSWORD", adminPassword))
        .waitingFor(Wait.forLogMessage(".*Kafka bootstrap servers.*", 1));
  }

  /** The official image set up as docker-compose.yml sets it up. */
  private GenericContainer<?> officialKafka() {
    String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
        + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";";
    return withFixedPort(new GenericContainer<>(Images.KAFKA)
        .withNetwork(network)
        .withNetworkAliases("kafka")
        .withEnv(Map.ofEntries(
            Map.entry("KAFKA_NODE_ID", "1"),
            Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
            Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093"),
            Map.entry("KAFKA_LISTENERS", "CLIENT://:9092,CONTROLLER://localhost:9093,ADMIN://:9095,EXTERNAL://:"
                + kafkaHostPort),
            Map.entry("KAFKA_ADVERTISED_LISTENERS", "CLIENT://kafka:9092,ADMIN://kafka:9095,EXTERNAL://localhost:"
                + kafkaHostPort),
            Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,ADMIN:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT"),
            Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
            Map.entry("KAFKA_INTER_BROKER_LISTENER_NAME", "ADMIN"),
            Map.entry("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN"),
            Map.entry("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "PLAIN"),
            Map.entry("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN"),
            Map.entry("KAFKA_LISTENER_NAME_ADMIN_SASL_ENABLED_MECHANISMS", "PLAIN"),
            Map.entry("KAFKA_LISTENER_NAME_CLIENT_SASL_ENABLED_MECHANISMS", SCRAM),
            Map.entry("KAFKA_LISTENER_NAME_EXTERNAL_SASL_ENABLED_MECHANISMS", SCRAM),
            Map.entry("KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG", plain),
            Map.entry("KAFKA_LISTENER_NAME_ADMIN_PLAIN_SASL_JAAS_CONFIG", plain),
            Map.entry("KAFKA_LISTENER_NAME_CLIENT_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
            Map.entry("KAFKA_LISTENER_NAME_EXTERNAL_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
            Map.entry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
            Map.entry("KAFKA_SUPER_USERS", "User:" + ADMIN),
            Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
            Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
            Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
            Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
            Map.entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")))
        .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1))
        .withStartupTimeout(Duration.ofMinutes(3)));
  }

  /** The one-shot job that gives every role its user and ACLs, as the super user on the admin listener. */
  private GenericContainer<?> access() {
    GenericContainer<?> job = app("kafka-access", "kafka-access", "--bootstrap-servers", KAFKA_ADMIN)
        .withEnv("REPORTING_ADMIN_PASSWORD", adminPassword)
        .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2)));
    passwords.forEach((role, password) -> job.withEnv("REPORTING_" + role.name() + "_PASSWORD", password));
    return job;
  }

  private GenericContainer<?> ourRegistry() {
    return role("schema-registry", KafkaRole.SCHEMA_REGISTRY, "schema-registry", "--bootstrap-servers", KAFKA,
        "--registry-host", "0.0.0.0", "--registry-port", "8081")
        .withExposedPorts(8081)
        .waitingFor(Wait.forHttp("/subjects").forPort(8081).forStatusCode(200));
  }

  private GenericContainer<?> officialRegistry() {
    return new GenericContainer<>(Images.SCHEMA_REGISTRY)
        .withNetwork(network)
        .withNetworkAliases("schema-registry")
        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "SASL_PLAINTEXT://" + KAFKA)
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM", SCRAM)
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG", jaas(KafkaRole.SCHEMA_REGISTRY.userName(),
            passwords.get(KafkaRole.SCHEMA_REGISTRY)))
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

  /** Client settings of a SCRAM user. */
  static Map<String, String> scram(String user, String password) {
    return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT", SaslConfigs.SASL_MECHANISM, SCRAM,
        SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
  }

  private static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
        + password + "\";";
  }

  private static String password() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
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
