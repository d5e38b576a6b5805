package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class BudgetOverrunTest {

  /** 1,200 tce a year: 100 tce a month pro rata. */
  private static final long BUDGET_KGCE = 1_200_000;
  private static final Subject KEY_USER = new Subject(AlertScope.ENTERPRISE, "91330411MA000023BA", "嘉兴重点用能企业",
      "330411", null, "C3011", true, BUDGET_KGCE);
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  /** January and February at 100 tce each, March as given, kgce. */
  private static NavigableMap<YearMonth, MonthFigures> quarter(long marchKgce) {
    NavigableMap<YearMonth, MonthFigures> months = new TreeMap<>();
    months.put(YearMonth.of(2025, 12), new MonthFigures(YearMonth.of(2025, 12), 1_000, 900_000)); // last year
    months.put(YearMonth.of(2026, 1), new MonthFigures(YearMonth.of(2026, 1), 1_000, 100_000));
    months.put(YearMonth.of(2026, 2), new MonthFigures(YearMonth.of(2026, 2), 1_000, 100_000));
    months.put(MARCH, new MonthFigures(MARCH, 1_000, marchKgce));
    return months;
  }

  private static List<Finding> budget(Subject subject, long marchKgce) {
    return EnterpriseDetector.detect(subject, quarter(marchKgce), MARCH, RuleBook.defaults()).stream()
        .filter(f -> f.kind() == AlertKind.BUDGET_OVERRUN).toList();
  }

  @Test
  void exactlyOnTheProRataBudgetIsNoOverrun() {
    assertThat(budget(KEY_USER, 100_000)).isEmpty();
  }

  @Test
  void oneKilogramOverIsYellow() {
    Finding overrun = budget(KEY_USER, 100_001).get(0);

    assertThat(overrun.severity()).isEqualTo(Severity.YELLOW);
    assertThat(overrun.threshold()).isEqualTo(100.0);
    assertThat(overrun.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 300_001, 300_000));
    assertThat(overrun.score()).isEqualTo(100.0);
  }

  @Test
  void tenPercentOverIsStillYellowAndBeyondIsRed() {
    assertThat(budget(KEY_USER, 130_000).get(0).severity()).isEqualTo(Severity.YELLOW); // exactly 330 of 300 tce
    Finding red = budget(KEY_USER, 130_001).get(0);
    assertThat(red.severity()).isEqualTo(Severity.RED);
    assertThat(red.threshold()).isEqualTo(110.0);
    assertThat(red.figure().changeBp()).isEqualTo(1_000);
  }

  @Test
  void onlyKeyEnergyUsersWithABudget() {
    Subject ordinary = new Subject(AlertScope.ENTERPRISE, KEY_USER.id(), KEY_USER.name(), "330411", null, "C3011",
        false, BUDGET_KGCE);
    assertThat(budget(ordinary, 500_000)).isEmpty();
  }
}
