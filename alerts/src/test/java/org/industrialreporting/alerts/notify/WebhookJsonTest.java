package org.industrialreporting.alerts.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrialreporting.alerts.Alerts;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class WebhookJsonTest {

  @Test
  void anAlertIsAFlatJsonObjectWithTheSchemasFieldNames() throws Exception {
    AnomalyAlert alert = Alerts.energyRise(Severity.RED, 3_250_000);

    JsonNode json = new ObjectMapper().readTree(WebhookJson.of(alert));

    assertThat(json.get("alert_id").asText()).isEqualTo("ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE");
    assertThat(json.get("status").asText()).isEqualTo("OPEN");
    assertThat(json.get("severity").asText()).isEqualTo("RED");
    assertThat(json.get("current_value").asLong()).isEqualTo(3_250_000);
    assertThat(json.get("change_bp").asInt()).isEqualTo(15_000);
    assertThat(json.get("score").asDouble()).isEqualTo(12.4);
    assertThat(json.get("industry_code").asText()).isEqualTo("C3825");
    assertThat(json.get("detected_at").asText()).isEqualTo("2026-10-08T01:00:00Z");
    assertThat(json.get("explanation").asText()).isEqualTo(alert.getExplanation());
    assertThat(json.size()).isEqualTo(AnomalyAlert.getClassSchema().getFields().size());
    assertThat(WebhookJson.idempotencyKey(alert)).isEqualTo("ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE|OPEN|1");
  }

  @Test
  void aBulletinKeepsItsMapsAndListsAsJsonObjectsAndArrays() throws Exception {
    BulletinRevision bulletin = BulletinRevision.newBuilder().setBulletinId("330411|2026-09").setDistrictCode("330411")
        .setDistrictName("秀洲区").setPeriod("2026-09").setRevision(2).setTitle("秀洲区2026年9月工业经济与能源运行通报（修订 2）")
        .setContentSha256("ab").setSectionSha256(Map.of("一、主要指标", "cd")).setHeadline(Map.of("报送情况", "应报 3 家，已报 3 家"))
        .setExpected(3).setReported(3).setProvisional(false).setChanges(List.of("报送情况：应报 3 家，已报 2 家 → 应报 3 家，已报 3 家"))
        .setMarkdown("# 秀洲区").build();

    JsonNode json = new ObjectMapper().readTree(WebhookJson.of(bulletin));

    assertThat(json.get("revision").asInt()).isEqualTo(2);
    assertThat(json.get("provisional").asBoolean()).isFalse();
    assertThat(json.get("headline").get("报送情况").asText()).isEqualTo("应报 3 家，已报 3 家");
    assertThat(json.get("changes").get(0).asText()).startsWith("报送情况：");
    assertThat(json.get("markdown").asText()).isEqualTo("# 秀洲区");
    assertThat(WebhookJson.idempotencyKey(bulletin)).isEqualTo("BULLETIN|330411|2026-09|2");
  }
}
