package org.industrialreporting.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker's own life cycle. These two tests start brokers of their own because restarting is what they
 * check; every other test shares the one broker of SharedKafka.
 */
@ExtendWith(SharedKafka.class)
class EmbeddedKafkaIT {

  @Test
  void keepsTopicsAndRecordsAcrossRestartsInAPersistentDirectory(@TempDir Path dir) throws Exception {
    EmbeddedKafka.Settings settings = EmbeddedKafka.Settings.persistent(dir, 0, 0);
    try (EmbeddedKafka kafka = EmbeddedKafka.start(settings)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
      try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(),
          "acks", "all"), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("kept", "913304117046545678", "report")).get();
      }
    }
    assertThat(dir.resolve("kraft-combined-logs/meta.properties")).exists();

    try (EmbeddedKafka restarted = EmbeddedKafka.start(settings)) {
      assertThat(readAll(restarted, "kept")).containsExactly("913304117046545678=report");
    }
    assertThat(dir).as("a persistent directory is kept").exists();
  }

  @Test
  void temporaryDirectoryIsRemovedOnClose() {
    EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.temporary());
    Path dir = kafka.dataDir();
    assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
    kafka.close();
    assertThat(dir).doesNotExist();
  }

  @Test
  void sharedBrokerServesClients(EmbeddedKafka shared) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", shared.bootstrapServers()))) {
      assertThat(admin.describeCluster().nodes().get()).hasSize(1);
    }
  }

  private static List<String> readAll(EmbeddedKafka kafka, String topic) {
    List<String> values = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(new TopicPartition(topic, 0)));
      consumer.seekToBeginning(consumer.assignment());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.key() + "=" + r.value()));
      }
    }
    return values;
  }
}
