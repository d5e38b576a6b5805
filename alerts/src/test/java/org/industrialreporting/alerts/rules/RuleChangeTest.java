package org.industrialreporting.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.junit.jupiter.api.Test;

class RuleChangeTest {

  private final RuleBook current = RuleBook.of(List.of(AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.INTENSITY_JUMP))
      .setIndustryPrefix("C3").setRedZ(20.0).setNote("制造业").build()));

  @Test
  void fieldsNotGivenKeepTheValuesOfTheRuleInForceForThatScope() {
    AlertRule rule = new RuleChange(Map.of("kind", "INTENSITY_JUMP", "industry_prefix", "C30", "yellow_z", 6))
        .against(current);

    assertThat(rule.getIndustryPrefix()).isEqualTo("C30");
    assertThat(rule.getYellowZ()).isEqualTo(6.0);
    assertThat(rule.getRedZ()).isEqualTo(20.0); // from the C3 rule in force for C30 now
    assertThat(rule.getMinChangeBp()).isEqualTo(2_000);
    assertThat(rule.getNote()).isNull();
  }

  @Test
  void everyProblemIsNamed() {
    assertThatThrownBy(() -> new RuleChange(Map.of("kind", "STOPPAGE", "yellowz", 6)))
        .hasMessageContaining("Unknown rule fields [yellowz]").hasMessageContaining("yellow_z");
    assertThatThrownBy(() -> new RuleChange(Map.of("yellow_z", 6))).hasMessageContaining("needs its kind");
    assertThatThrownBy(() -> new RuleChange(Map.of("kind", "SPIKE")).against(current))
        .hasMessageContaining("kind must be one of");
    assertThatThrownBy(() -> new RuleChange(Map.of("kind", "ENERGY_RISE", "yellow_z", "high")).against(current))
        .hasMessageContaining("yellow_z must be double");
    assertThatThrownBy(() -> new RuleChange(Map.of("kind", "ENERGY_RISE", "yellow_z", 12, "district_code", "3304"))
        .against(current))
        .hasMessageContaining("red_z at least yellow_z").hasMessageContaining("district_code must be 6 digits");
    assertThatThrownBy(() -> new RuleChange(Map.of("kind", "ROLLUP_SWING", "indicator", "profit")).against(current))
        .hasMessageContaining("energy_tce or output_value");
  }
}
