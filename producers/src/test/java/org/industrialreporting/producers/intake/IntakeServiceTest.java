package org.industrialreporting.producers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.industrialreporting.producers.submission.Rows.CODE;
import static org.industrialreporting.producers.submission.Rows.OTHER_CODE;
import static org.industrialreporting.producers.submission.Rows.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.registry.RegistryView;
import org.industrialreporting.producers.submission.InputRules;
import org.industrialreporting.producers.submission.RecordingSink;
import org.industrialreporting.producers.submission.Rows;
import org.junit.jupiter.api.Test;

class IntakeServiceTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);

  private final RegistryView registry = new RegistryView();
  private final RecordingSink sink = new RecordingSink();
  private final IntakeService service = new IntakeService(new InputRules(ReportRules.defaults(CLOCK),
      TopicCatalog.defaults()), registry, () -> sink, CLOCK, Duration.ofSeconds(1));

  IntakeServiceTest() {
    registry.enterprise(CODE, true);
    registry.enterprise(OTHER_CODE, true);
  }

  private static RequestRows csv(String... lines) {
    return RequestRows.of("text/csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), "req-1",
        100);
  }

  @Test
  void anEnterpriseSubmitsItsOwnReports() {
    IntakeResponse response = service.reports("req-1", IntakeAccess.enterprise(CODE),
        csv(Rows.REPORT_HEADER, report(CODE, "2026-08", "1000"), report(CODE, "2026-09", "1000")), false);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.outcome()).isEqualTo("ACCEPTED");
    assertThat(response.results()).extracting(IntakeResponse.Row::item).containsExactly("req-1:2", "req-1:3");
    assertThat(sink.to("indicator-reports")).hasSize(2);
    assertThat(sink.awaited()).isEqualTo(1);
  }

  @Test
  void rowsOfAnotherEnterpriseAreRejectedAndTheRestPublished() {
    IntakeResponse response = service.reports("req-1", IntakeAccess.enterprise(CODE),
        csv(Rows.REPORT_HEADER, report(CODE, "2026-09", "1000"), report(OTHER_CODE, "2026-09", "1000")), false);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.outcome()).isEqualTo("PARTLY_REJECTED");
    assertThat(response.published()).isTrue();
    assertThat(response.results().get(1).reasons()).singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("NOT_PERMITTED"));
    assertThat(sink.to("indicator-reports")).hasSize(1);
    assertThat(sink.to("indicator-reports-rejected")).hasSize(1);
  }

  @Test
  void aRequestOnlyForOthersIsForbiddenAndPublishesNothing() {
    assertForbidden(() -> service.reports("req-1", IntakeAccess.enterprise(CODE),
        csv(Rows.REPORT_HEADER, report(OTHER_CODE, "2026-09", "1000")), false));
    assertForbidden(() -> service.reports("req-1", IntakeAccess.park("XZ-HTZ"),
        csv(Rows.REPORT_HEADER, report(CODE, "2026-09", "1000")), false));
    assertForbidden(() -> service.registry("req-1", IntakeAccess.enterprise(CODE), FileKind.PARKS,
        csv("park_id,name,district_code,level,parent_park_id", "XZ-HTZ,Zone,330411,THEMED,"), false));
    assertThat(sink.sent()).isEmpty();
  }

  @Test
  void aRegistryLoadIsKnownToTheNextRequest() {
    service.registry("req-1", IntakeAccess.admin(), FileKind.PARKS,
        csv("park_id,name,district_code,level,parent_park_id", "XZ-HTZ,Zone,330411,THEMED,"), false);
    IntakeResponse enterprises = service.registry("req-2", IntakeAccess.admin(), FileKind.ENTERPRISES, csv(
        "credit_code,name,district_code,park_id,town,industry_code,tags,above_scale,key_energy_user,land_area_mu,"
            + "energy_budget_tce", "91330411MA001AFQ31,New,330411,XZ-HTZ,,C3825,,Y,N,,"), false);

    assertThat(enterprises.outcome()).isEqualTo("ACCEPTED");
    assertThat(registry.hasPark("XZ-HTZ")).isTrue();
    assertThat(registry.hasEnterprise("91330411MA001AFQ31")).isTrue();
  }

  @Test
  void aDryRunPublishesNothing() {
    IntakeResponse response = service.reports("req-1", IntakeAccess.admin(),
        csv(Rows.REPORT_HEADER, report(CODE, "2026-09", "1000")), true);

    assertThat(response.published()).isFalse();
    assertThat(response.status()).isEqualTo(200);
    assertThat(sink.sent()).isEmpty();
  }

  @Test
  void refusesRowsOfTheWrongKindForTheEndpoint() {
    assertThatThrownBy(() -> service.registry("req-1", IntakeAccess.admin(), FileKind.PARKS,
        csv(Rows.REPORT_HEADER, report(CODE, "2026-09", "1000")), false))
        .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("The rows are an enterprise report file, not a park registry file");
  }

  private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(IntakeException.class,
        e -> assertThat(e.status()).isEqualTo(403));
  }
}
