package org.industrialreporting.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.junit.jupiter.api.Test;

class TopicKeysTest {

  @Test
  void aDistrictAndAParkWithTheSameIdNeverShareAnAlertId() {
    YearMonth september = YearMonth.of(2026, 9);
    assertThat(TopicKeys.alertId(AlertScope.DISTRICT, "330411", september, AlertKind.ROLLUP_SWING))
        .isNotEqualTo(TopicKeys.alertId(AlertScope.PARK, "330411", september, AlertKind.ROLLUP_SWING));
  }

  @Test
  void spellsEveryKey() {
    assertThat(TopicKeys.enterprise("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
    assertThat(TopicKeys.park("XZ-HTZ")).isEqualTo("XZ-HTZ");
    assertThat(TopicKeys.target(new Target(ScopeType.PARK, "XZ-HTZ", 2026, "fiscal_revenue", 1L)))
        .isEqualTo("PARK|XZ-HTZ|2026|fiscal_revenue");
    assertThat(TopicKeys.rollup("330411", YearMonth.of(2026, 9))).isEqualTo("330411|2026-09");
    assertThat(TopicKeys.rollup(TopicKeys.townScope("330411", "王店镇"), YearMonth.of(2026, 9)))
        .isEqualTo("330411|王店镇|2026-09");
    assertThat(TopicKeys.rollup(TopicKeys.industryScope("330411", "C38"), YearMonth.of(2026, 9)))
        .isEqualTo("330411|C38|2026-09");
    assertThat(TopicKeys.alertId(AlertScope.ENTERPRISE, "91350100M000100Y43", YearMonth.of(2026, 9),
        AlertKind.STOPPAGE)).isEqualTo("ENTERPRISE|91350100M000100Y43|2026-09|STOPPAGE");
    assertThat(TopicKeys.alertId(AlertScope.ENTERPRISE, "91350100M000100Y43", Year.of(2026), AlertKind.BUDGET_OVERRUN))
        .isEqualTo("ENTERPRISE|91350100M000100Y43|2026|BUDGET_OVERRUN");
    assertThat(TopicKeys.alertIdPrefix(AlertScope.PARK, "XZ-HTZ", YearMonth.of(2026, 9)))
        .isEqualTo("PARK|XZ-HTZ|2026-09|");
    assertThat(TopicKeys.alertRule(AlertRule.newBuilder().setKind(AlertKind.INTENSITY_JUMP).setIndustryPrefix("C30")
        .build())).isEqualTo("INTENSITY_JUMP|*|*|C30");
    assertThat(TopicKeys.alertRule(AlertKind.ROLLUP_SWING, "energy_tce", "330411", null))
        .isEqualTo("ROLLUP_SWING|energy_tce|330411|*");
  }

  @Test
  void aTownOrIndustryScopeIdNamesItsDistrict() {
    assertThat(TopicKeys.districtOfScope("330411|王店镇")).isEqualTo("330411");
    assertThat(TopicKeys.partOfDistrict("330411|王店镇")).isEqualTo("王店镇");
    assertThat(TopicKeys.partOfDistrict("330411|C38")).isEqualTo("C38");
    // A town's name is free text; only the first separator ends the district.
    assertThat(TopicKeys.partOfDistrict("330411|新|镇")).isEqualTo("新|镇");
    assertThat(TopicKeys.isWithinDistrict("330411|")).isFalse();
    assertThat(TopicKeys.isWithinDistrict("|王店镇")).isFalse();
    assertThatThrownBy(() -> TopicKeys.districtOfScope("330411")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'330411'");
  }
}
