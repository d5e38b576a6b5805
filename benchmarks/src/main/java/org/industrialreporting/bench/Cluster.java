package org.industrialreporting.bench;

import java.nio.file.Path;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.registry.server.SchemaRegistryServer;

/** The cluster and registry a run uses: given ones, or an embedded broker and registry in this process. */
final class Cluster implements AutoCloseable {

  private final EmbeddedKafka broker;
  private final SchemaRegistryServer registry;
  final KafkaSettings kafka;
  final String registryUrl;

  private Cluster(EmbeddedKafka broker, SchemaRegistryServer registry, KafkaSettings kafka, String registryUrl) {
    this.broker = broker;
    this.registry = registry;
    this.kafka = kafka;
    this.registryUrl = registryUrl;
  }

  static Cluster start(BenchmarkOptions options, Progress progress) {
    EmbeddedKafka broker = null;
    String servers = options.bootstrapServers().orElse(null);
    if (servers == null) {
      broker = EmbeddedKafka.start(EmbeddedKafka.Settings.persistent(options.workDir().resolve("kafka"), 0, 0));
      servers = broker.bootstrapServers();
      progress.step("Embedded broker at " + servers);
    }
    KafkaSettings kafka = KafkaSettings.of(servers);
    SchemaRegistryServer registry = null;
    String registryUrl = options.registryUrl().orElse(null);
    if (registryUrl == null) {
      registry = SchemaRegistryServer.start(SchemaRegistryServer.Settings.of(kafka, 0));
      registryUrl = registry.url();
      progress.step("Embedded Schema Registry at " + registryUrl);
    }
    return new Cluster(broker, registry, kafka, registryUrl);
  }

  Path brokerDataDir() {
    return broker == null ? null : broker.dataDir();
  }

  @Override
  public void close() {
    if (registry != null) {
      registry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
