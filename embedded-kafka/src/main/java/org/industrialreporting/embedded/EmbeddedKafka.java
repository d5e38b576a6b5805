package org.industrialreporting.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, running in this JVM in KRaft mode as its own controller: the same server code as
 * {@code kafka-server-start.sh}, formatted and started programmatically. Settings are those of a single-node
 * cluster (internal topics at replication factor 1, no initial rebalance delay), so consumer groups and
 * transactions work at once.
 *
 * <p>The data directory is formatted on first start and reused afterwards, so a persistent directory keeps
 * topics and offsets across restarts; {@link Settings#temporary()} gives a directory that is deleted on close.
 *
 * <p>Without {@link Security} every listener is PLAINTEXT and anyone who reaches it may do anything: right for a
 * broker on the loopback interface. With it, clients authenticate with SCRAM-SHA-512 and ACLs decide
 * (StandardAuthorizer, nothing allowed without an ACL). The super user authenticates over SASL/PLAIN, with the
 * password in the broker's configuration, on the controller listener (loopback) and on an admin listener that also
 * carries the broker's own traffic: KRaft keeps SCRAM credentials in its metadata, so the first of them can only be
 * created by a user the broker knows otherwise.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int NODE_ID = 1;
  private static final String HOST = "127.0.0.1";
  /** The mechanism clients authenticate with on a secured broker. */
  public static final String CLIENT_MECHANISM = "SCRAM-SHA-512";
  private static final String SUPER_USER_MECHANISM = "PLAIN";

  private final KafkaRaftServer server;
  private final Settings settings;
  private final String bootstrapServers;
  private final String adminServers;

  private EmbeddedKafka(KafkaRaftServer server, Settings settings, String bootstrapServers, String adminServers) {
    this.server = server;
    this.settings = settings;
    this.bootstrapServers = bootstrapServers;
    this.adminServers = adminServers;
  }

  /**
   * Where the broker keeps its data and which ports it listens on.
   *
   * @param dataDir        log directory; formatted on first use
   * @param port           client port, 0 for a free one
   * @param controllerPort KRaft controller port, 0 for a free one
   * @param deleteOnClose  whether {@link #close()} removes the data directory
   * @param overrides      further broker settings, winning over the defaults
   * @param listeners      interfaces and advertised addresses of the client listeners
   * @param security       authentication and ACLs; empty for PLAINTEXT listeners that allow everything
   */
  public record Settings(Path dataDir, int port, int controllerPort, boolean deleteOnClose, Map<String, String> overrides,
      Listeners listeners, Optional<Security> security) {

    public Settings {
      overrides = Map.copyOf(overrides);
      Objects.requireNonNull(security, "security");
    }

    /** A broker on free ports with a fresh directory that is deleted on close: for tests. */
    public static Settings temporary() {
      try {
        return new Settings(Files.createTempDirectory("embedded-kafka-"), 0, 0, true, Map.of(), Listeners.LOOPBACK,
            Optional.empty());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create a temporary directory for the embedded broker", e);
      }
    }

    /** A broker whose data survives restarts, on the loopback interface. */
    public static Settings persistent(Path dataDir, int port, int controllerPort) {
      return new Settings(dataDir, port, controllerPort, false, Map.of(), Listeners.LOOPBACK, Optional.empty());
    }

    public Settings withOverrides(Map<String, String> more) {
      var merged = new java.util.HashMap<>(overrides);
      merged.putAll(more);
      return new Settings(dataDir, port, controllerPort, deleteOnClose, merged, listeners, security);
    }

    public Settings withListeners(Listeners changed) {
      return new Settings(dataDir, port, controllerPort, deleteOnClose, overrides, changed, security);
    }

    public Settings withSecurity(Security changed) {
      return new Settings(dataDir, port, controllerPort, deleteOnClose, overrides, listeners, Optional.of(changed));
    }
  }

  /**
   * A broker that authenticates everyone and authorizes by ACL. The super user is the broker's own identity
   * towards its controller and the one that creates users and ACLs, on the admin listener; its password is in the
   * broker's configuration, so change it by restarting with another.
   *
   * @param superUser     name of the super user, e.g. {@code admin}
   * @param superPassword its password
   * @param adminPort     port of the admin listener (SASL/PLAIN, super user only), 0 for a free one
   */
  public record Security(String superUser, String superPassword, int adminPort) {

    public Security {
      if (superUser == null || !superUser.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("the super user's name must be letters, digits, '.', '_' or '-'");
      }
      if (superPassword == null || superPassword.isEmpty()) {
        throw new IllegalArgumentException("the super user needs a password");
      }
    }

    /** Client settings of the super user on the admin listener. */
    public Map<String, Object> superUserClient() {
      return Map.of(
          CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name,
          SaslConfigs.SASL_MECHANISM, SUPER_USER_MECHANISM,
          SaslConfigs.SASL_JAAS_CONFIG, plainLogin(false));
    }

    /**
     * The PLAIN login of the super user; for the broker's own listeners also the user list it checks against
     * (the one user).
     */
    private String plainLogin(boolean serverSide) {
      return "org.apache.kafka.common.security.plain.PlainLoginModule required username=" + quoted(superUser)
          + " password=" + quoted(superPassword) + (serverSide ? " user_" + superUser + "=" + quoted(superPassword)
          : "") + ";";
    }

    private static String quoted(String value) {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /**
   * Where clients reach the broker. On one machine everything is the loopback address; in a container the broker
   * listens on all interfaces and advertises its network name, and may add an external listener advertised under
   * the address that clients outside the container network use (e.g. {@code localhost} and a published port).
   *
   * @param listenHost     interface of the client listeners, e.g. {@code 0.0.0.0}
   * @param advertisedHost host name clients are told to use for the main listener, e.g. {@code kafka}
   * @param externalPort   port of the external listener, 0 for none
   * @param externalHost   host name advertised for the external listener
   */
  public record Listeners(String listenHost, String advertisedHost, int externalPort, String externalHost) {
    public static final Listeners LOOPBACK = new Listeners(HOST, HOST, 0, null);
  }

  /** Formats the data directory if needed, starts the broker and waits until it serves clients. */
  public static EmbeddedKafka start(Settings settings) {
    long started = System.nanoTime();
    int port = settings.port() == 0 ? freePort() : settings.port();
    int controllerPort = settings.controllerPort() == 0 ? freePort() : settings.controllerPort();
    Path logDir = settings.dataDir().resolve("kraft-combined-logs");
    int adminPort = settings.security().map(s -> s.adminPort() == 0 ? freePort() : s.adminPort()).orElse(0);
    Properties props = brokerProperties(logDir, port, controllerPort, adminPort, settings.listeners(),
        settings.security());
    props.putAll(settings.overrides());
    KafkaConfig config = KafkaConfig.fromProps(props, false);
    try {
      Files.createDirectories(logDir);
      formatIfNew(config, logDir);
    } catch (Exception e) {
      throw new EmbeddedKafkaException("Cannot prepare the broker's data directory " + logDir + ": " + e, e);
    }
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      shutdownQuietly(server);
      throw new EmbeddedKafkaException("The embedded broker did not start on port " + port
          + " (controller port " + controllerPort + "): " + e.getMessage(), e);
    }
    String bootstrapServers = settings.listeners().advertisedHost() + ":" + port;
    String adminServers = adminPort == 0 ? null : settings.listeners().advertisedHost() + ":" + adminPort;
    EmbeddedKafka kafka = new EmbeddedKafka(server, settings, bootstrapServers, adminServers);
    // A secured broker is asked by its super user; the client listeners know no user before one is created.
    kafka.awaitReady(Duration.ofSeconds(60), settings.security()
        .map(security -> kafka.adminClient(HOST + ":" + adminPort, security.superUserClient()))
        .orElseGet(() -> kafka.adminClient(bootstrapServers, Map.of())));
    log.info("Embedded Kafka broker ready at {} in {} ms (data in {})", bootstrapServers,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), settings.dataDir());
    return kafka;
  }

  private static Properties brokerProperties(Path logDir, int port, int controllerPort, int adminPort, Listeners net,
      Optional<Security> security) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    p.put("controller.listener.names", "CONTROLLER");
    Map<String, String> listeners = new LinkedHashMap<>(); // name -> host:port to listen on
    Map<String, String> advertised = new LinkedHashMap<>();
    listeners.put("CLIENT", net.listenHost() + ":" + port);
    advertised.put("CLIENT", net.advertisedHost() + ":" + port);
    if (net.externalPort() > 0) {
      listeners.put("EXTERNAL", net.listenHost() + ":" + net.externalPort());
      advertised.put("EXTERNAL", net.externalHost() + ":" + net.externalPort());
    }
    listeners.put("CONTROLLER", HOST + ":" + controllerPort);
    if (security.isEmpty()) {
      p.put("inter.broker.listener.name", "CLIENT");
    } else {
      listeners.put("ADMIN", net.listenHost() + ":" + adminPort);
      advertised.put("ADMIN", net.advertisedHost() + ":" + adminPort);
      p.put("inter.broker.listener.name", "ADMIN");
      secure(p, security.get());
    }
    p.put("listeners", endpoints(listeners));
    p.put("advertised.listeners", endpoints(advertised));
    String protocol = security.isEmpty() ? "PLAINTEXT" : "SASL_PLAINTEXT";
    p.put("listener.security.protocol.map", listeners.keySet().stream().map(name -> name + ":" + protocol)
        .collect(Collectors.joining(",")));
    p.put("log.dirs", logDir.toString());
    // One node: every internal topic at replication factor 1, or groups and transactions never start.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "10");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "10");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics come from the catalog; a typo in a topic name must fail, not create a topic.
    p.put("auto.create.topics.enable", "false");
    p.put("num.partitions", "1");
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
    return p;
  }

  private static String endpoints(Map<String, String> byName) {
    return byName.entrySet().stream().map(e -> e.getKey() + "://" + e.getValue()).collect(Collectors.joining(","));
  }

  /**
   * SASL on every listener: the client listeners take SCRAM-SHA-512, the controller and admin listeners the super
   * user over PLAIN. Nothing is allowed without an ACL, except to the super user.
   */
  private static void secure(Properties p, Security security) {
    p.put("sasl.mechanism.controller.protocol", SUPER_USER_MECHANISM);
    p.put("sasl.mechanism.inter.broker.protocol", SUPER_USER_MECHANISM);
    for (String listener : List.of("controller", "admin")) {
      p.put("listener.name." + listener + ".sasl.enabled.mechanisms", SUPER_USER_MECHANISM);
      p.put("listener.name." + listener + ".plain.sasl.jaas.config", security.plainLogin(true));
    }
    for (String listener : List.of("client", "external")) {
      p.put("listener.name." + listener + ".sasl.enabled.mechanisms", CLIENT_MECHANISM);
      p.put("listener.name." + listener + "." + CLIENT_MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
          "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    }
    p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    p.put("super.users", "User:" + security.superUser());
    p.put("allow.everyone.if.no.acl.found", "false");
  }

  private static void formatIfNew(KafkaConfig config, Path logDir) throws Exception {
    if (Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
      return;
    }
    new Formatter()
        .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .setControllerListenerName("CONTROLLER")
        .setMetadataLogDirectory(config.metadataLogDir())
        .addDirectory(logDir.toString())
        .run();
  }

  private Map<String, Object> adminClient(String servers, Map<String, Object> credentials) {
    Map<String, Object> config = new HashMap<>(credentials);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    return config;
  }

  private void awaitReady(Duration timeout, Map<String, Object> adminConfig) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(adminConfig)) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            close();
            throw new EmbeddedKafkaException("The embedded broker at " + bootstrapServers
                + " did not become ready within " + timeout.toSeconds() + " s", e);
          }
        }
      }
    }
  }

  /** host:port of the broker's client listener. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** host:port of a secured broker's admin listener, where its super user manages users and ACLs. */
  public Optional<String> adminServers() {
    return Optional.ofNullable(adminServers);
  }

  public Path dataDir() {
    return settings.dataDir();
  }

  /** Stops the broker and waits for it; removes the data directory if it was temporary. */
  @Override
  public void close() {
    shutdownQuietly(server);
    if (settings.deleteOnClose()) {
      deleteRecursively(settings.dataDir());
    }
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      log.warn("Embedded broker did not shut down cleanly: {}", e.toString());
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + HOST, e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
