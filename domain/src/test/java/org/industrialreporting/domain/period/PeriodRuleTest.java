package org.industrialreporting.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodRuleTest {

  // 2026-09-30 17:00 UTC is already 1 October in Shanghai.
  private final PeriodRule rule = PeriodRule.defaults(
      Clock.fixed(Instant.parse("2026-09-30T17:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest
  @ValueSource(strings = {"2026-10", "2026-09", "2026-01", "2015-03", "2000-01"})
  void acceptsTheCurrentMonthAndBackfill(String text) {
    Reasons reasons = new Reasons();
    assertThat(rule.check("period", text, reasons)).contains(YearMonth.parse(text));
    assertThat(reasons.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2026-11  | PERIOD_IN_FUTURE | in the future; the current month is 2026-10",
      "2027-01  | PERIOD_IN_FUTURE | in the future",
      "1999-12  | PERIOD_TOO_OLD   | before 2000, the first year accepted",
      "2026-9   | PERIOD_FORMAT    | not a month in the form YYYY-MM",
      "2026/09  | PERIOD_FORMAT    | YYYY-MM",
      "202609   | PERIOD_FORMAT    | YYYY-MM",
      "2026-13  | PERIOD_FORMAT    | YYYY-MM",
      "2026-00  | PERIOD_FORMAT    | YYYY-MM",
      "2026-09-01 | PERIOD_FORMAT  | YYYY-MM",
      "２０２６-09 | PERIOD_FORMAT  | YYYY-MM",
  })
  void refuses(String text, ReasonCode code, String message) {
    Reasons reasons = new Reasons();
    assertThat(rule.check("period", text, reasons)).isEmpty();
    Reason reason = reasons.list().get(0);
    assertThat(reason.code()).isEqualTo(code);
    assertThat(reason.message()).contains("'" + text + "'", message);
  }
}
