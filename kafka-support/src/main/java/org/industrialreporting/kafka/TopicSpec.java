package org.industrialreporting.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One topic of the catalog: its name, the types of its keys and values, and the settings it must have.
 *
 * @param name        topic name, kebab-case (no '.' or '_', which clash in Kafka's metric names)
 * @param keyType     type of the record keys (plain strings throughout, so any consumer can read them)
 * @param valueType   type of the record values (an Avro class, or {@code byte[]} for raw topics)
 * @param partitions  number of partitions it is created with
 * @param configs     topic-level settings it is created with and checked against
 * @param description what the topic carries, for operators
 */
public record TopicSpec<K, V>(
    String name, Class<K> keyType, Class<V> valueType, int partitions, Map<String, String> configs, String description) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public TopicSpec {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Topic name '" + name + "' is not kebab-case (a-z, 0-9 and single '-')");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("Topic " + name + " needs at least one partition, got " + partitions);
    }
    configs = Map.copyOf(configs);
  }

  /** The request that creates this topic, at the cluster's default replication factor unless one is given. */
  public NewTopic newTopic(Optional<Short> replicationFactor) {
    return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs);
  }
}
