package org.industrialreporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.domain.TestRows.CODE;
import static org.industrialreporting.domain.TestRows.report;
import static org.industrialreporting.domain.TestRows.row;
import static org.industrialreporting.domain.TestRows.with;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseReportValidatorTest {

  private static final Instant NOW = Instant.parse("2026-10-08T02:00:00Z");
  private static final SubmissionStamp STAMP =
      new SubmissionStamp(NOW.plusNanos(123_456), "submit:test.csv:2");

  private final EnterpriseReportValidator validator =
      new EnterpriseReportValidator(ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC)));
  private final InMemoryValidationContext context = new InMemoryValidationContext().registerEnterprise(CODE);

  private Validated<MonthlyReport> validate(Map<String, String> fields) {
    return validator.validate(row(fields), STAMP, context);
  }

  private List<ReasonCode> codes(Map<String, String> fields) {
    return validate(fields).reasons().stream().map(Reason::code).toList();
  }

  @Test
  void acceptsAValidRowInExactUnits() {
    MonthlyReport report = validate(report()).value();
    assertThat(report.getCreditCode()).isEqualTo(CODE);
    assertThat(report.getPeriod()).isEqualTo("2026-08");
    assertThat(report.getRevision()).as("unnumbered: the partition orders revisions").isZero();
    assertThat(report.getSubmittedAt()).isEqualTo(Instant.parse("2026-10-08T02:00:00.000Z"));
    assertThat(report.getSource()).isEqualTo("submit:test.csv:2");
    assertThat(report.getOutputValueYuan()).isEqualTo(12_345_678);
    assertThat(report.getValueAddedYuan()).isEqualTo(2_800_500);
    assertThat(report.getProfitYuan()).isEqualTo(-150_250);
    assertThat(report.getEnergyKgce()).isEqualTo(1_520_125);
    assertThat(report.getElectricityKwh()).isEqualTo(4_200_000);
    assertThat(report.getEmployees()).isEqualTo(312);
    assertThat(validator.check(report, context)).isEmpty();
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "credit_code  | NULL                | MISSING",
      "credit_code  | '   '               | MISSING",
      "credit_code  | 91350100M000100Y4   | CREDIT_CODE_FORMAT",
      "credit_code  | 91350100M000100Y47  | CHECK_CHARACTER",
      "credit_code  | 91110000802100433B  | UNKNOWN_ENTERPRISE",
      "period       | 2026-8              | PERIOD_FORMAT",
      "period       | 2026-11             | PERIOD_IN_FUTURE",
      "period       | 1999-12             | PERIOD_TOO_OLD",
      "output_value | NULL                | MISSING",
      "output_value | 12,345.678          | NOT_A_NUMBER",
      "output_value | 12345.6789          | TOO_MANY_DECIMALS",
      "tax          | -1                  | NEGATIVE",
      "employees    | 99999999            | OUT_OF_RANGE",
      "value_added  | 12345.679           | VALUE_ADDED_ABOVE_OUTPUT",
  })
  void refusesEachRuleWithItsCode(String field, String value, ReasonCode code) {
    Validated<MonthlyReport> result = validate(with(report(), field, value));
    assertThat(result.isValid()).isFalse();
    assertThat(result.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(code);
      assertThat(reason.field()).isEqualTo(field);
      assertThat(reason.message()).contains(field);
    });
  }

  @Test
  void reportsEveryReasonOfARow() {
    Map<String, String> fields = with(with(with(with(with(report(),
        "credit_code", "91350100M000100Y47"), "period", "2027-01"), "output_value", "abc"),
        "tax", "-5"), "energy_tce", "1.0001");
    fields = with(fields, "employees", null);
    assertThat(codes(fields)).containsExactlyInAnyOrder(ReasonCode.CHECK_CHARACTER, ReasonCode.PERIOD_IN_FUTURE,
        ReasonCode.NOT_A_NUMBER, ReasonCode.NEGATIVE, ReasonCode.TOO_MANY_DECIMALS, ReasonCode.MISSING);
  }

  @Test
  void refusesAUnitJumpAgainstThePreviousMonth() {
    context.accept(validate(with(with(report(), "period", "2026-07"), "output_value", "12345.678")).value());
    Validated<MonthlyReport> result = validate(with(with(report(), "output_value", "12345678"), "revenue", "12000"));
    assertThat(result.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.UNIT_JUMP);
      assertThat(reason.field()).isEqualTo("output_value");
      assertThat(reason.message()).contains("12345678 thousand yuan is 1000 times the previous month's 12345.678"
          + " thousand yuan (2026-07)", "100 times");
    });
  }

  @Test
  void unitJumpIgnoresTinyPreviousFiguresFallsAndUnknownMonths() {
    context.accept(validate(with(with(with(report(), "period", "2026-07"), "output_value", "0.5"),
        "value_added", "0.1")).value());
    assertThat(validate(with(report(), "output_value", "50000")).isValid()).as("previous below floor").isTrue();
    context.accept(validate(with(with(report(), "period", "2026-06"), "energy_tce", "1520125")).value());
    assertThat(validator.validate(row(with(report(), "period", "2026-07")), STAMP, context).isValid())
        .as("a fall").isTrue();
    assertThat(validate(with(with(report(), "period", "2026-03"), "energy_tce", "9999999")).isValid())
        .as("no previous month").isTrue();
  }

  @Test
  void unitJumpFactorIsConfigurable() {
    ReportRules rules = ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC));
    EnterpriseReportValidator strict = new EnterpriseReportValidator(new ReportRules(rules.period(),
        rules.creditCode(), new UnitJumpRule(10, UnitJumpRule.defaults().floors())));
    context.accept(validate(with(report(), "period", "2026-07")).value());
    Validated<MonthlyReport> result = strict.validate(row(with(report(), "energy_tce", "15201.25")), STAMP, context);
    assertThat(result.reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNIT_JUMP);
  }

  @Test
  void anEntryPointWithoutRegistryLeavesTheCheckToLaterStages() {
    Validated<MonthlyReport> result = validator.validate(
        row(with(report(), "credit_code", "91110000802100433B")), STAMP, ValidationContext.unchecked());
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void reportsRowProblemsAndUnreadableRows() {
    Origin origin = Origin.fileRow("submit", "a.jsonl", 3, RawFormat.JSON, new byte[] {'{'}, null);
    Reason malformed = new Reason(null, ReasonCode.MALFORMED_ROW, "the line is not a flat JSON object");
    assertThat(validator.validate(RawRow.unreadable(origin, malformed), STAMP, context).reasons())
        .containsExactly(malformed);
    Reason unknown = new Reason(null, ReasonCode.UNKNOWN_FIELD, "unknown field 'ouput_value'");
    RawRow row = new RawRow(origin, with(report(), "output_value", null), List.of(unknown), true);
    assertThat(validator.validate(row, STAMP, context).reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.UNKNOWN_FIELD, ReasonCode.MISSING);
  }

  @Test
  void revalidatesDecodedRecords() {
    MonthlyReport report = validate(report()).value();
    report.setTaxYuan(-1);
    report.setValueAddedYuan(report.getOutputValueYuan() + 1);
    report.setCreditCode("91350100m000100y43");
    assertThat(validator.check(report, context)).extracting(Reason::code).containsExactlyInAnyOrder(
        ReasonCode.CREDIT_CODE_FORMAT, ReasonCode.NEGATIVE, ReasonCode.VALUE_ADDED_ABOVE_OUTPUT);
  }
}
