package org.industrialreporting.producers.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.kafka.KafkaOperationException;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the registry topics into a {@link RegistryView}: to their end once ({@link #catchUp}, for a command that
 * validates a file) and then, if asked, on in the background ({@link #follow}, for the intake). Keys are
 * registry keys ({@code TopicKeys}); values are not decoded, since a tombstone (null) is all that matters, so
 * half a million enterprises read in seconds and without the Schema Registry. No consumer group: every reader
 * reads everything.
 */
public final class RegistryFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RegistryFollower.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final int PROGRESS_EVERY = 50_000;

  /** Told how far the first read has come. */
  @FunctionalInterface
  public interface Progress {
    void read(long records, long total);
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final String enterpriseTopic;
  private final String parkTopic;
  private final RegistryView view = new RegistryView();
  private volatile boolean closing;
  private Thread follower;

  private RegistryFollower(KafkaConsumer<String, byte[]> consumer, String enterpriseTopic, String parkTopic) {
    this.consumer = consumer;
    this.enterpriseTopic = enterpriseTopic;
    this.parkTopic = parkTopic;
  }

  /**
   * A reader of the park registry and, if {@code withEnterprises}, the enterprise registry.
   *
   * @throws KafkaOperationException when a registry topic does not exist
   */
  public static RegistryFollower open(KafkaSettings kafka, TopicCatalog topics, boolean withEnterprises,
      String clientId) {
    Map<String, Object> config = kafka.consumer(null);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20_000);
    config.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    RegistryFollower follower = new RegistryFollower(consumer, topics.enterpriseRegistry().name(),
        topics.parkRegistry().name());
    try {
      List<String> names = withEnterprises ? List.of(follower.parkTopic, follower.enterpriseTopic)
          : List.of(follower.parkTopic);
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : names) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
          throw new KafkaOperationException("The cluster " + kafka.bootstrapServers() + " has no topic " + topic
              + "; create the topics with 'reporting topics --bootstrap-servers ...'", null);
        }
        infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      return follower;
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
  }

  /** What has been read so far; kept up to date while following. */
  public RegistryView view() {
    return view;
  }

  /**
   * Reads every registry record up to the end the topics have now; then the view is as current as they are.
   *
   * @throws KafkaOperationException when that takes longer than {@code timeout}
   */
  public void catchUp(Duration timeout, Progress progress) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
    long total = 0;
    for (TopicPartition partition : end.keySet()) {
      total += end.get(partition) - consumer.position(partition);
    }
    long read = 0;
    long reported = 0;
    Map<TopicPartition, Long> remaining = new HashMap<>(end);
    remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
    progress.read(0, total);
    while (!remaining.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new KafkaOperationException("Reading the registry topics took longer than " + timeout.toSeconds()
            + " s (" + read + " of about " + total + " records read)", null);
      }
      read += apply(consumer.poll(POLL));
      remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      if (read - reported >= PROGRESS_EVERY) {
        progress.read(read, total);
        reported = read;
      }
    }
    progress.read(total, total);
    log.info("Registry read: {} enterprises, {} parks", view.enterpriseCount(), view.parkCount());
  }

  /** Keeps reading in a background thread; {@code onFailure} hears if it has to stop. */
  public void follow(Consumer<Throwable> onFailure) {
    follower = new Thread(() -> {
      try {
        while (!closing) {
          apply(consumer.poll(POLL));
        }
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        log.error("Stopped following the registry topics: {}", e.toString());
        onFailure.accept(e);
      }
    }, "registry-follower");
    follower.setDaemon(true);
    follower.start();
  }

  private int apply(Iterable<ConsumerRecord<String, byte[]>> records) {
    int count = 0;
    for (ConsumerRecord<String, byte[]> record : records) {
      count++;
      if (record.key() == null) {
        log.warn("Skipped a registry record without a key at {}-{}@{}", record.topic(), record.partition(),
            record.offset());
      } else if (record.topic().equals(enterpriseTopic)) {
        view.enterprise(record.key(), record.value() != null);
      } else {
        view.park(record.key(), record.value() != null);
      }
    }
    return count;
  }

  @Override
  public void close() {
    closing = true;
    if (follower != null) {
      consumer.wakeup();
      try {
        follower.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (follower == null || !follower.isAlive()) {
      consumer.close(Duration.ofSeconds(5));
    }
  }
}
