package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/**
 * The 催报 notice of a district or park and month: who of the enterprises due to report (应报) has not (未报), as
 * an alert of kind REPORT_MISSING, YELLOW while the deadline nears and RED once it passed. One notice per scope and
 * month ({@code DISTRICT|330411|2026-09|REPORT_MISSING}); {@link AlertRecords#reconcile} updates it as reports
 * arrive and clears it ({@code ALL_REPORTED}) when none is missing.
 */
public final class ReportingNotice {

  /** The notice's indicator: the reports themselves. */
  public static final String INDICATOR = "reports";
  /** Names the text lists; the whole list is in the API and {@code reporting missing}. */
  static final int NAMES_IN_TEXT = 20;

  private ReportingNotice() {
  }

  /** An enterprise that has not reported. */
  public record Missing(String creditCode, String name) {
  }

  /**
   * The notice as it should stand now: empty before the reminders start and when nobody is missing.
   *
   * @param scope the district or park
   * @param expected how many enterprises are due to report the month (应报)
   * @param missing those of them without a report in force (未报), in the order to list them
   * @param at when the notice is made
   */
  public static Optional<AnomalyAlert> of(Subject scope, YearMonth period, int expected, List<Missing> missing,
      ReportingDeadline deadline, Instant at) {
    ReportingDeadline.Stage stage = deadline.stage(at);
    if (stage == ReportingDeadline.Stage.NOT_YET || missing.isEmpty()) {
      return Optional.empty();
    }
    int reported = expected - missing.size();
    int rateBp = rateBp(reported, expected);
    boolean passed = stage == ReportingDeadline.Stage.PASSED;
    return Optional.of(AnomalyAlert.newBuilder()
        .setAlertId(AlertRecords.alertId(scope, period, AlertKind.REPORT_MISSING))
        .setRevision(1)
        .setStatus(AlertStatus.OPEN)
        .setScopeType(scope.scopeType())
        .setScopeId(scope.id())
        .setScopeName(scope.name())
        .setDistrictCode(scope.districtCode())
        .setParkId(scope.parkId())
        .setPeriod(period.toString())
        .setKind(AlertKind.REPORT_MISSING)
        .setSeverity(passed ? Severity.RED : Severity.YELLOW)
        .setIndicator(INDICATOR)
        .setComparison(Comparison.REPORTING_DEADLINE)
        .setCurrentValue((long) reported)
        .setBaselineValue((long) expected)
        .setScore(percent(rateBp).doubleValue())
        .setThreshold(100.0)
        .setRuleId(deadline.ruleKey())
        .setExplanation(text(scope, period, expected, missing, deadline.lastDay(), passed, rateBp))
        .setDetectedAt(at)
        .build());
  }

  /** 已报 / 应报 in basis points, rounded half-even; null when nobody is due. */
  public static Integer rateBp(long reported, long expected) {
    if (expected == 0) {
      return null;
    }
    return BigDecimal.valueOf(reported).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_EVEN).intValueExact();
  }

  /** Basis points as a percentage with one decimal, half-even: 3333 is 33.3. */
  private static BigDecimal percent(int bp) {
    return BigDecimal.valueOf(bp).movePointLeft(2).setScale(1, RoundingMode.HALF_EVEN);
  }

  /**
   * E.g. {@code 秀洲区 2026年9月应报企业 3 家，已报 1 家，未报 2 家（报送率 33.3%），报送截止日 2026年10月10日已过：企业甲、企业乙未报，请催报。}
   */
  private static String text(Subject scope, YearMonth period, int expected, List<Missing> missing, LocalDate lastDay,
      boolean passed, int rateBp) {
    String names = missing.stream().limit(NAMES_IN_TEXT).map(Missing::name).collect(Collectors.joining("、"))
        + (missing.size() > NAMES_IN_TEXT ? "等 " + missing.size() + " 家" : "");
    String deadline = "报送截止日 " + lastDay.getYear() + "年" + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth()
        + "日";
    return scope.displayName() + " " + AlertText.period(period) + "应报企业 " + expected + " 家，已报 "
        + (expected - missing.size()) + " 家，未报 " + missing.size() + " 家（报送率 "
        + percent(rateBp).toPlainString() + "%），"
        + (passed ? deadline + "已过：" + names + "未报，请催报。" : deadline + "，" + names + "尚未报送，请督促按时报送。");
  }
}
