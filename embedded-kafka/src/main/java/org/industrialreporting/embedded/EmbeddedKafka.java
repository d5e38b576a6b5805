package org.industrialreporting.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
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
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int NODE_ID = 1;
  private static final String HOST = "127.0.0.1";

  private final KafkaRaftServer server;
  private final Settings settings;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, Settings settings, String bootstrapServers) {
    this.server = server;
    this.settings = settings;
    this.bootstrapServers = bootstrapServers;
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
   */
  public record Settings(Path dataDir, int port, int controllerPort, boolean deleteOnClose, Map<String, String> overrides,
      Listeners listeners) {

    public Settings {
      overrides = Map.copyOf(overrides);
    }

    /** A broker on free ports with a fresh directory that is deleted on close: for tests. */
    public static Settings temporary() {
      try {
        return new Settings(Files.createTempDirectory("embedded-kafka-"), 0, 0, true, Map.of(), Listeners.LOOPBACK);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create a temporary directory for the embedded broker", e);
      }
    }

    /** A broker whose data survives restarts, on the loopback interface. */
    public static Settings persistent(Path dataDir, int port, int controllerPort) {
      return new Settings(dataDir, port, controllerPort, false, Map.of(), Listeners.LOOPBACK);
    }

    public Settings withOverrides(Map<String, String> more) {
      var merged = new java.util.HashMap<>(overrides);
      merged.putAll(more);
      return new Settings(dataDir, port, controllerPort, deleteOnClose, merged, listeners);
    }

    public Settings withListeners(Listeners changed) {
      return new Settings(dataDir, port, controllerPort, deleteOnClose, overrides, changed);
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
    Properties props = brokerProperties(logDir, port, controllerPort, settings.listeners());
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
    EmbeddedKafka kafka = new EmbeddedKafka(server, settings, bootstrapServers);
    kafka.awaitReady(Duration.ofSeconds(60));
    log.info("Embedded Kafka broker ready at {} in {} ms (data in {})", bootstrapServers,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), settings.dataDir());
    return kafka;
  }

  private static Properties brokerProperties(Path logDir, int port, int controllerPort, Listeners net) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    String listeners = "PLAINTEXT://" + net.listenHost() + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort;
    String advertised = "PLAINTEXT://" + net.advertisedHost() + ":" + port;
    if (net.externalPort() > 0) {
      listeners += ",EXTERNAL://" + net.listenHost() + ":" + net.externalPort();
      advertised += ",EXTERNAL://" + net.externalHost() + ":" + net.externalPort();
    }
    p.put("listeners", listeners);
    p.put("advertised.listeners", advertised);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTERNAL:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
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

  private void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> adminConfig = Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
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
