package org.industrialreporting.bench;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * Publishes a stream of records to a topic as fast as the cluster takes them, with the durability of every
 * producer of the pipeline (idempotent, acks from all in-sync replicas), and reports the rate.
 */
final class Publisher {

  /** How many records went out, in how long. */
  record Published(long records, double seconds) {
    double perSecond() {
      return records / seconds;
    }
  }

  private final KafkaSettings kafka;
  private final AvroSerdes serdes;
  private final Progress progress;

  Publisher(KafkaSettings kafka, AvroSerdes serdes, Progress progress) {
    this.kafka = kafka;
    this.serdes = serdes;
    this.progress = progress;
  }

  /**
   * Sends every record, keyed by {@code key}, passing each to {@code observer} once sent; fails with the first
   * send error after flushing.
   */
  <V extends SpecificRecord> Published publish(String what, TopicSpec<String, V> topic, Iterator<V> records,
      Function<V, String> key, Consumer<V> observer) {
    Map<String, Object> config = kafka.producer("bench-publisher");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
    AtomicReference<Exception> failure = new AtomicReference<>();
    long start = System.nanoTime();
    long count = 0;
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), serdes.value(topic.valueType()).serializer())) {
      while (records.hasNext() && failure.get() == null) {
        V record = records.next();
        producer.send(new ProducerRecord<>(topic.name(), key.apply(record), record), (metadata, e) -> {
          if (e != null) {
            failure.compareAndSet(null, e);
          }
        });
        observer.accept(record);
        if (++count % 50_000 == 0) {
          progress.update(what, count);
        }
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("Publishing " + what + " to " + topic.name() + " failed: " + failure.get(),
          failure.get());
    }
    Published published = new Published(count, (System.nanoTime() - start) / 1e9);
    progress.done(what, count, published.perSecond());
    return published;
  }
}
