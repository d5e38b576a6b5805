package org.industrialreporting.domain.report;

import java.time.Clock;
import org.industrialreporting.domain.creditcode.CreditCodeAllowList;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * The configurable parts of report validation, shared by every entry point.
 *
 * @param period accepted periods
 * @param creditCode credit code checks with their legacy allow-list
 * @param unitJump the unit-mistake check against the previous month
 */
public record ReportRules(PeriodRule period, CreditCodeRule creditCode, UnitJumpRule unitJump) {

  /** The defaults: China's calendar from 2000 on, no legacy codes, a factor of 100 for unit jumps. */
  public static ReportRules defaults(Clock clock) {
    return new ReportRules(PeriodRule.defaults(clock), new CreditCodeRule(CreditCodeAllowList.empty()),
        UnitJumpRule.defaults());
  }
}
