package org.industrialreporting.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.junit.jupiter.api.Test;

class TopicKeysTest {

  @Test
  void spellsEveryKey() {
    assertThat(TopicKeys.enterprise("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
    assertThat(TopicKeys.park("XZ-HTZ")).isEqualTo("XZ-HTZ");
    assertThat(TopicKeys.target(new Target(ScopeType.PARK, "XZ-HTZ", 2026, "fiscal_revenue", 1L)))
        .isEqualTo("PARK|XZ-HTZ|2026|fiscal_revenue");
    assertThat(TopicKeys.rollup("330411", YearMonth.of(2026, 9))).isEqualTo("330411|2026-09");
  }
}
