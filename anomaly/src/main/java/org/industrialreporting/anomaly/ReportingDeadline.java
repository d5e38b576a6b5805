package org.industrialreporting.anomaly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * When a month's reports are due, by the REPORT_MISSING rule that applies: by the end of the rule's
 * {@code reporting_deadline_day} of the following month (Beijing time; default the 10th), with reminders (催报) from
 * {@code reminder_lead_days} (default 3) days before that end.
 *
 * @param lastDay the last day reports count as on time, e.g. 2026-10-10 for 2026-09
 * @param remindFrom the moment the first reminder is due: {@code due} minus the lead days
 * @param due the moment reports are overdue: the start of the day after {@code lastDay}
 * @param ruleKey the key of the rule that set the deadline, e.g. {@code REPORT_MISSING|*|330411|*}
 */
public record ReportingDeadline(LocalDate lastDay, Instant remindFrom, Instant due, String ruleKey) {

  /** The default deadline day of the following month. */
  public static final int DEFAULT_DAY = 10;

  /** Where a month stands against its deadline. */
  public enum Stage {
    /** Before the reminders start: no notice. */
    NOT_YET,
    /** Within the lead time of the deadline: a YELLOW notice. */
    NEARS,
    /** After the deadline: a RED notice. */
    PASSED
  }

  public static ReportingDeadline of(YearMonth month, AppliedRule rule) {
    AlertRule r = rule.rule();
    if (r.getKind() != AlertKind.REPORT_MISSING) {
      throw new IllegalArgumentException("A reporting deadline is a REPORT_MISSING rule, not " + rule.key());
    }
    LocalDate lastDay = month.plusMonths(1).atDay(r.getReportingDeadlineDay());
    Instant due = MonthCompleteness.deadline(month, r.getReportingDeadlineDay());
    Instant remindFrom = lastDay.plusDays(1).minusDays(r.getReminderLeadDays()).atStartOfDay(PeriodRule.CHINA)
        .toInstant();
    return new ReportingDeadline(lastDay, remindFrom, due, rule.key());
  }

  public Stage stage(Instant now) {
    if (now.isBefore(remindFrom)) {
      return Stage.NOT_YET;
    }
    return now.isBefore(due) ? Stage.NEARS : Stage.PASSED;
  }
}
