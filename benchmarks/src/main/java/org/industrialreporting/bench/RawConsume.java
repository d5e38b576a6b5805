package org.industrialreporting.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * The ceiling on this machine and topic: a plain consumer reading the input topic from the beginning,
 * read_committed, decoding every record and discarding it. Nothing downstream can read faster.
 */
final class RawConsume {

  private RawConsume() {
  }

  /** Reads {@code records} records of the topic and returns the rate. */
  static double reportsPerSecond(KafkaSettings kafka, AvroSerdes serdes, TopicSpec<String, MonthlyReport> topic,
      long records) {
    Map<String, Object> config = kafka.consumer(null);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(),
        serdes.value(MonthlyReport.class).deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long start = System.nanoTime();
      long read = 0;
      long checksum = 0; // keeps the decoding from being optimised away
      while (read < records) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          checksum += record.value().getOutputValueYuan();
          read++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return checksum == Long.MIN_VALUE ? 0 : read / seconds;
    }
  }
}
