package org.industrialreporting.dashboard.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;

/** The year-to-date figure as officials quote it. */
public final class YearToDate {

  private YearToDate() {
  }

  /**
   * The year to date's figure shown: sums, except for employees, whose person-months are shown as the average
   * headcount over the months of the year so far (从业人员平均人数).
   */
  public static long shown(EnterpriseIndicator indicator, Figures ytd, YearMonth period) {
    long sum = indicator.getTotal(ytd.getTotals());
    if (indicator != EnterpriseIndicator.EMPLOYEES) {
      return sum;
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(period.getMonthValue()), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
