package org.industrialreporting.dashboard.evaluation;

import java.time.YearMonth;
import java.util.List;

/**
 * What the 亩均 evaluation takes of one enterprise for one window (January to a month of a year): whether the
 * registry has it above scale that year, and its reports of the window, each with the land recorded with it.
 *
 * @param aboveScale the registry's above-scale status of the year; null when the enterprise is not registered
 * @param months     its reports in the window, one per month it reported
 */
public record EnterpriseYear(String creditCode, String name, Boolean aboveScale, List<Month> months) {

  public EnterpriseYear {
    months = List.copyOf(months);
  }

  /**
   * One month's report, in stored units.
   *
   * @param landCentimu the land recorded with the report, hundredths of a mu; null when none was declared
   */
  public record Month(YearMonth period, long taxYuan, long valueAddedYuan, long revenueYuan, long energyKgce,
      long employees, long rdExpenseYuan, Long landCentimu) {
  }
}
