package org.industrialreporting.dashboard.view;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.schemas.registry.SchemaRegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the read model up to date from the topics, on a thread of its own: one consumer without a group, every
 * partition of the view's topics assigned and read from the beginning, {@code read_committed}, so the view is the
 * same whatever number of streams instances write the topics. A topic that does not exist yet (the streams
 * application's changelog before its first start) is looked for again every few seconds.
 *
 * <p>Ready once every partition is read up to its end offset as of start; topics found later are not waited for.
 * A record that cannot be decoded is logged and counted, never fatal; when the Schema Registry does not answer, the
 * batch is read again after a pause, so nothing is skipped for want of a schema.
 */
public final class ViewConsumer implements ViewStatus, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ViewConsumer.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration TOPIC_RECHECK = Duration.ofSeconds(5);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaClientMetrics clientMetrics;
  private final ViewTopics topics;
  private final ReadModel model;
  private final ViewMetrics metrics;
  private final Consumer<Throwable> onFailure;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Thread thread;
  // Confined to the consumer thread.
  private final Set<TopicPartition> assigned = new HashSet<>();
  private final Map<TopicPartition, Long> behind = new HashMap<>();
  private boolean assignedOnce;
  private volatile boolean ready;
  private volatile Throwable failure;

  private ViewConsumer(KafkaSettings kafka, ViewTopics topics, ReadModel model, MeterRegistry registry,
      Consumer<Throwable> onFailure) {
    Map<String, Object> config = kafka.consumer(null);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-dashboard-view");
    // The changelog is the streams application's to create, with its settings.
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    this.clientMetrics = new KafkaClientMetrics(consumer);
    clientMetrics.bindTo(registry);
    this.topics = topics;
    this.model = model;
    this.metrics = new ViewMetrics(registry, model, this::ready);
    this.onFailure = onFailure;
    this.thread = new Thread(this::run, "dashboard-view");
  }

  /**
   * Starts reading on a thread of its own.
   *
   * @param onFailure hears of an error that stopped the view (not of undecodable records, which are skipped)
   */
  public static ViewConsumer start(KafkaSettings kafka, ViewTopics topics, ReadModel model, MeterRegistry registry,
      Consumer<Throwable> onFailure) {
    ViewConsumer view = new ViewConsumer(kafka, topics, model, registry, onFailure);
    view.thread.start();
    return view;
  }

  @Override
  public boolean ready() {
    return ready;
  }

  @Override
  public boolean alive() {
    return failure == null && thread.isAlive();
  }

  @Override
  public Map<TopicPartition, Long> behind() {
    synchronized (behind) {
      return Map.copyOf(behind);
    }
  }

  private void run() {
    try {
      long nextTopicCheck = 0;
      Duration backoff = Duration.ZERO;
      while (!stopping()) {
        if (assigned.isEmpty() || System.nanoTime() >= nextTopicCheck) {
          assignNewTopics();
          nextTopicCheck = System.nanoTime() + TOPIC_RECHECK.toNanos();
        }
        if (assigned.isEmpty()) {
          stopping.await(TOPIC_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
          continue;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        List<ViewRecord> batch = decode(records);
        if (batch == null) {
          rewind(records);
          backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), MAX_BACKOFF);
          stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
          continue;
        }
        backoff = Duration.ZERO;
        model.apply(batch);
        batch.forEach(metrics::read);
        updateReadiness();
      }
    } catch (WakeupException | InterruptedException e) {
      // closing
    } catch (RuntimeException e) {
      failure = e;
      log.error("The dashboard's view stopped reading the topics", e);
      onFailure.accept(e);
    } finally {
      clientMetrics.close();
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private boolean stopping() {
    return stopping.getCount() == 0;
  }

  /** Assigns the partitions of view topics that exist and are not assigned yet, from their beginning. */
  private void assignNewTopics() {
    Map<String, List<PartitionInfo>> existing;
    try {
      existing = consumer.listTopics(Duration.ofSeconds(10));
    } catch (TimeoutException e) {
      log.warn("Cannot list the cluster's topics yet ({}); trying again", e.getMessage());
      return;
    }
    List<TopicPartition> added = new ArrayList<>();
    for (String topic : topics.names()) {
      for (PartitionInfo partition : existing.getOrDefault(topic, List.of())) {
        TopicPartition tp = new TopicPartition(topic, partition.partition());
        if (assigned.add(tp)) {
          added.add(tp);
        }
      }
    }
    if (added.isEmpty()) {
      if (!assignedOnce) {
        assignedOnce = true;
        updateReadiness();
      }
      return;
    }
    consumer.assign(assigned);
    consumer.seekToBeginning(added);
    log.info("Dashboard view reads {} more partitions: {}", added.size(), added);
    if (!assignedOnce) {
      assignedOnce = true;
      // Readiness waits for what existed at start; a topic created later is followed, not waited for.
      synchronized (behind) {
        consumer.endOffsets(added).forEach((tp, end) -> {
          if (end > 0) {
            behind.put(tp, end);
          }
        });
      }
      updateReadiness();
    }
  }

  /** The batch decoded; null when the registry did not answer, so that the batch must be read again. */
  private List<ViewRecord> decode(ConsumerRecords<String, byte[]> records) {
    List<ViewRecord> batch = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        batch.add(topics.decode(record.topic(), record.key(), record.value()));
      } catch (SerializationException e) {
        if (registryUnavailable(e)) {
          log.warn("Schema Registry unavailable while reading {}-{}@{}; reading again later: {}", record.topic(),
              record.partition(), record.offset(), e.getMessage());
          return null;
        }
        log.warn("Skipping record {}-{}@{} key {}: {}", record.topic(), record.partition(), record.offset(),
            record.key(), e.getMessage());
        metrics.undecodable(topics.source(record.topic()));
      }
    }
    return batch;
  }

  private static boolean registryUnavailable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryException registry
          && (registry.status() == SchemaRegistryException.NO_ANSWER || registry.status() >= 500)) {
        return true;
      }
    }
    return false;
  }

  private void rewind(ConsumerRecords<String, byte[]> records) {
    for (TopicPartition tp : records.partitions()) {
      consumer.seek(tp, records.records(tp).get(0).offset());
    }
  }

  private void updateReadiness() {
    if (ready) {
      return;
    }
    synchronized (behind) {
      behind.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
      ready = assignedOnce && behind.isEmpty();
    }
    if (ready) {
      log.info("Dashboard view has caught up with the topics");
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Stops reading and closes the consumer. */
  @Override
  public void close() {
    stopping.countDown();
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
