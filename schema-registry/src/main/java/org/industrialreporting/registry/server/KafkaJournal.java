package org.industrialreporting.registry.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.schemas.registry.RegistryEvent;
import org.industrialreporting.schemas.registry.SchemaRegistry;
import org.industrialreporting.schemas.registry.SchemaRegistryException;
import org.industrialreporting.schemas.registry.SchemaRegistryException.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's journal in a compacted, single-partition Kafka topic ({@code _schemas} by default), in
 * Confluent's record format ({@link SchemasTopicFormat}). A reader thread applies every record of the topic to the
 * registry, from the beginning; {@link #append} produces an event and returns only once that reader has applied
 * it, so the registry's state is always the topic's, whoever wrote it, and a restart rebuilds it exactly.
 *
 * <p>Single writer: two registries writing to one topic would hand out the same ids.
 */
final class KafkaJournal implements SchemaRegistry.Journal, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaJournal.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSettings kafka;
  private final TopicPartition partition;
  private final Duration timeout;
  private final KafkaProducer<byte[], byte[]> producer;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Object progress = new Object();
  private long position; // next offset the reader will apply; guarded by progress
  private volatile Throwable readerFailure;
  private volatile boolean closing;
  private Thread reader;

  /**
   * @param timeout how long a write may take, produce and read-back together, before it fails with 50001; also
   *                the limit of each request to the cluster at start
   */
  KafkaJournal(KafkaSettings kafka, String topic, Duration timeout) {
    this.kafka = kafka;
    this.partition = new TopicPartition(topic, 0);
    this.timeout = timeout;
    Map<String, Object> producerConfig = kafka.producer("schema-registry-" + topic);
    producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0); // one write at a time, each awaited
    producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
    this.producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    Map<String, Object> consumerConfig = kafka.consumer(null);
    consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-reader-" + topic);
    this.consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * Creates the topic if it is missing, then reads it to its end into {@code apply} before returning, and keeps
   * reading in the background.
   */
  void start(Consumer<RegistryEvent> apply) {
    ensureTopic();
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
    reader = new Thread(() -> read(apply), "schema-registry-reader");
    reader.setDaemon(true);
    reader.start();
    // Replaying a large topic takes longer than one write: allow for it.
    awaitApplied(end, Duration.ofMinutes(5));
    log.info("Schema Registry state read from {} up to offset {}", partition.topic(), end);
  }

  private void ensureTopic() {
    String topic = partition.topic();
    try (Admin admin = Admin.create(kafka.admin("schema-registry-admin"))) {
      NewTopic spec = new NewTopic(topic, Optional.of(1), Optional.empty())
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      try {
        admin.createTopics(List.of(spec)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Created the Schema Registry topic {}", topic);
        return; // as specified; describing it this early may find it not yet known to the broker
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      String cleanup = admin.describeConfigs(List.of(resource)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
      // Confluent's registry refuses these too: more partitions lose the order, deletion loses schemas.
      if (description.partitions().size() != 1 || !TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanup)) {
        throw new IllegalStateException("The Schema Registry topic " + topic + " must have 1 partition and"
            + " cleanup.policy=compact; it has " + description.partitions().size() + " and " + cleanup);
      }
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException("Cannot create or check the Schema Registry topic " + topic + " on "
          + kafka.bootstrapServers() + ": " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating the Schema Registry topic " + topic, e);
    }
  }

  private void read(Consumer<RegistryEvent> apply) {
    try {
      while (!closing) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          applyRecord(record, apply);
        }
        long next = consumer.position(partition);
        synchronized (progress) {
          position = next;
          progress.notifyAll();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("The Schema Registry stopped reading {}: {}", partition.topic(), e.toString(), e);
      readerFailure = e;
    } finally {
      synchronized (progress) {
        progress.notifyAll();
      }
    }
  }

  private void applyRecord(ConsumerRecord<byte[], byte[]> record, Consumer<RegistryEvent> apply) {
    try {
      SchemasTopicFormat.decode(record.key(), record.value()).ifPresent(apply);
    } catch (RuntimeException e) {
      // Someone else's record that we cannot use: skipping it keeps the registry serving what it can read.
      log.warn("Skipped the record at offset {} of {}: {}", record.offset(), record.topic(), e.getMessage());
    }
  }

  /** Writes the event and returns once the reader has applied it; 500/50001 when that does not happen in time. */
  @Override
  public void append(RegistryEvent event) {
    SchemasTopicFormat.Record record = SchemasTopicFormat.encode(event);
    long offset;
    try {
      offset = producer.send(new ProducerRecord<>(partition.topic(), 0, record.key(), record.value()))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
    } catch (ExecutionException e) {
      throw storeError("Cannot write to " + partition.topic() + ": " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      // The write may still land later; the reader then applies it like any other record.
      throw storeError("Writing to " + partition.topic() + " took longer than " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw storeError("Interrupted while writing to " + partition.topic(), e);
    }
    awaitApplied(offset + 1, timeout);
  }

  private void awaitApplied(long nextOffset, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (progress) {
      while (position < nextOffset) {
        if (readerFailure != null || closing) {
          throw storeError("The registry no longer reads " + partition.topic(), readerFailure);
        }
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
          throw storeError("The registry did not read back offset " + (nextOffset - 1) + " of "
              + partition.topic() + " within " + limit.toMillis() + " ms", null);
        }
        try {
          progress.wait(remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw storeError("Interrupted while waiting for " + partition.topic(), e);
        }
      }
    }
  }

  private static SchemaRegistryException storeError(String message, Throwable cause) {
    return new SchemaRegistryException(500, ErrorCodes.STORE_ERROR, "Error in the backend data store: " + message,
        cause);
  }

  /** Whether the reader still follows the topic. */
  boolean healthy() {
    return reader != null && reader.isAlive() && readerFailure == null;
  }

  @Override
  public void close() {
    closing = true;
    if (reader != null) {
      consumer.wakeup();
      try {
        reader.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (reader == null || !reader.isAlive()) {
      consumer.close(Duration.ofSeconds(5));
    }
    producer.close(Duration.ofSeconds(5));
  }
}
