package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  private static AlertRule rule(AlertKind kind, String indicator, String district, String industry) {
    return AlertRule.newBuilder(DefaultAlertRules.of(kind)).setIndicator(indicator).setDistrictCode(district)
        .setIndustryPrefix(industry).build();
  }

  private final RuleBook rules = RuleBook.of(List.of(
      rule(AlertKind.INTENSITY_JUMP, null, null, "C3"),
      rule(AlertKind.INTENSITY_JUMP, null, null, "C30"),
      rule(AlertKind.INTENSITY_JUMP, null, "330411", null),
      rule(AlertKind.INTENSITY_JUMP, null, "330411", "C30"),
      rule(AlertKind.ROLLUP_SWING, "energy_tce", null, null),
      rule(AlertKind.ROLLUP_SWING, null, "330411", null)));

  private String keyFor(AlertKind kind, String indicator, String district, String industry) {
    return rules.ruleFor(kind, indicator, district, industry).key();
  }

  @Test
  void theLongestIndustryPrefixThenTheDistrictThenTheIndicatorWins() {
    assertThat(keyFor(AlertKind.INTENSITY_JUMP, null, "330411", "C3011")).isEqualTo("INTENSITY_JUMP|*|330411|C30");
    assertThat(keyFor(AlertKind.INTENSITY_JUMP, null, "320581", "C3011")).isEqualTo("INTENSITY_JUMP|*|*|C30");
    assertThat(keyFor(AlertKind.INTENSITY_JUMP, null, "330411", "C3825")).isEqualTo("INTENSITY_JUMP|*|*|C3");
    assertThat(keyFor(AlertKind.INTENSITY_JUMP, null, "330411", "C1713")).isEqualTo("INTENSITY_JUMP|*|330411|*");
    assertThat(keyFor(AlertKind.INTENSITY_JUMP, null, "500154", "C1713")).isEqualTo("INTENSITY_JUMP|*|*|*");
    assertThat(keyFor(AlertKind.ROLLUP_SWING, "energy_tce", "330411", null)).isEqualTo("ROLLUP_SWING|*|330411|*");
    assertThat(keyFor(AlertKind.ROLLUP_SWING, "energy_tce", "500154", null)).isEqualTo("ROLLUP_SWING|energy_tce|*|*");
    assertThat(keyFor(AlertKind.ROLLUP_SWING, "output_value", "500154", null)).isEqualTo("ROLLUP_SWING|*|*|*");
  }

  @Test
  void everyKindHasItsDefault() {
    assertThat(RuleBook.defaults().rules()).hasSize(AlertKind.values().length);
    assertThat(RuleBook.defaults().ruleFor(AlertKind.STOPPAGE, null, "330411", "C3011").rule())
        .isEqualTo(DefaultAlertRules.of(AlertKind.STOPPAGE));
  }

  @Test
  void theFingerprintFollowsTheRulesInForceNotTheOrderTheyCameIn() {
    AlertRule stricter = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ENERGY_RISE)).setMinChangeBp(15_000)
        .build();
    AlertRule ownDistrict = rule(AlertKind.ENERGY_RISE, null, "330411", null);
    assertThat(RuleBook.of(List.of(stricter, ownDistrict)).fingerprint())
        .isEqualTo(RuleBook.of(List.of(ownDistrict, stricter)).fingerprint())
        .isNotEqualTo(RuleBook.of(List.of(ownDistrict)).fingerprint())
        .isNotEqualTo(RuleBook.defaults().fingerprint())
        .hasSize(32);
    // A configured rule equal to its default is the book of the defaults.
    assertThat(RuleBook.of(List.of(DefaultAlertRules.of(AlertKind.STOPPAGE))).fingerprint())
        .isEqualTo(RuleBook.defaults().fingerprint());
  }
}
