package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyOutputRelationTest {

  /** Energy = 200 kgce base load + 0.008 kgce per yuan, exactly, with one odd month. */
  private static List<MonthFigures> months(long... outputs) {
    List<MonthFigures> months = new ArrayList<>();
    for (int i = 0; i < outputs.length; i++) {
      months.add(new MonthFigures(YearMonth.of(2025, 1 + i), outputs[i], 200 + outputs[i] * 8 / 1000));
    }
    return months;
  }

  @Test
  void findsTheBaseLoadAndTheRateAndLeavesAnOddMonthOut() {
    List<MonthFigures> months = months(100_000, 150_000, 90_000, 200_000, 120_000, 170_000, 110_000);
    MonthFigures odd = new MonthFigures(YearMonth.of(2025, 8), 130_000, 3_000);
    months.add(odd);

    EnergyOutputRelation relation = EnergyOutputRelation.fit(months);

    assertThat(relation.expectedEnergy(0)).isCloseTo(200, within(1e-6));
    assertThat(relation.expectedEnergy(100_000)).isCloseTo(1_000, within(1e-6));
    assertThat(relation.kept()).hasSize(7).doesNotContain(odd);
    assertThat(relation.elasticity(100_000)).isCloseTo(0.8, within(1e-9));
    // Exact months leave nothing to explain; the scale is the floor, not zero.
    assertThat(relation.score(new MonthFigures(YearMonth.of(2025, 9), 100_000, 1_000))).isCloseTo(0, within(1e-9));
    assertThat(relation.score(new MonthFigures(YearMonth.of(2025, 9), 100_000, 1_100)))
        .isCloseTo(Math.log(1.1) / EnergyOutputRelation.MIN_SCALE, within(1e-9));
  }

  @Test
  void withoutSpreadInOutputAssumesFourFifthsOfEnergyFollowIt() {
    EnergyOutputRelation relation = EnergyOutputRelation.fit(months(100_000, 101_000, 99_000));

    assertThat(relation.elasticity(100_000)).isCloseTo(0.8, within(0.01));
  }
}
