package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.industrialreporting.anomaly.ReportingDeadline.Stage;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.junit.jupiter.api.Test;

class ReportingDeadlineTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

  private static AppliedRule rule(AlertRule rule) {
    return new AppliedRule("REPORT_MISSING|*|*|*", rule);
  }

  @Test
  void byDefaultSeptemberIsDueByTheEndOfTheTenthOfOctoberInBeijingWithRemindersFromTheSeventh() {
    ReportingDeadline deadline = ReportingDeadline.of(SEPTEMBER, rule(DefaultAlertRules.of(AlertKind.REPORT_MISSING)));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 10, 10));
    // Beijing is UTC+8: 2026-10-08T00:00+08:00 and 2026-10-11T00:00+08:00.
    assertThat(deadline.remindFrom()).isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
    assertThat(deadline.due()).isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));
    assertThat(deadline.stage(Instant.parse("2026-10-07T15:59:59Z"))).isEqualTo(Stage.NOT_YET);
    assertThat(deadline.stage(Instant.parse("2026-10-07T16:00:00Z"))).isEqualTo(Stage.NEARS);
    assertThat(deadline.stage(Instant.parse("2026-10-10T15:59:59Z"))).isEqualTo(Stage.NEARS);
    assertThat(deadline.stage(Instant.parse("2026-10-10T16:00:00Z"))).isEqualTo(Stage.PASSED);
    assertThat(deadline.stage(Instant.parse("2027-03-01T00:00:00Z"))).isEqualTo(Stage.PASSED);
  }

  @Test
  void aDistrictsRuleMovesTheDeadlineAndTheLeadTimeAcrossTheYearEnd() {
    AlertRule rule = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.REPORT_MISSING)).setDistrictCode("330411")
        .setReportingDeadlineDay(5).setReminderLeadDays(0).build();

    ReportingDeadline deadline = ReportingDeadline.of(YearMonth.of(2026, 12), rule(rule));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(deadline.remindFrom()).isEqualTo(deadline.due()).isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
    assertThat(deadline.stage(Instant.parse("2027-01-05T15:59:59Z"))).isEqualTo(Stage.NOT_YET);
    assertThat(deadline.stage(Instant.parse("2027-01-05T16:00:00Z"))).isEqualTo(Stage.PASSED);
  }

  @Test
  void onlyAReportMissingRuleSetsADeadline() {
    assertThatThrownBy(() -> ReportingDeadline.of(SEPTEMBER, new AppliedRule("ROLLUP_SWING|*|*|*",
        DefaultAlertRules.of(AlertKind.ROLLUP_SWING)))).hasMessageContaining("ROLLUP_SWING|*|*|*");
  }

  @Test
  void theLeadTimeAndTheScopeOfARuleAreChecked() {
    AlertRule rule = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.REPORT_MISSING)).setReminderLeadDays(28)
        .setIndustryPrefix("C30").build();

    assertThat(AlertRuleCheck.problems(rule)).anySatisfy(p -> assertThat(p).contains("reminder_lead_days", "28"))
        .anySatisfy(p -> assertThat(p).contains("industry_prefix", "enterprise kinds only"));
    assertThat(AlertRuleCheck.problems(DefaultAlertRules.of(AlertKind.REPORT_MISSING))).isEmpty();
  }
}
