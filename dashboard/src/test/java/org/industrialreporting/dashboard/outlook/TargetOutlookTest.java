package org.industrialreporting.dashboard.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.industrialreporting.dashboard.outlook.TargetOutlook.Basis;
import org.junit.jupiter.api.Test;

/** Outlooks worked out by hand. */
class TargetOutlookTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

  @Test
  void projectsWithLastYearsProfile() {
    // Last year January–September was 750 of 1,000: 75 %. 600 so far projects to 600 / 0.75 = 800, below 1,000.
    TargetOutlook outlook = TargetOutlook.of("output_value", false, 1_000, 600, SEPTEMBER, 750L, 1_000L);

    assertThat(outlook.basis()).isEqualTo(Basis.LAST_YEAR_PROFILE);
    assertThat(outlook.projected()).isEqualTo(800);
    assertThat(outlook.projectedCompletionBp()).isEqualTo(8000);
    assertThat(outlook.remainingMonths()).isEqualTo(3);
    // (1,000 − 600) / 3 = 133.33, against a pace of 600 / 9 = 66.67 so far.
    assertThat(outlook.neededPerRemainingMonth()).isEqualTo(133);
    assertThat(outlook.pacePerMonth()).isEqualTo(67);
    assertThat(outlook.atRisk()).isTrue();
  }

  @Test
  void aBackLoadedLastYearProjectsHigherThanAStraightLine() {
    // Last year's first nine months were 60 % of its total: 600 projects to 1,000, on target; linear would say 800.
    TargetOutlook outlook = TargetOutlook.of("output_value", false, 1_000, 600, SEPTEMBER, 600L, 1_000L);

    assertThat(outlook.projected()).isEqualTo(1_000);
    assertThat(outlook.atRisk()).isFalse();
  }

  @Test
  void withoutLastYearProjectsInAStraightLine() {
    TargetOutlook missing = TargetOutlook.of("output_value", false, 1_000, 600, SEPTEMBER, null, null);
    // 600 × 12 / 9 = 800.
    assertThat(missing.basis()).isEqualTo(Basis.LINEAR);
    assertThat(missing.projected()).isEqualTo(800);
    assertThat(missing.atRisk()).isTrue();

    // A last year that had nothing by September cannot give a share either.
    assertThat(TargetOutlook.of("output_value", false, 1_000, 600, SEPTEMBER, 0L, 500L).basis())
        .isEqualTo(Basis.LINEAR);
  }

  @Test
  void aReachedTargetNeedsNothingMoreAndDecemberIsFinal() {
    TargetOutlook reached = TargetOutlook.of("tax", false, 500, 600, SEPTEMBER, 750L, 1_000L);
    assertThat(reached.neededPerRemainingMonth()).isZero();
    assertThat(reached.atRisk()).isFalse();

    TargetOutlook december = TargetOutlook.of("tax", false, 1_000, 990, YearMonth.of(2026, 12), 1_000L, 1_000L);
    assertThat(december.basis()).isEqualTo(Basis.YEAR_COMPLETE);
    assertThat(december.projected()).isEqualTo(990);
    assertThat(december.neededPerRemainingMonth()).isNull();
    assertThat(december.atRisk()).isTrue();
  }

  @Test
  void aHeadcountTargetIsJudgedOnTheLatestLevel() {
    TargetOutlook employees = TargetOutlook.of("employees", true, 5_000, 5_200, SEPTEMBER, 4_000L, 4_100L);

    assertThat(employees.basis()).isEqualTo(Basis.LEVEL);
    assertThat(employees.projected()).isEqualTo(5_200);
    assertThat(employees.neededPerRemainingMonth()).isNull();
    assertThat(employees.pacePerMonth()).isNull();
    assertThat(employees.atRisk()).isFalse();
  }

  @Test
  void aZeroTargetHasNoCompletion() {
    assertThat(TargetOutlook.of("profit", false, 0, 100, SEPTEMBER, null, null).projectedCompletionBp()).isNull();
  }
}
