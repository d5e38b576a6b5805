package org.industrialreporting.alerts.follow;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSnapshot;

/**
 * Follows the alert topic as it grows, from its beginning or from now, and hands each alert that passes the filter
 * on, in order per scope. It reads without a consumer group, so following never disturbs the notifier's offsets.
 */
public final class AlertFollower implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaConsumer<String, AnomalyAlert> consumer;
  private final AlertFilter filter;
  private final AtomicBoolean running = new AtomicBoolean();

  public AlertFollower(KafkaSettings kafka, String topic, Deserializer<AnomalyAlert> values, AlertFilter filter,
      boolean fromBeginning) {
    this.consumer = new KafkaConsumer<>(kafka.consumer(null), new StringDeserializer(), values);
    this.filter = filter;
    List<TopicPartition> partitions = TopicSnapshot.partitions(consumer, topic);
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // fix "now" before the first poll
    }
  }

  /** Hands alerts to {@code each} until {@link #close()} is called from another thread. */
  public void run(Consumer<AnomalyAlert> each) {
    running.set(true);
    try {
      while (true) {
        for (ConsumerRecord<String, AnomalyAlert> record : consumer.poll(POLL)) {
          if (record.value() != null && filter.matches(record.value())) {
            each.accept(record.value());
          }
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } finally {
      consumer.close();
    }
  }

  /** Stops {@link #run}, or releases the consumer if it never ran; safe from any thread. */
  @Override
  public void close() {
    if (running.get()) {
      consumer.wakeup();
    } else {
      consumer.close();
    }
  }
}
