package org.industrialreporting.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Where the cluster is and how to talk to it. Every role receives one of these, built by the launcher from
 * flags, environment and config file.
 *
 * @param bootstrapServers host:port list of the cluster
 * @param clientProperties further Kafka client settings passed through to every client (SASL, TLS, timeouts);
 *                         they win over the defaults below
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> clientProperties) {

  public KafkaSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    if (bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrap servers are empty");
    }
    clientProperties = Map.copyOf(clientProperties);
  }

  public static KafkaSettings of(String bootstrapServers) {
    return new KafkaSettings(bootstrapServers, Map.of());
  }

  /** Settings every client shares: the cluster address and the pass-through properties. */
  public Map<String, Object> common() {
    Map<String, Object> config = new HashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.putAll(clientProperties);
    return config;
  }

  /** An Admin client's settings. */
  public Map<String, Object> admin(String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    config.putAll(common());
    return config;
  }

  /** A producer that never loses or duplicates an acknowledged record: idempotent, acks from every in-sync replica. */
  public Map<String, Object> producer(String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.putAll(common());
    return config;
  }

  /** A consumer that only sees committed records of transactional producers. */
  public Map<String, Object> consumer(String groupId) {
    Map<String, Object> config = new HashMap<>();
    if (groupId != null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    }
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putAll(common());
    return config;
  }
}
