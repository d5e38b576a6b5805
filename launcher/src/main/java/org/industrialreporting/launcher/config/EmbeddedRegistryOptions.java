package org.industrialreporting.launcher.config;

import java.time.Duration;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import picocli.CommandLine.Option;

/** Options of the embedded Schema Registry server, for the commands that start one. */
public final class EmbeddedRegistryOptions {

  @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "" + SchemaRegistryServer.DEFAULT_PORT,
      description = "HTTP port of the embedded Schema Registry, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--registry-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface the embedded Schema Registry listens on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--registry-topic", paramLabel = "TOPIC", defaultValue = SchemaRegistryServer.DEFAULT_TOPIC,
      description = "Compacted topic holding the embedded registry's schemas; one registry per topic"
          + " (default: ${DEFAULT-VALUE}).")
  String topic;

  /** The server's settings on the given cluster. */
  public SchemaRegistryServer.Settings settings(KafkaSettings kafka) {
    return new SchemaRegistryServer.Settings(kafka, topic, host, port, Duration.ofSeconds(10));
  }
}
