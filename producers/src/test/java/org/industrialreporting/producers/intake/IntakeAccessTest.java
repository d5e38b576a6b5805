package org.industrialreporting.producers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.producers.submission.Rows;
import org.junit.jupiter.api.Test;

class IntakeAccessTest {

  @Test
  void aDashboardTokenSubmitsNothing() {
    assertThatThrownBy(() -> new IntakeAccess(TokenScope.district("330411")))
        .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("dashboard token (district:330411)");
  }

  @Test
  void refusesRowsOfAnotherEnterpriseWithAClearReason() {
    var rows = Rows.of("req", "intake", Rows.REPORT_HEADER, Rows.report(Rows.CODE, "2026-09", "1000"),
        Rows.report(Rows.OTHER_CODE, "2026-09", "1000"));
    IntakeAccess scope = IntakeAccess.enterprise(Rows.CODE);

    assertThat(scope.refusal(FileKind.ENTERPRISE_REPORT, rows.get(0))).isEmpty();
    assertThat(scope.refusal(FileKind.ENTERPRISE_REPORT, rows.get(1))).get().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.NOT_PERMITTED);
      assertThat(reason.field()).isEqualTo("credit_code");
      assertThat(reason.message()).isEqualTo("credit_code '" + Rows.OTHER_CODE + "' is not covered by this API token,"
          + " which may submit enterprise reports of credit code " + Rows.CODE + " only");
    });
    assertThat(IntakeAccess.admin().refusal(FileKind.ENTERPRISE_REPORT, rows.get(1))).isEmpty();
    assertThat(IntakeAccess.park("XZ-HTZ").refusal(FileKind.ENTERPRISE_REPORT, rows.get(0))).get()
        .extracting(Reason::code).isEqualTo(ReasonCode.NOT_PERMITTED);
  }
}
