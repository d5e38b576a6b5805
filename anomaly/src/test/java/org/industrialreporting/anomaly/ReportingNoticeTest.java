package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.industrialreporting.anomaly.ReportingNotice.Missing;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class ReportingNoticeTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final Subject XIUZHOU = Subject.district("330411", "秀洲区");
  private static final ReportingDeadline DEADLINE = ReportingDeadline.of(SEPTEMBER,
      new AppliedRule("REPORT_MISSING|*|*|*", DefaultAlertRules.of(AlertKind.REPORT_MISSING)));
  private static final Instant BEFORE_REMINDERS = Instant.parse("2026-10-05T00:00:00Z");
  private static final Instant NEARING = Instant.parse("2026-10-09T02:00:00Z");
  private static final Instant PASSED = Instant.parse("2026-10-12T02:00:00Z");
  private static final List<Missing> TWO = List.of(new Missing("91330411000000002X", "企业乙"),
      new Missing("91330411000000003X", "企业丙"));

  @Test
  void nothingBeforeTheRemindersStartAndNothingWhenNobodyIsMissing() {
    assertThat(ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, TWO, DEADLINE, BEFORE_REMINDERS)).isEmpty();
    assertThat(ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, List.of(), DEADLINE, PASSED)).isEmpty();
  }

  @Test
  void aYellowNoticeWhileTheDeadlineNearsNamesWhoHasNotReported() {
    AnomalyAlert notice = ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, TWO, DEADLINE, NEARING).orElseThrow();

    assertThat(notice.getAlertId()).isEqualTo("DISTRICT|330411|2026-09|REPORT_MISSING");
    assertThat(notice.getSeverity()).isEqualTo(Severity.YELLOW);
    assertThat(notice.getComparison()).isEqualTo(Comparison.REPORTING_DEADLINE);
    assertThat(notice.getCurrentValue()).isEqualTo(1L);
    assertThat(notice.getBaselineValue()).isEqualTo(3L);
    assertThat(notice.getScore()).isEqualTo(33.3); // 1 of 3
    assertThat(notice.getRuleId()).isEqualTo("REPORT_MISSING|*|*|*");
    assertThat(notice.getDetectedAt()).isEqualTo(NEARING);
    assertThat(notice.getExplanation()).isEqualTo("秀洲区 2026年9月应报企业 3 家，已报 1 家，未报 2 家（报送率 33.3%），"
        + "报送截止日 2026年10月10日，企业乙、企业丙尚未报送，请督促按时报送。");
  }

  @Test
  void aRedNoticeOnceTheDeadlinePassedAndLongListsAreCutInTheText() {
    List<Missing> many = IntStream.rangeClosed(1, 25).mapToObj(i -> new Missing("code" + i, "企业" + i)).toList();

    AnomalyAlert notice = ReportingNotice.of(Subject.park("XZ-HTZ", "秀洲国家高新区", "330411"), SEPTEMBER, 40, many,
        DEADLINE, PASSED).orElseThrow();

    assertThat(notice.getAlertId()).isEqualTo("PARK|XZ-HTZ|2026-09|REPORT_MISSING");
    assertThat(notice.getParkId()).isEqualTo("XZ-HTZ");
    assertThat(notice.getSeverity()).isEqualTo(Severity.RED);
    assertThat(notice.getScore()).isEqualTo(37.5); // 15 of 40
    assertThat(notice.getExplanation()).startsWith("秀洲国家高新区 2026年9月应报企业 40 家，已报 15 家，未报 25 家（报送率 37.5%），"
        + "报送截止日 2026年10月10日已过：企业1、企业2、").endsWith("、企业20等 25 家未报，请催报。")
        .doesNotContain("企业21");
  }

  @Test
  void theNoticeIsUpdatedAsReportsArriveAndClearedWhenEveryoneHasReported() {
    AnomalyAlert first = ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, TWO, DEADLINE, NEARING).orElseThrow();
    AnomalyAlert sameLater = ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, TWO, DEADLINE, NEARING.plusSeconds(60))
        .orElseThrow();
    assertThat(AlertRecords.reconcile(List.of(first), List.of(sameLater), NEARING, ClearReason.ALL_REPORTED))
        .as("the same notice a minute later sends nothing").isEmpty();

    AnomalyAlert oneLeft = ReportingNotice.of(XIUZHOU, SEPTEMBER, 3, TWO.subList(1, 2), DEADLINE, PASSED)
        .orElseThrow();
    AnomalyAlert update = AlertRecords.reconcile(List.of(first), List.of(oneLeft), PASSED, ClearReason.ALL_REPORTED)
        .get(0);
    assertThat(update.getRevision()).isEqualTo(2);
    assertThat(update.getSeverity()).isEqualTo(Severity.RED);
    assertThat(update.getCurrentValue()).isEqualTo(2L);

    AnomalyAlert cleared = AlertRecords.reconcile(List.of(update), List.of(), PASSED, ClearReason.ALL_REPORTED)
        .get(0);
    assertThat(cleared.getStatus()).isEqualTo(AlertStatus.CLEARED);
    assertThat(cleared.getRevision()).isEqualTo(3);
    assertThat(cleared.getClearedReason()).isEqualTo(ClearReason.ALL_REPORTED);
    assertThat(cleared.getExplanation()).isEqualTo("秀洲区 2026年9月催报撤销：应报企业均已报送。");
  }

  @Test
  void theRateIsExactAndUndefinedWithoutEnterprisesDue() {
    assertThat(ReportingNotice.rateBp(2, 3)).isEqualTo(6667);
    assertThat(ReportingNotice.rateBp(511, 511)).isEqualTo(10_000);
    assertThat(ReportingNotice.rateBp(0, 0)).isNull();
    assertThat(AlertLabels.kind(AlertKind.REPORT_MISSING)).isEqualTo("催报");
    assertThat(AlertText.amount(ReportingNotice.INDICATOR, 1_423)).as("the bulletin's figures").isEqualTo("1,423 家");
  }
}
