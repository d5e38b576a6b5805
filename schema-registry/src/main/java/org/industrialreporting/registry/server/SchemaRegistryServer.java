package org.industrialreporting.registry.server;

import java.time.Duration;
import java.util.Objects;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.schemas.registry.SchemaRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Schema Registry: Confluent's REST API ({@link RegistryHttpApi}) over a {@link SchemaRegistry}
 * whose journal is a compacted Kafka topic ({@link KafkaJournal}). On start it reads the topic to its end before
 * it serves, so ids and versions survive restarts; each write returns once it is in the topic and applied.
 *
 * <p>One instance per topic: there is no leader election, so two servers writing to one topic would hand out the
 * same ids. Readers of the topic (a Confluent registry in read-only mode, tools) are fine.
 */
public final class SchemaRegistryServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);

  /** Confluent's topic name, so Confluent's tools find the schemas where they look. */
  public static final String DEFAULT_TOPIC = "_schemas";
  /** Confluent's port. */
  public static final int DEFAULT_PORT = 8081;

  /**
   * Where the registry keeps its state and where it listens.
   *
   * @param kafka        the cluster of the topic
   * @param topic        the compacted, single-partition topic holding the schemas, created if missing
   * @param host         the interface to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port         the HTTP port, 0 for a free one
   * @param writeTimeout how long a change may take to be written and read back before it fails with 50001
   */
  public record Settings(KafkaSettings kafka, String topic, String host, int port, Duration writeTimeout) {

    public Settings {
      Objects.requireNonNull(kafka, "kafka");
      if (topic == null || topic.isBlank()) {
        throw new IllegalArgumentException("The Schema Registry topic name is empty");
      }
    }

    /** The defaults: topic {@code _schemas}, loopback only, writes within 10 s. */
    public static Settings of(KafkaSettings kafka, int port) {
      return new Settings(kafka, DEFAULT_TOPIC, "127.0.0.1", port, Duration.ofSeconds(10));
    }

    public Settings withTopic(String topic) {
      return new Settings(kafka, topic, host, port, writeTimeout);
    }

    public Settings withWriteTimeout(Duration writeTimeout) {
      return new Settings(kafka, topic, host, port, writeTimeout);
    }
  }

  private final KafkaJournal journal;
  private final RegistryHttpApi api;

  private SchemaRegistryServer(KafkaJournal journal, RegistryHttpApi api) {
    this.journal = journal;
    this.api = api;
  }

  /** Reads the topic to its end, then serves; fails if the cluster or the port cannot be had. */
  public static SchemaRegistryServer start(Settings settings) {
    KafkaJournal journal = new KafkaJournal(settings.kafka(), settings.topic(), settings.writeTimeout());
    try {
      SchemaRegistry registry = new SchemaRegistry(journal);
      journal.start(registry::apply);
      RegistryHttpApi api = RegistryHttpApi.start(registry, journal::healthy, settings.host(), settings.port());
      log.info("Schema Registry serving at {} (schemas in topic {})", api.url(), settings.topic());
      return new SchemaRegistryServer(journal, api);
    } catch (RuntimeException e) {
      journal.close();
      throw e;
    }
  }

  /** The base URL for clients, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return api.url();
  }

  /** Stops serving, then stops reading the topic. */
  @Override
  public void close() {
    api.close();
    journal.close();
  }
}
