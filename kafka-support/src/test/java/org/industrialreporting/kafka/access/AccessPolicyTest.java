package org.industrialreporting.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.industrialreporting.kafka.TopicCatalog;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final TopicCatalog TOPICS = new TopicCatalog("p-", 6);

  private static AccessPolicy policy(boolean demo) {
    return new AccessPolicy(TOPICS, "p-rollups", "p-rollups-enterprise-ledger-store-changelog", "p-notifier", "_schemas",
        "schema-registry", demo);
  }

  /** The roles that may write (or do anything to) a topic. */
  private static Set<KafkaRole> writers(AccessPolicy policy, String topic) {
    return policy.all().entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(b -> covers(b, topic)
            && Set.of(AclOperation.WRITE, AclOperation.ALL).contains(b.entry().operation())))
        .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
  }

  private static boolean covers(AclBinding binding, String topic) {
    var pattern = binding.pattern();
    return pattern.resourceType() == ResourceType.TOPIC && (pattern.patternType() == PatternType.LITERAL
        ? pattern.name().equals(topic) : topic.startsWith(pattern.name()));
  }

  @Test
  void onlyTheIntakeAndSubmitWriteTheReportTopicsAndOnlyStreamsTheRollups() {
    AccessPolicy policy = policy(false);

    for (String reports : List.of("p-indicator-reports", "p-park-reports")) {
      assertThat(writers(policy, reports)).as(reports).containsExactlyInAnyOrder(KafkaRole.INTAKE,
          KafkaRole.SUBMITTER);
    }
    for (String output : List.of("p-rollups-district", "p-rollups-park", "p-rollups-town", "p-rollups-industry")) {
      assertThat(writers(policy, output)).as(output).containsExactly(KafkaRole.STREAMS);
    }
    assertThat(writers(policy, "p-anomaly-alerts")).as("the dashboard writes the 催报 notices")
        .containsExactlyInAnyOrder(KafkaRole.STREAMS, KafkaRole.DASHBOARD);
    assertThat(writers(policy, "p-enterprise-registry")).containsExactlyInAnyOrder(KafkaRole.SETUP, KafkaRole.INTAKE);
    assertThat(writers(policy, "p-alert-rules")).containsExactly(KafkaRole.SETUP);
    assertThat(writers(policy, "p-rollups-enterprise-ledger-store-changelog")).containsExactly(KafkaRole.STREAMS);
    assertThat(writers(policy, "_schemas")).containsExactly(KafkaRole.SCHEMA_REGISTRY);
    assertThat(writers(policy(true), "p-indicator-reports")).as("setup --demo loads the demo world's reports")
        .containsExactlyInAnyOrder(KafkaRole.INTAKE, KafkaRole.SUBMITTER, KafkaRole.SETUP);
  }

  @Test
  void theNotifierOnlyReadsAndTheDashboardWritesNothingButItsNoticesAndBulletins() {
    assertThat(policy(true).bindings(KafkaRole.NOTIFIER))
        .extracting(b -> b.entry().operation()).containsOnly(AclOperation.READ, AclOperation.DESCRIBE);
    assertThat(policy(true).bindings(KafkaRole.NOTIFIER)).filteredOn(b -> b.entry().operation() == AclOperation.READ)
        .extracting(b -> b.pattern().name()).contains("p-anomaly-alerts", "p-bulletins");
    assertThat(policy(true).bindings(KafkaRole.DASHBOARD)).filteredOn(b -> b.entry().operation() != AclOperation.READ
        && b.entry().operation() != AclOperation.DESCRIBE)
        .extracting(b -> b.entry().operation() + " " + b.pattern().name())
        .containsExactlyInAnyOrder("WRITE p-anomaly-alerts", "WRITE p-bulletins");
    assertThat(policy(false).bindings(KafkaRole.DASHBOARD)).anySatisfy(b -> {
      assertThat(b.pattern().name()).isEqualTo("p-alert-rules");
      assertThat(b.entry().operation()).isEqualTo(AclOperation.READ);
    });
    assertThat(policy(false).bindings(KafkaRole.NOTIFIER)).filteredOn(b -> b.pattern().resourceType()
        == ResourceType.GROUP).singleElement().satisfies(b -> assertThat(b.pattern().name()).isEqualTo("p-notifier"));
  }

  @Test
  void theDashboardReadsEveryRollupTopic() {
    for (String rollups : List.of("p-rollups-district", "p-rollups-park", "p-rollups-town", "p-rollups-industry")) {
      assertThat(policy(false).bindings(KafkaRole.DASHBOARD)).as(rollups)
          .anyMatch(b -> covers(b, rollups) && b.entry().operation() == AclOperation.READ);
    }
  }

  @Test
  void eachRoleIsAUserOfItsName() {
    assertThat(KafkaRole.SCHEMA_REGISTRY.principal()).isEqualTo("User:schema-registry");
    assertThat(policy(false).bindings(KafkaRole.STREAMS)).allSatisfy(b ->
        assertThat(b.entry().principal()).isEqualTo("User:streams"));
  }
}
