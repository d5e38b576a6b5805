package org.industrialreporting.producers.publish;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * The one way input reaches Kafka, for submit, the HTTP intake, the registry loaders and the simulator: an
 * idempotent producer with {@code acks=all} (so an acknowledged record is never lost or duplicated), lz4 and large
 * batches, and Avro values through the Schema Registry. Work is grouped in {@link PublishBatch}es, each of which
 * knows whether all of its own records were acknowledged. Thread-safe: the intake shares one between requests.
 */
public final class Publisher implements AutoCloseable {

  private static final int BATCH_BYTES = 256 * 1024;
  private static final Duration TOPIC_CHECK = Duration.ofSeconds(30);

  private final KafkaProducer<String, byte[]> producer;
  private final AvroSerdes serdes;
  private final Map<Class<?>, Serializer<?>> serializers = new ConcurrentHashMap<>();

  private Publisher(KafkaProducer<String, byte[]> producer, AvroSerdes serdes) {
    this.producer = producer;
    this.serdes = serdes;
  }

  /** A publisher to the cluster, writing values through the serdes' Schema Registry. */
  public static Publisher open(KafkaSettings kafka, AvroSerdes serdes, String clientId) {
    Map<String, Object> config = kafka.producer(clientId);
    // Large batches for files of half a million rows; a batch.size among the client properties still wins.
    config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    return new Publisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()), serdes);
  }

  /**
   * Fails unless every topic of the catalog exists, so that a missing topic is named at once instead of each
   * record waiting for it (and instead of a broker creating it with the wrong settings).
   */
  public static void requireTopics(KafkaSettings kafka, TopicCatalog catalog) {
    List<String> topics = catalog.all().stream().map(TopicSpec::name).toList();
    try (Admin admin = Admin.create(kafka.admin("reporting-topic-check"))) {
      Set<String> existing = admin.listTopics().names().get(TOPIC_CHECK.toMillis(), TimeUnit.MILLISECONDS);
      List<String> missing = topics.stream().filter(t -> !existing.contains(t)).sorted().toList();
      if (!missing.isEmpty()) {
        throw new PublishException("The cluster " + kafka.bootstrapServers() + " has no topic " + String.join(", ",
            missing) + "; create the topics with 'reporting topics --bootstrap-servers ...'", null);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishException("Cannot list the topics of " + kafka.bootstrapServers() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("Interrupted while listing the topics of " + kafka.bootstrapServers(), e);
    }
  }

  /** A new batch: records sent through it are tracked until it has awaited their acknowledgement. */
  public PublishBatch batch() {
    return new PublishBatch(producer, this);
  }

  @SuppressWarnings("unchecked")
  <V extends SpecificRecord> Serializer<V> serializer(Class<V> type) {
    return (Serializer<V>) serializers.computeIfAbsent(type, t -> serdes.value(type).serializer());
  }

  /** Sends what is buffered and waits, at most {@code timeout}, for it to be acknowledged, then closes. */
  public void close(Duration timeout) {
    producer.close(timeout);
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
