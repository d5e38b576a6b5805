package org.industrialreporting.producers.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.producers.submission.Rows.CODE;
import static org.industrialreporting.producers.submission.Rows.REPORT_HEADER;
import static org.industrialreporting.producers.submission.Rows.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.registry.RegistryView;
import org.junit.jupiter.api.Test;

class SubmissionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);
  private static final String ENTERPRISES_HEADER = "credit_code,name,district_code,park_id,town,industry_code,tags,"
      + "above_scale,key_energy_user,land_area_mu,energy_budget_tce";
  private static final String PARKS_HEADER = "park_id,name,district_code,level,parent_park_id";

  private final TopicCatalog topics = TopicCatalog.defaults();
  private final RegistryView registry = new RegistryView();
  private final RecordingSink sink = new RecordingSink();

  SubmissionTest() {
    registry.enterprise(CODE, true);
    registry.park("XZ-HTZ", true);
  }

  private Submission submission(SubmissionContext context, Permission permission) {
    return new Submission(new InputRules(ReportRules.defaults(CLOCK), topics), context, permission, sink,
        CLOCK);
  }

  private Submission submission() {
    return submission(SubmissionContext.over(registry), Permission.everything());
  }

  private static List<RawRow> reports(String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = REPORT_HEADER;
    System.arraycopy(lines, 0, all, 1, lines.length);
    return Rows.of("reports.csv", "submit", all);
  }

  @Test
  void sendsAnAcceptedReportToItsTopicKeyedByCreditCode() {
    RowResult result = submission().submit(FileKind.ENTERPRISE_REPORT,
        reports(report(CODE, "2026-09", "1000.5")).get(0));

    assertThat(result.accepted()).isTrue();
    assertThat(result.key()).isEqualTo(CODE);
    assertThat(result.period()).isEqualTo("2026-09");
    assertThat(sink.sent()).singleElement().satisfies(sent -> {
      assertThat(sent.topic()).isEqualTo("indicator-reports");
      assertThat(sent.key()).isEqualTo(CODE);
      assertThat(sent.label()).isEqualTo("reports.csv:2");
      MonthlyReport report = (MonthlyReport) sent.value();
      assertThat(report.getOutputValueYuan()).isEqualTo(1_000_500L);
      assertThat(report.getProfitYuan()).isEqualTo(-5_500L);
      assertThat(report.getRevision()).as("unnumbered").isZero();
      assertThat(report.getSource()).isEqualTo("submit:reports.csv:2");
      assertThat(report.getSubmittedAt()).isEqualTo(CLOCK.instant());
    });
  }

  @Test
  void sendsARejectedRowToTheDeadLetterTopicWithItsBytesAndEveryReason() {
    String line = report("91350100M000100Y44", "2026-13", "1000");

    RowResult result = submission().submit(FileKind.ENTERPRISE_REPORT, reports(line).get(0));

    assertThat(result.accepted()).isFalse();
    assertThat(result.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.CHECK_CHARACTER, ReasonCode.PERIOD_FORMAT);
    assertThat(result.key()).isEqualTo("91350100M000100Y44");
    assertThat(result.period()).isEqualTo("2026-13");
    assertThat(sink.sent()).singleElement().satisfies(sent -> {
      assertThat(sent.topic()).isEqualTo("indicator-reports-rejected");
      assertThat(sent.key()).isEqualTo("91350100M000100Y44");
      RejectedReport rejected = (RejectedReport) sent.value();
      assertThat(StandardCharsets.UTF_8.decode(rejected.getRaw()).toString()).isEqualTo(line);
      assertThat(rejected.getRawFormat()).isEqualTo(RawFormat.CSV_ROW);
      assertThat(rejected.getHeader()).isEqualTo(REPORT_HEADER);
      assertThat(rejected.getSource()).isEqualTo("submit");
      assertThat(rejected.getOrigin()).isEqualTo("reports.csv:2");
      assertThat(rejected.getLineNumber()).isEqualTo(2L);
      assertThat(rejected.getReasons()).extracting(RejectionReason::getCode)
          .containsExactly("CHECK_CHARACTER", "PERIOD_FORMAT");
    });
  }

  @Test
  void aLaterRowForTheSameMonthIsSentAfterTheEarlierOneOnTheSameKey() {
    Submission submission = submission();
    List<RawRow> rows = reports(report(CODE, "2026-09", "1000"), report(CODE, "2026-09", "1001"));

    submission.submit(FileKind.ENTERPRISE_REPORT, rows.get(0));
    submission.submit(FileKind.ENTERPRISE_REPORT, rows.get(1));

    // One key, so one partition: the order sent is the order of the revisions.
    assertThat(sink.sent()).extracting(RecordingSink.Sent::key).containsExactly(CODE, CODE);
    assertThat(sink.sent()).extracting(sent -> ((MonthlyReport) sent.value()).getOutputValueYuan())
        .containsExactly(1_000_000L, 1_001_000L);
  }

  @Test
  void anEarlierAcceptedRowIsThePreviousMonthOfTheUnitJumpCheck() {
    Submission submission = submission();
    List<RawRow> rows = reports(report(CODE, "2026-08", "1000"), report(CODE, "2026-09", "100000"));

    submission.submit(FileKind.ENTERPRISE_REPORT, rows.get(0));
    RowResult jump = submission.submit(FileKind.ENTERPRISE_REPORT, rows.get(1));

    assertThat(jump.reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNIT_JUMP);
    assertThat(jump.reasons().get(0).message()).contains("100 times the previous month's", "(2026-08)");
  }

  @Test
  void checksRegistrationOnlyWithARegistry() {
    RawRow unknown = reports(report(Rows.OTHER_CODE, "2026-09", "1000")).get(0);

    assertThat(submission().submit(FileKind.ENTERPRISE_REPORT, unknown).reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.UNKNOWN_ENTERPRISE);
    assertThat(submission(SubmissionContext.withoutRegistry(), Permission.everything())
        .submit(FileKind.ENTERPRISE_REPORT, unknown).accepted()).isTrue();
  }

  @Test
  void aRefusalOfPermissionComesAfterTheValidationReasons() {
    Reason notYours = new Reason("credit_code", ReasonCode.NOT_PERMITTED, "not yours");
    Submission submission = submission(SubmissionContext.over(registry), (kind, row) -> Optional.of(notYours));

    RowResult valid = submission.submit(FileKind.ENTERPRISE_REPORT, reports(report(CODE, "2026-09", "1000")).get(0));
    RowResult invalid = submission.submit(FileKind.ENTERPRISE_REPORT, reports(report(CODE, "2026-1", "1000")).get(0));

    assertThat(valid.reasons()).containsExactly(notYours);
    assertThat(invalid.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.PERIOD_FORMAT, ReasonCode.NOT_PERMITTED);
    assertThat(sink.to("indicator-reports")).isEmpty();
    assertThat(sink.to("indicator-reports-rejected")).hasSize(2);
  }

  @Test
  void anEnterpriseMayNameOnlyARegisteredPark() {
    List<RawRow> rows = Rows.of("enterprises.csv", "register", ENTERPRISES_HEADER,
        "91350100M000100Y43,ACME,330411,XZ-HTZ,,C3825,HIGH_TECH,Y,N,12.5,",
        "91330411MA000023BA,Other,330411,XZ-NOWHERE,,C3825,,Y,N,,");
    Submission submission = submission();

    RowResult registered = submission.submit(FileKind.ENTERPRISES, rows.get(0));
    RowResult unknownPark = submission.submit(FileKind.ENTERPRISES, rows.get(1));

    assertThat(registered.accepted()).isTrue();
    assertThat(sink.to("enterprise-registry")).singleElement().satisfies(sent -> {
      assertThat(sent.key()).isEqualTo(CODE);
      assertThat(((Enterprise) sent.value()).getLandAreaCentimu()).isEqualTo(1250L);
    });
    assertThat(unknownPark.reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_PARK);
    assertThat(sink.to("indicator-reports-rejected")).singleElement()
        .satisfies(sent -> assertThat(((RejectedReport) sent.value()).getSource()).isEqualTo("register"));
  }

  @Test
  void aParkMayNameAParentOfTheSameLoadEvenWhenItComesLater() {
    List<RawRow> rows = Rows.of("parks.csv", "register", PARKS_HEADER,
        "XZ-PV,Photovoltaic town,330411,THEMED,XZ-EDZ",
        "XZ-EDZ,Economic development zone,330411,NATIONAL_ECONOMIC,",
        "XZ-FOOD,Food park,330411,THEMED,XZ-HTZ",
        "XZ-BAD,Bad district,999999,THEMED,",
        "XZ-CHILD,Child of a refused park,330411,THEMED,XZ-BAD",
        "XZ-LOOP1,Loop,330411,THEMED,XZ-LOOP2",
        "XZ-LOOP2,Loop,330411,THEMED,XZ-LOOP1");
    Submission submission = submission();

    submission.prepareParkLoad(rows);
    List<RowResult> results = rows.stream().map(row -> submission.submit(FileKind.PARKS, row)).toList();

    assertThat(results).filteredOn(RowResult::accepted).extracting(RowResult::key)
        .containsExactly("XZ-PV", "XZ-EDZ", "XZ-FOOD");
    assertThat(results.get(3).reasons()).extracting(Reason::code).containsExactly(ReasonCode.DISTRICT_CODE);
    assertThat(results.subList(4, 7)).allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.UNKNOWN_PARK));
    assertThat(sink.to("park-registry")).extracting(RecordingSink.Sent::key)
        .containsExactly("XZ-PV", "XZ-EDZ", "XZ-FOOD");
  }

  @Test
  void keysTargetsByScopeYearAndIndicator() {
    List<RawRow> rows = Rows.of("targets.csv", "register", "scope_type,scope_id,year,indicator,target",
        "PARK,XZ-HTZ,2026,fiscal_revenue,2000000",
        "PARK,XZ-NONE,2026,fiscal_revenue,2000000");
    Submission submission = submission();

    assertThat(submission.submit(FileKind.TARGETS, rows.get(0)).key()).isEqualTo("PARK|XZ-HTZ|2026|fiscal_revenue");
    assertThat(submission.submit(FileKind.TARGETS, rows.get(1)).reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.UNKNOWN_PARK);
    assertThat(sink.to("targets")).hasSize(1);
    assertThat(sink.to("indicator-reports-rejected")).singleElement()
        .satisfies(sent -> assertThat(sent.key()).as("targets have no reporter key").isNull());
  }
}
