package org.industrialreporting.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKafka.class)
class AvroRoundTripIT {

  private final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());

  @Test
  void monthlyReportRoundTripsThroughItsTopic(EmbeddedKafka kafka, TestInfo test) throws Exception {
    KafkaSettings settings = KafkaSettings.of(kafka.bootstrapServers());
    TopicSpec<String, MonthlyReport> topic = provision(settings, test).indicatorReports();
    Serde<MonthlyReport> serde = serdes.value(topic.valueType());
    MonthlyReport report = MonthlyReport.newBuilder()
        .setCreditCode("91330411MA2B3C4D5E").setPeriod("2026-09").setRevision(1L)
        .setSubmittedAt(Instant.parse("2026-10-08T02:00:00Z")).setSource("test")
        .setOutputValueYuan(47_500_000_000L).setValueAddedYuan(10_520_000_000L).setRevenueYuan(1L)
        .setProfitYuan(-1L).setTaxYuan(0L).setEnergyKgce(123_456L).setElectricityKwh(7L)
        .setEmployees(511).setRdExpenseYuan(0L).setExportValueYuan(0L)
        .build();

    try (var producer = new KafkaProducer<>(settings.producer("round-trip"), new StringSerializer(), serde.serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), report.getCreditCode(), report)).get();
    }
    try (var consumer = new KafkaConsumer<>(settings.consumer(TestNames.prefix(test)), new StringDeserializer(),
        serde.deserializer())) {
      consumer.subscribe(List.of(topic.name()));
      List<ConsumerRecord<String, MonthlyReport>> records = pollUntil(consumer, 1);
      assertThat(records).singleElement().satisfies(r -> {
        assertThat(r.key()).isEqualTo("91330411MA2B3C4D5E");
        assertThat(r.value()).isEqualTo(report);
      });
    }
  }

  @Test
  void aRecordNotInTheWireFormatIsNamedByTopicPartitionAndOffset(EmbeddedKafka kafka, TestInfo test) throws Exception {
    KafkaSettings settings = KafkaSettings.of(kafka.bootstrapServers());
    TopicSpec<String, MonthlyReport> topic = provision(settings, test).indicatorReports();
    try (var producer = new KafkaProducer<>(settings.producer("not-avro"), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic.name(), 0, "k", "91330411MA2B3C4D5E,2026-09".getBytes())).get();
    }
    try (var consumer = new KafkaConsumer<>(settings.consumer(TestNames.prefix(test)), new StringDeserializer(),
        serdes.value(MonthlyReport.class).deserializer())) {
      consumer.subscribe(List.of(topic.name()));
      assertThatThrownBy(() -> pollUntil(consumer, 1))
          .isInstanceOfSatisfying(RecordDeserializationException.class, e -> {
            assertThat(e.topicPartition().topic()).isEqualTo(topic.name());
            assertThat(e.offset()).isZero();
            assertThat(e.getMessage()).contains(topic.name() + "-0").contains("offset 0");
            assertThat(e.getCause()).hasMessageContaining("not in the Confluent Avro wire format");
          });
    }
  }

  private static TopicCatalog provision(KafkaSettings settings, TestInfo test) {
    TopicCatalog catalog = new TopicCatalog(TestNames.prefix(test), 1);
    try (Admin admin = Admin.create(settings.admin("round-trip"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(catalog.all());
    }
    return catalog;
  }

  private static <V> List<ConsumerRecord<String, V>> pollUntil(KafkaConsumer<String, V> consumer, int count) {
    List<ConsumerRecord<String, V>> records = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (records.size() < count && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return records;
  }
}
