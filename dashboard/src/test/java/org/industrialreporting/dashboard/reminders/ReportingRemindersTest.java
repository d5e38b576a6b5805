package org.industrialreporting.dashboard.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.ZONE;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.month;
import static org.industrialreporting.dashboard.view.ExpectedReportersTest.B;
import static org.industrialreporting.dashboard.view.ExpectedReportersTest.D;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ExpectedReportersTest;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewRecord;
import org.industrialreporting.dashboard.view.ViewSource;
import org.industrialreporting.domain.keys.TopicKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notices of {@link ExpectedReportersTest}'s registry for September 2026 (due by the end of 10 October in
 * Beijing, reminders from 8 October 00:00 there, 7 October 16:00 UTC): 秀洲区 misses B and D, the high-tech zone B,
 * 常熟市 F; the photovoltaic town (A reported) and the food park (nobody due) get none.
 */
class ReportingRemindersTest {

  private static final String XIUZHOU_NOTICE = "DISTRICT|330411|2026-09|REPORT_MISSING";
  private static final String ZONE_NOTICE = "PARK|XZ-HTZ|2026-09|REPORT_MISSING";
  private static final String CHANGSHU_NOTICE = "DISTRICT|320581|2026-09|REPORT_MISSING";
  private static final Instant BEFORE_REMINDERS = Instant.parse("2026-10-07T15:59:59Z");
  private static final Instant NEARING = Instant.parse("2026-10-07T16:00:00Z");
  private static final Instant PASSED = Instant.parse("2026-10-10T16:00:00Z");

  private final ReadModel model = new ReadModel(DistrictNames.builtIn());
  private final Map<String, AnomalyAlert> sent = new HashMap<>();

  @BeforeEach
  void registry() {
    ExpectedReportersTest.load(model);
  }

  /** The changes at {@code now}, remembered as sent and, like the topic, read back into the view. */
  private Map<String, AnomalyAlert> remind(Instant now) {
    List<AnomalyAlert> records = model.read(view -> ReportingReminders.changes(view, now, sent));
    Map<String, AnomalyAlert> byId = new HashMap<>();
    records.forEach(record -> {
      sent.put(record.getAlertId(), record);
      byId.put(record.getAlertId(), record);
    });
    model.apply(records.stream().map(r -> new ViewRecord(ViewSource.ANOMALY_ALERTS, r.getScopeId(), r)).toList());
    return byId;
  }

  private void reports(String creditCode, String period) {
    model.apply(List.of(new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, creditCode, ledger(month(period, 100)))));
  }

  @Test
  void noNoticeBeforeTheLeadTimeThenOneYellowNoticePerDistrictAndParkWithEnterprisesMissing() {
    assertThat(remind(BEFORE_REMINDERS)).isEmpty();

    Map<String, AnomalyAlert> notices = remind(NEARING);

    assertThat(notices).containsOnlyKeys(XIUZHOU_NOTICE, ZONE_NOTICE, CHANGSHU_NOTICE);
    AnomalyAlert xiuzhou = notices.get(XIUZHOU_NOTICE);
    assertThat(xiuzhou.getScopeName()).isEqualTo("秀洲区");
    assertThat(xiuzhou.getSeverity()).isEqualTo(Severity.YELLOW);
    assertThat(xiuzhou.getRevision()).isEqualTo(1);
    assertThat(xiuzhou.getCurrentValue()).isEqualTo(1L);
    assertThat(xiuzhou.getBaselineValue()).isEqualTo(3L);
    assertThat(xiuzhou.getExplanation()).contains("未报 2 家", "企业002B、企业004D尚未报送");
    assertThat(notices.get(ZONE_NOTICE).getExplanation()).startsWith("秀洲国家高新区 2026年9月应报企业 2 家，已报 1 家");
    assertThat(notices.get(ZONE_NOTICE).getParkId()).isEqualTo(ZONE);
    assertThat(remind(NEARING.plusSeconds(60))).as("nothing changed, nothing sent").isEmpty();
  }

  @Test
  void updatedAsReportsArriveAndTheDeadlinePassesAndClearedWhenEveryoneReported() {
    remind(NEARING);
    reports(B, "2026-09");

    Map<String, AnomalyAlert> afterB = remind(PASSED);

    assertThat(afterB).containsOnlyKeys(XIUZHOU_NOTICE, ZONE_NOTICE, CHANGSHU_NOTICE);
    assertThat(afterB.get(XIUZHOU_NOTICE)).satisfies(n -> {
      assertThat(n.getRevision()).isEqualTo(2);
      assertThat(n.getSeverity()).isEqualTo(Severity.RED);
      assertThat(n.getExplanation()).contains("未报 1 家", "已过：企业004D未报，请催报");
    });
    assertThat(afterB.get(ZONE_NOTICE)).satisfies(n -> {
      assertThat(n.getStatus()).isEqualTo(AlertStatus.CLEARED);
      assertThat(n.getClearedReason()).isEqualTo(ClearReason.ALL_REPORTED);
      assertThat(n.getRevision()).isEqualTo(2);
    });
    assertThat(afterB.get(CHANGSHU_NOTICE).getSeverity()).isEqualTo(Severity.RED);

    reports(D, "2026-09");
    Map<String, AnomalyAlert> afterD = remind(PASSED.plusSeconds(60));

    assertThat(afterD).containsOnlyKeys(XIUZHOU_NOTICE);
    assertThat(afterD.get(XIUZHOU_NOTICE).getStatus()).isEqualTo(AlertStatus.CLEARED);
    assertThat(afterD.get(XIUZHOU_NOTICE).getRevision()).isEqualTo(3);
    assertThat(afterD.get(XIUZHOU_NOTICE).getExplanation()).isEqualTo("秀洲区 2026年9月催报撤销：应报企业均已报送。");
  }

  @Test
  void aMonthWithAnOpenNoticeIsFollowedWhileTheNextMonthsNoticesStart() {
    remind(PASSED);
    reports(ExpectedReportersTest.F, "2026-09");

    Map<String, AnomalyAlert> november = remind(Instant.parse("2026-11-08T00:00:00Z"));

    assertThat(november.get(CHANGSHU_NOTICE).getStatus()).as("September's notice, cleared in November")
        .isEqualTo(AlertStatus.CLEARED);
    assertThat(november).containsKeys("DISTRICT|330411|2026-10|REPORT_MISSING", "PARK|XZ-HTZ|2026-10|REPORT_MISSING",
        "DISTRICT|320581|2026-10|REPORT_MISSING");
    assertThat(november.get("DISTRICT|330411|2026-10|REPORT_MISSING").getExplanation()).contains("未报 3 家");
  }

  @Test
  void aDistrictsRuleMovesItsDeadlineAndADisabledRuleClearsItsNotices() {
    AlertRule later = AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.REPORT_MISSING)).setDistrictCode(DISTRICT)
        .setReportingDeadlineDay(20).build();
    model.apply(List.of(new ViewRecord(ViewSource.ALERT_RULES, TopicKeys.alertRule(later), later)));

    assertThat(remind(NEARING)).as("秀洲区 reports by the 20th; 常熟市 by the 10th").containsOnlyKeys(CHANGSHU_NOTICE);
    Map<String, AnomalyAlert> nearingThe20th = remind(Instant.parse("2026-10-17T16:00:00Z"));
    assertThat(nearingThe20th).containsOnlyKeys(XIUZHOU_NOTICE, ZONE_NOTICE, CHANGSHU_NOTICE);
    assertThat(nearingThe20th.get(XIUZHOU_NOTICE).getSeverity()).isEqualTo(Severity.YELLOW);
    assertThat(nearingThe20th.get(CHANGSHU_NOTICE).getSeverity()).as("past the 10th").isEqualTo(Severity.RED);
    assertThat(sent.get(ZONE_NOTICE).getRuleId()).isEqualTo("REPORT_MISSING|*|330411|*");

    AlertRule off = AlertRule.newBuilder(later).setEnabled(false).build();
    model.apply(List.of(new ViewRecord(ViewSource.ALERT_RULES, TopicKeys.alertRule(off), off)));
    Map<String, AnomalyAlert> disabled = remind(Instant.parse("2026-10-18T00:00:00Z"));

    assertThat(disabled).containsOnlyKeys(XIUZHOU_NOTICE, ZONE_NOTICE);
    assertThat(disabled.values()).allSatisfy(n -> assertThat(n.getClearedReason()).isEqualTo(ClearReason.RULE_CHANGE));
  }
}
