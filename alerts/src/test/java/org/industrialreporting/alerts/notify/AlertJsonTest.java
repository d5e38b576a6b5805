package org.industrialreporting.alerts.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.industrialreporting.alerts.Alerts;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class AlertJsonTest {

  @Test
  void anAlertIsAFlatJsonObjectWithTheSchemasFieldNames() throws Exception {
    AnomalyAlert alert = Alerts.energyRise(Severity.RED, 3_250_000);

    JsonNode json = new ObjectMapper().readTree(AlertJson.of(alert));

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
    assertThat(AlertJson.idempotencyKey(alert)).isEqualTo("ENTERPRISE|91330411MA000023BA|2026-09|ENERGY_RISE|OPEN|1");
  }
}
