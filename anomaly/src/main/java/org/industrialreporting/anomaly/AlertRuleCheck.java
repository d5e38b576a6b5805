package org.industrialreporting.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;

/** What makes an alert rule unusable, every problem named, before it is written to {@code alert-rules}. */
public final class AlertRuleCheck {

  private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");
  private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T]([0-9]{1,4})?");
  private static final int WHOLE = 10_000;

  private AlertRuleCheck() {
  }

  public static List<String> problems(AlertRule rule) {
    List<String> problems = new ArrayList<>();
    boolean rollup = rule.getKind() == AlertKind.ROLLUP_SWING;
    boolean scopeKind = rollup || rule.getKind() == AlertKind.REPORT_MISSING;
    if (rule.getIndicator() != null && !(rollup && (rule.getIndicator().equals(Figure.ENERGY)
        || rule.getIndicator().equals(Figure.OUTPUT)))) {
      problems.add("indicator is for ROLLUP_SWING only, and then energy_tce or output_value, not '"
          + rule.getIndicator() + "'");
    }
    if (rule.getDistrictCode() != null && !DISTRICT.matcher(rule.getDistrictCode()).matches()) {
      problems.add("district_code must be 6 digits (GB/T 2260), not '" + rule.getDistrictCode() + "'");
    }
    if (rule.getIndustryPrefix() != null && (scopeKind || !INDUSTRY_PREFIX.matcher(rule.getIndustryPrefix()).matches())) {
      problems.add("industry_prefix must be a GB/T 4754 section letter and up to four digits (e.g. C30), for"
          + " enterprise kinds only, not '" + rule.getIndustryPrefix() + "'");
    }
    if (!(rule.getYellowZ() > 0) || !(rule.getRedZ() >= rule.getYellowZ())) {
      problems.add("yellow_z must be above 0 and red_z at least yellow_z, not " + rule.getYellowZ() + " and "
          + rule.getRedZ());
    }
    if (rule.getMinChangeBp() <= 0 || rule.getRedChangeBp() < rule.getMinChangeBp()) {
      problems.add("min_change_bp must be above 0 and red_change_bp at least min_change_bp, not "
          + rule.getMinChangeBp() + " and " + rule.getRedChangeBp());
    }
    if (!share(rule.getStoppageOutputRatioBp()) || !share(rule.getStoppageEnergyRatioBp())
        || rule.getStoppageRedOutputRatioBp() < 0
        || rule.getStoppageRedOutputRatioBp() > rule.getStoppageOutputRatioBp()) {
      problems.add("stoppage ratios must be shares from 1 to 10000 bp, the red output ratio at most the output"
          + " ratio");
    }
    if (!share(rule.getCompleteShareBp())) {
      problems.add("complete_share_bp must be a share from 1 to 10000 bp, not " + rule.getCompleteShareBp());
    }
    if (rule.getReportingDeadlineDay() < 1 || rule.getReportingDeadlineDay() > 28) {
      problems.add("reporting_deadline_day must be a day from 1 to 28 of the following month, not "
          + rule.getReportingDeadlineDay());
    }
    if (rule.getReminderLeadDays() < 0 || rule.getReminderLeadDays() > 27) {
      problems.add("reminder_lead_days must be from 0 to 27 days before the deadline, not "
          + rule.getReminderLeadDays());
    }
    if (rule.getBudgetRedOverrunBp() < 0) {
      problems.add("budget_red_overrun_bp cannot be negative, not " + rule.getBudgetRedOverrunBp());
    }
    return problems;
  }

  private static boolean share(int bp) {
    return bp > 0 && bp <= WHOLE;
  }
}
