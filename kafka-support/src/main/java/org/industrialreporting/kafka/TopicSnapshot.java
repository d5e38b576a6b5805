package org.industrialreporting.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning up to the end it has when reading starts, read_committed and without a
 * consumer group: the rules in force, the alerts of a month, or what a test expects a topic to hold, as they are
 * now.
 */
public final class TopicSnapshot {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration DEADLINE = Duration.ofMinutes(2);

  private TopicSnapshot() {
  }

  /** Calls {@code each} with every record's key and value (null for a tombstone), in order per partition. */
  public static <V> void read(KafkaSettings kafka, String topic, Deserializer<V> values, BiConsumer<String, V> each) {
    forEach(kafka, topic, values, record -> each.accept(record.key(), record.value()));
  }

  /** Every record with its raw value, in order per partition: what the topic holds, for a check to decode. */
  public static List<ConsumerRecord<String, byte[]>> records(KafkaSettings kafka, String topic) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    forEach(kafka, topic, new ByteArrayDeserializer(), records::add);
    return records;
  }

  private static <V> void forEach(KafkaSettings kafka, String topic, Deserializer<V> values,
      Consumer<ConsumerRecord<String, V>> each) {
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(kafka.consumer(null), new StringDeserializer(),
        values)) {
      List<TopicPartition> partitions = partitions(consumer, topic);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read " + topic + " to its end within " + DEADLINE);
        }
        for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            each.accept(record);
          }
        }
      }
    }
  }

  /** The topic's partitions; a missing topic is named with the command that creates it. */
  public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic);
    if (infos == null || infos.isEmpty()) {
      throw new IllegalStateException("Topic " + topic + " does not exist; `reporting topics` creates it");
    }
    return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
  }
}
