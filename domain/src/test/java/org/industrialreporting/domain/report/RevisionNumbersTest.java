package org.industrialreporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.junit.jupiter.api.Test;

class RevisionNumbersTest {

  @Test
  void aLaterUnnumberedReportIsACorrection() {
    assertThat(RevisionNumbers.staleResend(0, 0)).isFalse();
    assertThat(RevisionNumbers.staleResend(0, 1_790_000_000_000_000L)).as("after a numbered one").isFalse();
    assertThat(RevisionNumbers.staleResend(5, 0)).as("numbered after an unnumbered one").isFalse();
  }

  @Test
  void aLaterNumberedReportMustBeNumberedHigher() {
    assertThat(RevisionNumbers.staleResend(8, 7)).isFalse();
    assertThat(RevisionNumbers.staleResend(7, 7)).as("the same number again").isTrue();
    assertThat(RevisionNumbers.staleResend(6, 7)).isTrue();
  }

  @Test
  void theValidationContextKeepsTheLaterReportUnlessItIsAStaleResend() {
    InMemoryValidationContext context = new InMemoryValidationContext().registerEnterprise("C");
    context.accept(report(0, 100)).accept(report(0, 200));
    assertThat(output(context)).as("later unnumbered wins").isEqualTo(200);

    context.accept(report(9, 300)).accept(report(8, 400));
    assertThat(output(context)).as("a lower number after a higher one is stale").isEqualTo(300);
  }

  private static MonthlyReport report(long revision, long output) {
    return MonthlyReport.newBuilder().setCreditCode("C").setPeriod("2026-09").setRevision(revision)
        .setSubmittedAt(Instant.EPOCH).setSource("test").setOutputValueYuan(output).setValueAddedYuan(0)
        .setRevenueYuan(0).setProfitYuan(0).setTaxYuan(0).setEnergyKgce(0).setElectricityKwh(0).setEmployees(0)
        .setRdExpenseYuan(0).setExportValueYuan(0).build();
  }

  private static long output(InMemoryValidationContext context) {
    return context.previousMonth("C", YearMonth.of(2026, 10)).orElseThrow().getOutputValueYuan();
  }
}
