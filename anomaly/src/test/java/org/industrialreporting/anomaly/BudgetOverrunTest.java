package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;

class BudgetOverrunTest {

  /** 1,200 tce a year: 100 tce a month pro rata. */
  private static final long BUDGET_KGCE = 1_200_000;
  private static final Subject KEY_USER = new Subject(AlertScope.ENTERPRISE, "91330411MA000023BA", "嘉兴重点用能企业",
      "330411", null, "C3011", true, BUDGET_KGCE);
  private static final EnterpriseRules RULES = RuleBook.defaults().forEnterprise(KEY_USER);
  private static final int JANUARY = MonthSeries.index(YearMonth.of(2026, 1));
  private static final int MARCH = JANUARY + 2;

  /** Energy of the months from January 2025 on, kgce; {@link MonthSeries#NOT_REPORTED} for a month not reported. */
  private static MonthSeries energy(long... kgce) {
    MonthSeries.Builder months = MonthSeries.builder(JANUARY - 12, kgce.length);
    for (int i = 0; i < kgce.length; i++) {
      if (kgce[i] != MonthSeries.NOT_REPORTED) {
        months.put(JANUARY - 12 + i, 1_000, kgce[i]);
      }
    }
    return months.build();
  }

  /** Last year not reported; January and February 2026 at 100 tce each, March as given. */
  private static Optional<Finding> quarter(Subject subject, long marchKgce) {
    long[] kgce = new long[15];
    Arrays.fill(kgce, 0, 12, MonthSeries.NOT_REPORTED);
    kgce[12] = 100_000;
    kgce[13] = 100_000;
    kgce[14] = marchKgce;
    return BudgetOverrun.ofYear(subject, energy(kgce), 2026, RuleBook.defaults().forEnterprise(subject));
  }

  @Test
  void exactlyOnTheProRataBudgetIsNoOverrun() {
    assertThat(quarter(KEY_USER, 100_000)).isEmpty();
  }

  @Test
  void oneKilogramOverIsYellow() {
    Finding overrun = quarter(KEY_USER, 100_001).orElseThrow();

    assertThat(overrun.severity()).isEqualTo(Severity.YELLOW);
    assertThat(overrun.threshold()).isEqualTo(100.0);
    assertThat(overrun.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 300_001, 300_000));
    assertThat(overrun.score()).isEqualTo(100.0);
    assertThat(overrun.context()).as("no last year to project on").isEmpty();
    assertThat(overrun.notReported()).isEmpty();
  }

  @Test
  void tenPercentOverIsStillYellowAndBeyondIsRed() {
    assertThat(quarter(KEY_USER, 130_000).orElseThrow().severity()).isEqualTo(Severity.YELLOW); // exactly 330 of 300
    Finding red = quarter(KEY_USER, 130_001).orElseThrow();
    assertThat(red.severity()).isEqualTo(Severity.RED);
    assertThat(red.threshold()).isEqualTo(110.0);
    assertThat(red.figure().changeBp()).isEqualTo(1_000);
  }

  @Test
  void onlyKeyEnergyUsersWithABudget() {
    Subject ordinary = new Subject(AlertScope.ENTERPRISE, KEY_USER.id(), KEY_USER.name(), "330411", null, "C3011",
        false, BUDGET_KGCE);
    Subject noBudget = new Subject(AlertScope.ENTERPRISE, KEY_USER.id(), KEY_USER.name(), "330411", null, "C3011",
        true, null);
    assertThat(quarter(ordinary, 500_000)).isEmpty();
    assertThat(quarter(noBudget, 500_000)).isEmpty();
  }

  @Test
  void aMonthNotReportedIsNamedAndLeftOutNotCountedAsZero() {
    long none = MonthSeries.NOT_REPORTED;
    // January 120 tce, February not reported, March 120 tce: 240 tce against two months' 200 tce.
    MonthSeries months = energy(none, none, none, none, none, none, none, none, none, none, none, none,
        120_000, none, 120_000);

    Finding overrun = BudgetOverrun.ofYear(KEY_USER, months, 2026, RULES).orElseThrow();

    assertThat(overrun.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 240_000, 200_000));
    assertThat(overrun.severity()).isEqualTo(Severity.RED);
    assertThat(overrun.notReported()).containsExactly(YearMonth.of(2026, 2));
  }

  @Test
  void anEnterpriseWhoseHeavyMonthsAreStillToComeGetsAnEarlyYellow() {
    // 2025: 50 tce a month in the first half, 150 in the second: 1,200 tce, on budget. 2026 starts 20 % higher.
    MonthSeries months = energy(50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 150_000, 150_000, 150_000, 150_000,
        150_000, 150_000, 60_000, 60_000, 60_000);

    Finding early = BudgetOverrun.ofYear(KEY_USER, months, 2026, RULES).orElseThrow();

    // Pro rata 180 of 300 tce; on last year's profile 180 × 1,200 / 150 = 1,440 tce of 1,200.
    assertThat(early.severity()).isEqualTo(Severity.YELLOW);
    assertThat(early.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PROJECTION, 1_440_000,
        BUDGET_KGCE));
    assertThat(early.score()).isEqualTo(120.0);
    assertThat(early.context()).singleElement()
        .isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 180_000, 300_000));
    assertThat(BudgetOverrun.ofYear(KEY_USER, energy(50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 150_000,
        150_000, 150_000, 150_000, 150_000, 150_000, 50_000, 50_000, 50_000), 2026, RULES))
        .as("on last year's course").isEmpty();
  }

  @Test
  void aProjectionBeyondItsDoubtIsAnEarlyYellowFromTheFirstMonth() {
    // 2025: 50 tce a month in the first half, 150 in the second. January 2026 at 53 tce: projected 1,272 tce, 6 % over.
    long[] kgce = new long[13];
    Arrays.fill(kgce, 0, 6, 50_000);
    Arrays.fill(kgce, 6, 12, 150_000);
    kgce[12] = 53_000;

    Finding early = BudgetOverrun.asOf(KEY_USER, energy(kgce), JANUARY, RULES).orElseThrow();

    assertThat(early.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PROJECTION, 1_272_000,
        BUDGET_KGCE));
    kgce[12] = 51_000; // 1,224 tce: 2 % over, within the doubt of a projection from one month (2.75 %)
    assertThat(BudgetOverrun.asOf(KEY_USER, energy(kgce), JANUARY, RULES)).isEmpty();
  }

  @Test
  void aYearProjectedOnlyJustOverIsAnEarlyYellowOnceFewMonthsAreLeftToChangeIt() {
    // 2025: 50 tce a month in the first half, 150 in the second; 2026 runs 2 % above it: projected 1,224 tce.
    long[] kgce = new long[20];
    Arrays.fill(kgce, 0, 6, 50_000);
    Arrays.fill(kgce, 6, 12, 150_000);
    Arrays.fill(kgce, 12, 18, 51_000);
    Arrays.fill(kgce, 18, 20, 153_000);
    MonthSeries months = energy(kgce);

    assertThat(BudgetOverrun.asOf(KEY_USER, months, JANUARY + 5, RULES)).as("after June: doubt 1.5 %").isPresent();
    assertThat(BudgetOverrun.asOf(KEY_USER, months, JANUARY + 7, RULES)).as("after August: doubt 1 %")
        .hasValueSatisfying(f -> {
          assertThat(f.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PROJECTION, 1_224_000,
              BUDGET_KGCE));
          assertThat(f.context()).singleElement()
              .isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 612_000, 800_000));
        });
    assertThat(BudgetOverrun.asOf(KEY_USER, months, JANUARY + 2, RULES)).as("after March: doubt 2.25 %").isEmpty();
  }

  @Test
  void theYearIsJudgedAsOfItsLatestReportedMonthAndAsOfEachMonthBefore() {
    long none = MonthSeries.NOT_REPORTED;
    MonthSeries months = energy(none, none, none, none, none, none, none, none, none, none, none, none,
        100_000, 100_000, 100_000, 100_000, 140_000);

    assertThat(BudgetOverrun.asOf(KEY_USER, months, MARCH, RULES)).isEmpty();
    assertThat(BudgetOverrun.ofYear(KEY_USER, months, 2026, RULES)).hasValueSatisfying(f ->
        assertThat(f.figure()).isEqualTo(new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 540_000, 500_000)));
    assertThat(BudgetOverrun.ofYear(KEY_USER, months, 2027, RULES)).as("nothing reported").isEmpty();
  }

  @Test
  void aYearToDateBeyondTheWholeBudgetIsRed() {
    long[] kgce = new long[24];
    Arrays.fill(kgce, 0, 12, MonthSeries.NOT_REPORTED);
    Arrays.fill(kgce, 12, 24, 100_000);
    kgce[23] = 104_000; // 1,204 tce in the year: 0.3 % over the pro-rata budget, and over the whole budget

    assertThat(BudgetOverrun.ofYear(KEY_USER, energy(kgce), 2026, RULES).orElseThrow().severity())
        .isEqualTo(Severity.RED);
  }

  @Test
  void productsAreComparedExactlyBeyondSixtyFourBits() {
    assertThat(BudgetOverrun.exceeds(Long.MAX_VALUE, 3, Long.MAX_VALUE - 1, 3)).isTrue();
    assertThat(BudgetOverrun.exceeds(Long.MAX_VALUE - 1, 3, Long.MAX_VALUE, 3)).isFalse();
    assertThat(BudgetOverrun.exceeds(6, 4, 8, 3)).isFalse();
    assertThat(BudgetOverrun.exceeds(1L << 40, 1L << 30, 1L << 35, (1L << 35) - 1)).isTrue();
  }
}
