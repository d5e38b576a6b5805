package org.industrialreporting.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {

  @Test
  void namesAreThoseOfTheDesign() {
    assertThat(TopicCatalog.defaults().all()).extracting(TopicSpec::name).containsExactly(
        "enterprise-registry", "park-registry", "targets", "indicator-reports", "park-reports",
        "indicator-reports-rejected", "rollups-district", "rollups-park", "rollups-town",
        "rollups-industry", "anomaly-alerts", "alert-rules", "bulletins");
  }

  @Test
  void prefixAppliesToEveryTopic() {
    assertThat(new TopicCatalog("test-7-", 2).all()).allSatisfy(spec -> assertThat(spec.name()).startsWith("test-7-"));
  }

  @Test
  void topicsJoinedByCreditCodeAreCoPartitioned() {
    TopicCatalog catalog = new TopicCatalog("", 12);
    assertThat(catalog.enterpriseRegistry().partitions()).isEqualTo(12)
        .isEqualTo(catalog.indicatorReports().partitions());
  }

  @Test
  void registriesAreCompactedAndInputsKeptForever() {
    TopicCatalog catalog = TopicCatalog.defaults();
    assertThat(catalog.enterpriseRegistry().configs()).containsEntry("cleanup.policy", "compact");
    assertThat(catalog.allRollups()).allSatisfy(rollups ->
        assertThat(rollups.configs()).containsEntry("cleanup.policy", "compact"));
    assertThat(catalog.indicatorReports().configs())
        .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
    assertThat(catalog.rejectedReports().configs()).containsEntry("cleanup.policy", "delete");
    assertThat(catalog.alertRules().configs()).containsEntry("cleanup.policy", "compact");
    assertThat(catalog.alertRules().partitions()).isEqualTo(1);
  }

  @Test
  void eachScopeTypeHasItsRollupTopic() {
    TopicCatalog catalog = TopicCatalog.defaults();
    assertThat(java.util.Arrays.stream(org.industrialreporting.avro.ScopeType.values()).map(catalog::rollups))
        .containsExactlyElementsOf(catalog.allRollups());
    assertThat(catalog.rollups(org.industrialreporting.avro.ScopeType.TOWN).name()).isEqualTo("rollups-town");
  }

  @Test
  void refusesNamesThatAreNotKebabCase() {
    assertThatThrownBy(() -> new TopicSpec<>("indicator_reports", String.class, String.class, 1, Map.of(), ""))
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> new TopicSpec<>("indicator.reports", String.class, String.class, 1, Map.of(), ""))
        .hasMessageContaining("kebab-case");
  }
}
