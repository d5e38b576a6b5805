package org.industrialreporting.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SpringFestivalTest {

  @Test
  void theHolidaySeasonMovesWithTheLunarNewYear() {
    assertThat(SpringFestival.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(SpringFestival.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    // 2025: 19 January to 12 February; 2026: 7 February to 3 March.
    assertThat(SpringFestival.holidayShare(YearMonth.of(2025, 1))).isCloseTo(13 / 31.0, within(1e-12));
    assertThat(SpringFestival.holidayShare(YearMonth.of(2025, 2))).isCloseTo(12 / 28.0, within(1e-12));
    assertThat(SpringFestival.holidayShare(YearMonth.of(2025, 3))).isZero();
    assertThat(SpringFestival.holidayShare(YearMonth.of(2026, 1))).isZero();
    assertThat(SpringFestival.holidayShare(YearMonth.of(2026, 2))).isCloseTo(22 / 28.0, within(1e-12));
    assertThat(SpringFestival.holidayShare(YearMonth.of(2026, 3))).isCloseTo(3 / 31.0, within(1e-12));
  }

  @Test
  void noHolidayAfterMarchAndAnAverageDateOutsideTheTable() {
    assertThat(SpringFestival.holidayShare(YearMonth.of(2026, 4))).isZero();
    assertThat(SpringFestival.newYear(2040)).isEqualTo(LocalDate.of(2040, 2, 5));
    assertThat(SpringFestival.holidayShare(YearMonth.of(2150, 2))).isGreaterThan(0);
  }
}
