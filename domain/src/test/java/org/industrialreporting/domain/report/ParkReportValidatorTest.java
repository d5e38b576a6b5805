package org.industrialreporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.domain.TestRows.parkReport;
import static org.industrialreporting.domain.TestRows.row;
import static org.industrialreporting.domain.TestRows.with;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.junit.jupiter.api.Test;

class ParkReportValidatorTest {

  private static final Instant NOW = Instant.parse("2026-10-08T02:00:00Z");
  private static final SubmissionStamp STAMP = new SubmissionStamp(NOW, "submit:parks.csv:2");

  private final ParkReportValidator validator =
      new ParkReportValidator(ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC)));
  private final InMemoryValidationContext context = new InMemoryValidationContext().registerPark("XZ-HTZ");

  @Test
  void acceptsAValidRowInExactUnits() {
    ParkReport report = validator.validate(row(parkReport()), STAMP, context).value();
    assertThat(report.getParkId()).isEqualTo("XZ-HTZ");
    assertThat(report.getFiscalRevenueYuan()).isEqualTo(230_000_500);
    assertThat(report.getActualFdiUsd()).isEqualTo(5_000_125);
    assertThat(report.getLandSuppliedCentimu()).isEqualTo(12_050);
    assertThat(report.getLandRecoveredCentimu()).isEqualTo(3_025);
    assertThat(validator.check(report, context)).isEmpty();
  }

  @Test
  void reportsEveryReason() {
    var fields = with(with(with(parkReport(), "park_id", "XZ-NONE"), "land_supplied_mu", "1.005"),
        "fiscal_revenue", "-3");
    assertThat(validator.validate(row(fields), STAMP, context).reasons()).extracting(Reason::code)
        .containsExactlyInAnyOrder(ReasonCode.UNKNOWN_PARK, ReasonCode.TOO_MANY_DECIMALS, ReasonCode.NEGATIVE);
    assertThat(validator.validate(row(with(parkReport(), "park_id", "xz htz")), STAMP, context).reasons())
        .extracting(Reason::code).containsExactly(ReasonCode.PARK_ID_FORMAT);
  }

  @Test
  void revalidatesDecodedRecords() {
    ParkReport report = validator.validate(row(parkReport()), STAMP, context).value();
    report.setActualFdiUsd(-1);
    report.setPeriod("2026-12");
    assertThat(validator.check(report, context)).extracting(Reason::code)
        .containsExactlyInAnyOrder(ReasonCode.NEGATIVE, ReasonCode.PERIOD_IN_FUTURE);
  }
}
