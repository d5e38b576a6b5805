package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker with exactly-once: a report record that cannot be decoded lands on the dead-letter topic, in the
 * same transaction as the rest of the task's output, as a RejectedReport with its bytes and place, and the
 * application keeps running.
 */
@ExtendWith(SharedKafka.class)
class DeadLettersIT {

  @Test
  void anUndecodableReportLandsOnTheDeadLetterTopic(EmbeddedKafka kafka, TestInfo test, @TempDir Path state)
      throws Exception {
    String prefix = TestNames.prefix(test);
    TopicCatalog topics = new TopicCatalog(prefix, 1);
    KafkaSettings settings = KafkaSettings.of(kafka.bootstrapServers());
    try (Admin admin = Admin.create(settings.admin("dead-letters-it"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(topics.all());
    }
    AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
    RollupTopology topology = new RollupTopology(topics, serdes, ReportRules.defaults(Clock.systemUTC()),
        StreamsSettings.defaults(state).withApplicationId(prefix + "rollups"));
    Properties props = topology.properties(settings);
    byte[] garbage = "{\"credit_code\":\"not avro\"}".getBytes(StandardCharsets.UTF_8);

    try (StreamsRunner streams = StreamsRunner.start(topology.build(props), props, e -> { })) {
      assertThat(streams.awaitRunning(Duration.ofSeconds(60))).isTrue();
      try (var producer = new KafkaProducer<>(settings.producer("dead-letters-it"), new StringSerializer(),
          new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(topics.indicatorReports().name(), "91330411MA2B3C4D5E", garbage)).get();
      }
      try (var consumer = new KafkaConsumer<>(settings.consumer(prefix + "reader"), new StringDeserializer(),
          serdes.value(RejectedReport.class).deserializer())) {
        consumer.subscribe(List.of(topics.rejectedReports().name()));
        RejectedReport[] dead = new RejectedReport[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> dead[0] = r.value());
          return dead[0] != null;
        });
        assertThat(dead[0].getSource()).isEqualTo("streams");
        assertThat(dead[0].getOrigin()).isEqualTo(topics.indicatorReports().name() + "-0@0");
        assertThat(dead[0].getCreditCode()).isEqualTo("91330411MA2B3C4D5E");
        assertThat(dead[0].getRaw()).isEqualTo(ByteBuffer.wrap(garbage));
        assertThat(dead[0].getReasons()).extracting(RejectionReason::getCode).containsExactly("NOT_DESERIALIZABLE");
      }
      assertThat(streams.streams().state().isRunningOrRebalancing()).isTrue();
    }
  }
}
