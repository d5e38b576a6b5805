package org.industrialreporting.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKafka.class)
class TopicProvisionerIT {

  @Test
  void createsEveryTopicWithItsSettings(EmbeddedKafka kafka, TestInfo test) throws Exception {
    TopicCatalog catalog = new TopicCatalog(TestNames.prefix(test), 3);
    try (Admin admin = admin(kafka)) {
      TopicProvisioner.Result result = provisioner(admin).ensure(catalog.all());

      assertThat(result.created()).containsExactlyInAnyOrderElementsOf(names(catalog));
      List<ConfigResource> resources = catalog.all().stream()
          .map(s -> new ConfigResource(ConfigResource.Type.TOPIC, s.name())).toList();
      // A new topic's metadata reaches the broker's cache a moment after creation returns.
      await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        Map<String, TopicDescription> topics = admin.describeTopics(names(catalog)).allTopicNames().get();
        for (TopicSpec<String, ?> spec : catalog.all()) {
          Config actual = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
          spec.configs().forEach((key, value) ->
              assertThat(actual.get(key)).as(spec.name() + " " + key).extracting(ConfigEntry::value).isEqualTo(value));
          assertThat(topics.get(spec.name()).partitions()).as(spec.name() + " partitions").hasSize(spec.partitions());
        }
      });
    }
  }

  @Test
  void secondRunChangesNothing(EmbeddedKafka kafka, TestInfo test) {
    TopicCatalog catalog = new TopicCatalog(TestNames.prefix(test), 2);
    try (Admin admin = admin(kafka)) {
      provisioner(admin).ensure(catalog.all());
      TopicProvisioner.Result again = provisioner(admin).ensure(catalog.all());

      assertThat(again.created()).isEmpty();
      assertThat(again.mismatches()).isEmpty();
      assertThat(again.matching()).containsExactlyInAnyOrderElementsOf(names(catalog));
    }
  }

  @Test
  void reportsTopicsThatExistWithOtherSettings(EmbeddedKafka kafka, TestInfo test) throws Exception {
    TopicCatalog catalog = new TopicCatalog(TestNames.prefix(test), 2);
    String reports = catalog.indicatorReports().name();
    try (Admin admin = admin(kafka)) {
      admin.createTopics(List.of(new NewTopic(reports, 1, (short) 1)
          .configs(Map.of("retention.ms", "86400000")))).all().get();

      TopicProvisioner.Result result = provisioner(admin).ensure(catalog.all());

      assertThat(result.consistent()).isFalse();
      assertThat(result.mismatches()).extracting(TopicProvisioner.Mismatch::topic).containsOnly(reports);
      assertThat(result.mismatches()).extracting(TopicProvisioner.Mismatch::setting)
          .containsExactlyInAnyOrder("partitions", "retention.ms");
      assertThat(result.created()).hasSize(catalog.all().size() - 1).doesNotContain(reports);
    }
  }

  private static TopicProvisioner provisioner(Admin admin) {
    return new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30));
  }

  private static Admin admin(EmbeddedKafka kafka) {
    return Admin.create(KafkaSettings.of(kafka.bootstrapServers()).admin("topic-provisioner-it"));
  }

  private static List<String> names(TopicCatalog catalog) {
    return catalog.all().stream().map(TopicSpec::name).collect(Collectors.toList());
  }
}
