package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.junit.jupiter.api.Test;

class MonthCompletenessTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  /** 8 October 2026, 09:00 Beijing time: reports are coming in. */
  private static final Instant DURING = Instant.parse("2026-10-08T01:00:00Z");
  /** The month's latest report before that: 5 October. */
  private static final Instant EARLIER = Instant.parse("2026-10-05T02:00:00Z");
  private static final AppliedRule DEFAULT = RuleBook.defaults().ruleFor(AlertKind.ROLLUP_SWING, null, "330411",
      null);

  @Test
  void completeAtNinetyFivePercentOfTheExpectedReporters() {
    assertThat(MonthCompleteness.complete(SEPTEMBER, 94, 100, EARLIER, DURING, DEFAULT)).isFalse();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 95, 100, EARLIER, DURING, DEFAULT)).isTrue();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 600, 0, EARLIER, DURING, DEFAULT)).as("nothing expected known")
        .isFalse();
  }

  @Test
  void completeOnceTheDeadlineDayIsOverInBeijing() {
    assertThat(MonthCompleteness.complete(SEPTEMBER, 10, 100, EARLIER, Instant.parse("2026-10-15T15:59:59Z"), DEFAULT))
        .isFalse();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 10, 100, EARLIER, Instant.parse("2026-10-15T16:00:00Z"), DEFAULT))
        .isTrue();
  }

  @Test
  void pastItsDeadlineAMonthWhoseReportsAreStillArrivingIsNotCompleteUntilTheyStopForADay() {
    // Months loaded in bulk long after their deadlines: the month's reports are coming in as it is judged.
    Instant loading = Instant.parse("2026-12-03T05:49:47Z");

    assertThat(MonthCompleteness.complete(SEPTEMBER, 10, 100, loading, loading, DEFAULT)).isFalse();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 10, 100, loading, loading.plus(Duration.ofHours(23)), DEFAULT))
        .isFalse();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 10, 100, loading, loading.plus(Duration.ofDays(1)), DEFAULT))
        .isTrue();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 95, 100, loading, loading, DEFAULT))
        .as("the share completes it whenever it is reached").isTrue();
  }

  @Test
  void theShareAndTheDeadlineAreRules() {
    AlertRule lenient = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ROLLUP_SWING)).setDistrictCode("330411")
        .setCompleteShareBp(8_000).setReportingDeadlineDay(10).build();
    AppliedRule rule = RuleBook.of(List.of(lenient)).ruleFor(AlertKind.ROLLUP_SWING, null, "330411", null);

    assertThat(MonthCompleteness.complete(SEPTEMBER, 80, 100, EARLIER, DURING, rule)).isTrue();
    assertThat(MonthCompleteness.complete(SEPTEMBER, 1, 100, EARLIER, Instant.parse("2026-10-10T16:00:00Z"), rule))
        .isTrue();
  }

  @Test
  void onlyARollupSwingRuleSaysWhenAMonthIsComplete() {
    AppliedRule stoppage = RuleBook.defaults().ruleFor(AlertKind.STOPPAGE, null, null, null);

    assertThatThrownBy(() -> MonthCompleteness.complete(SEPTEMBER, 1, 1, EARLIER, DURING, stoppage))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STOPPAGE|*|*|*");
  }
}
