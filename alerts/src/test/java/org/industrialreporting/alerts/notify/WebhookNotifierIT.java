package org.industrialreporting.alerts.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.alerts.Alerts;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Severity;
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

@ExtendWith(SharedKafka.class)
class WebhookNotifierIT {

  private final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @Test
  void aReceiverThatWasDownGetsEveryAlertLaterInOrderAndARestartSendsNothingTwice(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    String prefix = TestNames.prefix(test);
    KafkaSettings cluster = KafkaSettings.of(kafka.bootstrapServers());
    String topic = createAlertTopic(cluster, prefix);
    AnomalyAlert opened = Alerts.energyRise(Severity.RED, 3_250_000);
    AnomalyAlert updated = AlertRecords.reconcile(List.of(opened), List.of(Alerts.energyRise(Severity.YELLOW,
        2_000_000)), Alerts.AT, ClearReason.CORRECTION).get(0);
    AnomalyAlert cleared = AlertRecords.reconcile(List.of(updated), List.of(), Alerts.AT, ClearReason.CORRECTION)
        .get(0);
    publish(cluster, topic, opened, Alerts.stoppage(), updated, Alerts.budgetOverrun(), cleared);

    try (WebhookReceiver receiver = new WebhookReceiver(3)) {
      WebhookNotifier.Settings settings = new WebhookNotifier.Settings(List.of(receiver.uri()), prefix + "notifier",
          Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
      WebhookNotifier notifier = start(cluster, topic, settings);
      await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() == 5);
      notifier.close();

      Map<String, List<String>> byScope = receiver.accepted().stream().collect(Collectors.groupingBy(
          d -> d.idempotencyKey().split("\\|")[1],
          Collectors.mapping(WebhookReceiver.Delivery::idempotencyKey, Collectors.toList())));
      assertThat(byScope.get(Alerts.SOLAR.id())).containsExactly(
          "ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE|OPEN|1",
          "ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE|OPEN|2",
          "ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE|CLEARED|3");
      assertThat(byScope.get(Alerts.DYEING.id())).containsExactly(
          "ENTERPRISE|91330411MA001AFQ31|2026-09|STOPPAGE|OPEN|1",
          "ENTERPRISE|91330411MA001AFQ31|2026|BUDGET_OVERRUN|OPEN|1");
      assertThat(receiver.accepted().get(0).body()).contains("\"alert_id\":\"");
      assertThat(receiver.requests()).isEqualTo(5 + 3);
      assertThat(committed(cluster, prefix + "notifier", topic)).isEqualTo(endOffsets(cluster, topic));

      // A restart of the group resumes after the last delivered alert: only the new one is sent.
      WebhookNotifier restarted = start(cluster, topic, settings);
      publish(cluster, topic, Alerts.changshuOutputFall());
      await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() == 6);
      restarted.close();
      assertThat(receiver.requests()).isEqualTo(6 + 3);
      assertThat(receiver.accepted().get(5).idempotencyKey()).startsWith("ENTERPRISE|" + Alerts.CHANGSHU.id());
    }
    assertThat(failure.get()).isNull();
  }

  @Test
  void bulletinsAreDeliveredBesideTheAlertsOnlyForTheDistrictsAskedFor(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    String prefix = TestNames.prefix(test);
    KafkaSettings cluster = KafkaSettings.of(kafka.bootstrapServers());
    TopicCatalog topics = new TopicCatalog(prefix, 2);
    try (Admin admin = Admin.create(cluster.admin("test"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30))
          .ensure(List.of(topics.anomalyAlerts(), topics.bulletins()));
    }
    publish(cluster, topics.anomalyAlerts().name(), Alerts.stoppage());
    try (KafkaProducer<String, BulletinRevision> producer = new KafkaProducer<>(cluster.producer("test"),
        new StringSerializer(), serdes.value(BulletinRevision.class).serializer())) {
      for (BulletinRevision bulletin : List.of(bulletin("330411", 1), bulletin("320581", 1), bulletin("330411", 2))) {
        producer.send(new ProducerRecord<>(topics.bulletins().name(), bulletin.getBulletinId(), bulletin)).get();
      }
    }

    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      WebhookNotifier.Settings settings = new WebhookNotifier.Settings(List.of(receiver.uri()), prefix + "notifier",
          Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
      Set<String> xiuzhou = Set.of("330411");
      AlertFilter filter = new AlertFilter(xiuzhou, Set.of(), Set.of(), Set.of());
      try (WebhookNotifier notifier = WebhookNotifier.start(cluster, List.of(
          Feed.alerts(topics.anomalyAlerts().name(), serdes.value(AnomalyAlert.class).deserializer(), filter),
          Feed.bulletins(topics.bulletins().name(), serdes.value(BulletinRevision.class).deserializer(), xiuzhou)),
          settings, failure::set)) {
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() == 3);
        Thread.sleep(500); // Changshu's bulletin would have come by now
      }
      assertThat(receiver.accepted()).extracting(WebhookReceiver.Delivery::idempotencyKey).containsExactlyInAnyOrder(
          "ENTERPRISE|91330411MA001AFQ31|2026-09|STOPPAGE|OPEN|1", "BULLETIN|330411|2026-09|1",
          "BULLETIN|330411|2026-09|2");
      List<String> bulletins = receiver.accepted().stream().map(WebhookReceiver.Delivery::idempotencyKey)
          .filter(k -> k.startsWith("BULLETIN")).toList();
      assertThat(bulletins).containsExactly("BULLETIN|330411|2026-09|1", "BULLETIN|330411|2026-09|2");
      assertThat(receiver.accepted().stream().filter(d -> d.idempotencyKey().endsWith("|2")).findFirst().orElseThrow()
          .body()).contains("\"markdown\":\"# 秀洲区", "\"revision\":2");
    }
    assertThat(failure.get()).isNull();
  }

  private static BulletinRevision bulletin(String district, int revision) {
    return BulletinRevision.newBuilder().setBulletinId(district + "|2026-09").setDistrictCode(district)
        .setDistrictName(district.equals("330411") ? "秀洲区" : "常熟市").setPeriod("2026-09").setRevision(revision)
        .setTitle("通报").setContentSha256("r" + revision).setExpected(3).setReported(3).setProvisional(false)
        .setMarkdown("# " + (district.equals("330411") ? "秀洲区" : "常熟市") + " r" + revision).build();
  }

  private WebhookNotifier start(KafkaSettings cluster, String topic, WebhookNotifier.Settings settings) {
    return WebhookNotifier.start(cluster, List.of(Feed.alerts(topic, serdes.value(AnomalyAlert.class).deserializer(),
        AlertFilter.all())), settings, failure::set);
  }

  private static String createAlertTopic(KafkaSettings cluster, String prefix) {
    TopicCatalog topics = new TopicCatalog(prefix, 2);
    try (Admin admin = Admin.create(cluster.admin("test"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(List.of(topics.anomalyAlerts()));
    }
    return topics.anomalyAlerts().name();
  }

  private void publish(KafkaSettings cluster, String topic, AnomalyAlert... alerts) throws Exception {
    try (KafkaProducer<String, AnomalyAlert> producer = new KafkaProducer<>(cluster.producer("test"),
        new StringSerializer(), serdes.value(AnomalyAlert.class).serializer())) {
      for (AnomalyAlert alert : alerts) {
        producer.send(new ProducerRecord<>(topic, alert.getScopeId(), alert)).get();
      }
    }
  }

  private static Map<TopicPartition, Long> committed(KafkaSettings cluster, String group, String topic)
      throws Exception {
    try (Admin admin = Admin.create(cluster.admin("test"))) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
          .filter(e -> e.getKey().topic().equals(topic))
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
  }

  private static Map<TopicPartition, Long> endOffsets(KafkaSettings cluster, String topic) throws Exception {
    try (Admin admin = Admin.create(cluster.admin("test"))) {
      Map<TopicPartition, OffsetSpec> latest = Map.of(new TopicPartition(topic, 0), OffsetSpec.latest(),
          new TopicPartition(topic, 1), OffsetSpec.latest());
      return admin.listOffsets(latest).all().get().entrySet().stream()
          .filter(e -> e.getValue().offset() > 0)
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
  }
}
