package org.industrialreporting.launcher.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import picocli.CommandLine.Option;

/** Options of every role that talks to a Kafka cluster. */
public final class KafkaOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
      description = "Kafka cluster to use (env REPORTING_BOOTSTRAP_SERVERS)."
          + " `run` starts an embedded broker when this is not set.")
  String bootstrapServers;

  @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
      description = "Kafka client setting passed to every client, e.g. security.protocol=SASL_SSL; repeatable."
          + " Also read from KAFKA_* environment variables and kafka.* entries of the config file.")
  Map<String, String> kafkaProperties = new HashMap<>();

  @Option(names = "--topic-prefix", paramLabel = "PREFIX", defaultValue = "",
      description = "Prefix of every topic name, to run several pipelines on one cluster (env REPORTING_TOPIC_PREFIX).")
  String topicPrefix;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "" + TopicCatalog.DEFAULT_PARTITIONS,
      description = "Partitions of the topics that grow with the number of enterprises (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--config-file", paramLabel = "FILE",
      description = "Properties file with option defaults (bootstrap-servers=...) and Kafka client settings"
          + " (kafka.security.protocol=...) (env REPORTING_CONFIG_FILE).")
  String configFile; // read by LaunchContext before the command line is parsed; declared for --help

  /** The external cluster, if one was named. */
  public Optional<String> bootstrapServers() {
    return Optional.ofNullable(bootstrapServers).filter(s -> !s.isBlank());
  }

  /** Settings for the given cluster, with client properties from all layers (flags win). */
  public KafkaSettings settings(String servers, LaunchContext context) {
    Map<String, String> props = new HashMap<>(context.kafkaProperties());
    props.putAll(kafkaProperties);
    return new KafkaSettings(servers, props);
  }

  /** Settings for the cluster the options name; without one, a usage error saying that {@code command} needs it. */
  public KafkaSettings requireCluster(String command, LaunchContext context) {
    String servers = bootstrapServers().orElseThrow(() -> new IllegalArgumentException(command
        + " needs a cluster: pass --bootstrap-servers HOST:PORT or set REPORTING_BOOTSTRAP_SERVERS"));
    return settings(servers, context);
  }

  public TopicCatalog catalog() {
    return new TopicCatalog(topicPrefix, partitions);
  }
}
