package org.industrialreporting.streams.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthsTest {

  @Test
  void aPeriodParsesToTheMonthOfItsYearMonth() {
    for (YearMonth period = YearMonth.of(1999, 1); period.isBefore(YearMonth.of(2031, 1)); period = period.plusMonths(1)) {
      assertThat(Months.parse(period.toString())).as(period.toString()).isEqualTo(Months.of(period));
    }
    assertThat(Months.toYearMonth(Months.parse("2026-09"))).isEqualTo(YearMonth.of(2026, 9));
  }

  @Test
  void whatIsNoYearAndMonthIsRefusedAsYearMonthRefusesIt() {
    for (String wrong : new String[] {"2026-13", "2026-00", "2026-9", "20x6-09", "2026/09", ""}) {
      assertThatThrownBy(() -> Months.parse(wrong)).as(wrong).isInstanceOf(DateTimeException.class);
    }
  }
}
