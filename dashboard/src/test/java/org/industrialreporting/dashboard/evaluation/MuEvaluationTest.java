package org.industrialreporting.dashboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.industrialreporting.dashboard.evaluation.MuEvaluation.Basis;
import org.industrialreporting.dashboard.evaluation.MuEvaluation.Classified;
import org.industrialreporting.dashboard.evaluation.MuEvaluation.Reason;
import org.industrialreporting.dashboard.evaluation.MuEvaluation.Result;
import org.junit.jupiter.api.Test;

/**
 * The evaluation on districts built by hand, with expected figures worked out on paper. The reference enterprise
 * reports, every month: tax 1,000,000 yuan, value added 4,000,000, revenue 20,000,000, energy 2,000 tce, 100
 * employees, R&D 400,000, on 100 mu. Over January to March that is 25 mu-years and 25 person-years, so its
 * indicators are 120,000 yuan tax per mu per year, 480,000 value added per mu per year, 2,000 per tce, 480,000 per
 * person per year and an R&D share of 2 %.
 */
class MuEvaluationTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final EvaluationRules DEFAULTS = EvaluationRules.defaults();

  /** Monthly figures as multiples of the reference enterprise's. */
  private record Shape(double tax, double valueAdded, double energy, double employees, double rd, Long landMu) {
    static final Shape REFERENCE = new Shape(1, 1, 1, 1, 1, 100L);
  }

  private static EnterpriseYear enterprise(String code, Boolean aboveScale, int year, int months, Shape shape) {
    List<EnterpriseYear.Month> reports = new ArrayList<>();
    for (int m = 1; m <= months; m++) {
      reports.add(new EnterpriseYear.Month(YearMonth.of(year, m), Math.round(1_000_000 * shape.tax()),
          Math.round(4_000_000 * shape.valueAdded()), 20_000_000, Math.round(2_000_000 * shape.energy()),
          Math.round(100 * shape.employees()), Math.round(400_000 * shape.rd()),
          shape.landMu() == null ? null : shape.landMu() * 100));
    }
    return new EnterpriseYear(code, "企业" + code, aboveScale, reports);
  }

  private static List<EnterpriseYear> referenceLastYear() {
    return List.of(enterprise("P", true, 2025, 3, Shape.REFERENCE));
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  @Test
  void scoresEachIndicatorAgainstLastYearsDistrictAverageWithEmissionsSharedOut() {
    // Twice the tax, the same value added, half the energy, twice the staff, twice the R&D.
    EnterpriseYear x = enterprise("X", true, 2026, 3, new Shape(2, 1, 0.5, 2, 2, 100L));
    EnterpriseYear same = enterprise("S", true, 2026, 3, Shape.REFERENCE);

    Result result = MuEvaluation.evaluate(DEFAULTS, MARCH, List.of(x, same), referenceLastYear());

    assertThat(result.benchmarks().get(EvaluationIndicator.TAX_PER_MU).value()).isEqualByComparingTo("120000");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_MU).value()).isEqualByComparingTo("480000");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_TCE).value()).isEqualByComparingTo("2000");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_EMPLOYEE).value())
        .isEqualByComparingTo("480000");
    assertThat(result.benchmarks().get(EvaluationIndicator.RD_SHARE).value()).isEqualByComparingTo("0.02");
    assertThat(result.benchmarks().values()).allMatch(b -> b.basis() == Basis.PREVIOUS_YEAR);
    assertThat(result.benchmarks()).doesNotContainKey(EvaluationIndicator.EMISSIONS);
    // 30 / 90 × 100 = 33.33…: emissions' 10 points are shared out in proportion.
    assertThat(result.weights().get(EvaluationIndicator.TAX_PER_MU)).isEqualByComparingTo(decimal("100")
        .divide(decimal("3"), Sums.PRECISION));
    assertThat(result.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isCloseTo(decimal("100"), offset(decimal("1e-20")));

    Classified first = result.classified().get(0);
    assertThat(first.creditCode()).isEqualTo("X");
    // Ratios 2, 1, 2, 0.5, 2: (60 + 20 + 40 + 5 + 20) × 100 / 90 = 161.11.
    assertThat(first.score()).isEqualByComparingTo("161.11");
    assertThat(first.values().get(EvaluationIndicator.TAX_PER_MU)).isEqualByComparingTo("240000");
    assertThat(first.values().get(EvaluationIndicator.VALUE_ADDED_PER_EMPLOYEE)).isEqualByComparingTo("240000");
    assertThat(first.values().get(EvaluationIndicator.RD_SHARE)).isEqualByComparingTo("0.04");
    // The reference itself scores the total weight.
    assertThat(result.classified().get(1).score()).isEqualByComparingTo("100.00");
    assertThat(result.notClassified()).isEmpty();
  }

  @Test
  void classesByRankAtTheTwentySixtyAndNinetyFivePercentBoundaries() {
    List<EnterpriseYear> twenty = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      twenty.add(enterprise(String.format("E%02d", i), true, 2026, 3, new Shape(3 - i * 0.1, 1, 1, 1, 1, 100L)));
    }

    List<Classified> ranked = MuEvaluation.evaluate(DEFAULTS, MARCH, twenty, referenceLastYear()).classified();

    assertThat(ranked).extracting(Classified::creditCode).first().isEqualTo("E01");
    // (rank − 1) below 20 % of 20 = 4: ranks 1–4 are A; below 12: 5–12 B; below 19: 13–19 C; rank 20 D.
    assertThat(gradesByRank(ranked)).isEqualTo("AAAABBBBBBBBCCCCCCCD");
  }

  @Test
  void aSmallDistrictHasNoDClassAndOneEnterpriseIsA() {
    List<EnterpriseYear> ten = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ten.add(enterprise("E" + (char) ('A' + i), true, 2026, 3, new Shape(3 - i * 0.1, 1, 1, 1, 1, 100L)));
    }
    // (rank − 1) below 2: A; below 6: B; below 9.5: C, so the tenth too.
    assertThat(gradesByRank(MuEvaluation.evaluate(DEFAULTS, MARCH, ten, referenceLastYear()).classified()))
        .isEqualTo("AABBBBCCCC");
    assertThat(gradesByRank(MuEvaluation.evaluate(DEFAULTS, MARCH, ten.subList(0, 1), referenceLastYear())
        .classified())).isEqualTo("A");
  }

  @Test
  void equalScoresShareTheBestRankAndItsClass() {
    List<EnterpriseYear> ten = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      // The second and third are equal; the third would be B on its own rank.
      double tax = i == 3 ? 3 - 2 * 0.1 : 3 - i * 0.1;
      ten.add(enterprise("E" + (char) ('A' + i), true, 2026, 3, new Shape(tax, 1, 1, 1, 1, 100L)));
    }

    List<Classified> ranked = MuEvaluation.evaluate(DEFAULTS, MARCH, ten, referenceLastYear()).classified();

    assertThat(ranked).extracting(Classified::rank).startsWith(1, 2, 2, 4);
    assertThat(ranked.get(1).score()).isEqualByComparingTo(ranked.get(2).score());
    // Credit code orders the tie.
    assertThat(ranked).extracting(Classified::creditCode).startsWith("EB", "EC", "ED");
    assertThat(gradesByRank(ranked)).isEqualTo("AAABBBCCCC");
  }

  @Test
  void listsTheEnterprisesItCannotClassifyWithTheReason() {
    EnterpriseYear classified = enterprise("A", true, 2026, 3, Shape.REFERENCE);
    EnterpriseYear withoutLand = enterprise("B", true, 2026, 3, new Shape(1, 1, 1, 1, 1, null));
    EnterpriseYear belowScale = enterprise("C", false, 2026, 3, Shape.REFERENCE);
    EnterpriseYear unregistered = enterprise("D", null, 2026, 3, Shape.REFERENCE);
    EnterpriseYear withoutEnergy = enterprise("E", true, 2026, 3, new Shape(1, 1, 0, 1, 1, 100L));

    Result result = MuEvaluation.evaluate(DEFAULTS, MARCH,
        List.of(withoutEnergy, unregistered, belowScale, withoutLand, classified), referenceLastYear());

    assertThat(result.classified()).extracting(Classified::creditCode).containsExactly("A");
    assertThat(result.notClassified()).extracting(n -> n.creditCode() + " " + n.reason() + ": " + n.explanation())
        .containsExactly(
            "B NO_LAND: no land recorded with any of its reports of 2026",
            "C BELOW_SCALE: below scale (规下) in 2026",
            "D NOT_REGISTERED: not in the enterprise registry",
            "E UNDEFINED_INDICATOR: value_added_per_tce (单位能耗增加值) is undefined: its denominator is zero over"
                + " the months reported");
  }

  @Test
  void withoutAPreviousYearTheBenchmarksAreThisYearsDistrictAverage() {
    EnterpriseYear x = enterprise("X", true, 2026, 3, new Shape(2, 1, 0.5, 2, 2, 100L));
    EnterpriseYear same = enterprise("S", true, 2026, 3, Shape.REFERENCE);
    // Last year's only enterprise was below scale: nobody was classified then.
    List<EnterpriseYear> lastYear = List.of(enterprise("P", false, 2025, 3, Shape.REFERENCE));

    Result result = MuEvaluation.evaluate(DEFAULTS, MARCH, List.of(x, same), lastYear);

    assertThat(result.benchmarks().values()).allMatch(b -> b.basis() == Basis.CURRENT_YEAR);
    // Tax 9,000,000 over 50 mu-years; value added 24,000,000 over 50 mu-years, 9,000 tce and 75 person-years;
    // R&D 3,600,000 of 120,000,000.
    assertThat(result.benchmarks().get(EvaluationIndicator.TAX_PER_MU).value()).isEqualByComparingTo("180000");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_MU).value()).isEqualByComparingTo("480000");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_TCE).value().setScale(6,
        RoundingMode.HALF_EVEN)).isEqualByComparingTo("2666.666667");
    assertThat(result.benchmarks().get(EvaluationIndicator.VALUE_ADDED_PER_EMPLOYEE).value())
        .isEqualByComparingTo("320000");
    assertThat(result.benchmarks().get(EvaluationIndicator.RD_SHARE).value()).isEqualByComparingTo("0.03");
  }

  @Test
  void landRegisteredInMarchCountsForTheMonthsReportedBeforeIt() {
    List<EnterpriseYear.Month> months = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      months.add(new EnterpriseYear.Month(YearMonth.of(2026, m), 1_000_000, 4_000_000, 20_000_000, 2_000_000, 100,
          400_000, m < 3 ? null : 10_000L));
    }
    EnterpriseYear landFromMarch = new EnterpriseYear("L", "企业L", true, months);
    EvaluationRules fixedTax = EvaluationRules.parse("{\"benchmarks\": {\"tax_per_mu\": 120000}}", "test");

    Classified l = MuEvaluation.evaluate(fixedTax, YearMonth.of(2026, 9), List.of(landFromMarch), List.of())
        .classified().get(0);

    // 100 mu held over the nine months reported: 75 mu-years, 9,000,000 yuan of tax, 120,000 per mu and year.
    assertThat(l.values().get(EvaluationIndicator.TAX_PER_MU)).isEqualByComparingTo("120000");
    assertThat(l.points().get(EvaluationIndicator.TAX_PER_MU)).isEqualByComparingTo(
        decimal("100").divide(decimal("3"), Sums.PRECISION));
  }

  @Test
  void rulesFixBenchmarksAndAnIndicatorWithoutABenchmarkGivesItsWeightToTheOthers() {
    EvaluationRules rules = EvaluationRules.parse("""
        {"weights": {"value_added_per_employee": 0},
         "benchmarks": {"tax_per_mu": 240000},
         "class_cutoffs_percent": {"A": 50}}""", "rules.json");
    // Nobody spends on R&D: its benchmark is zero and it is not scored.
    EnterpriseYear x = enterprise("X", true, 2026, 3, new Shape(2, 1, 1, 1, 0, 100L));
    List<EnterpriseYear> lastYear = List.of(enterprise("P", true, 2025, 3, new Shape(1, 1, 1, 1, 0, 100L)));

    Result result = MuEvaluation.evaluate(rules, MARCH, List.of(x), lastYear);

    assertThat(result.benchmarks().get(EvaluationIndicator.TAX_PER_MU).basis()).isEqualTo(Basis.RULE);
    assertThat(result.benchmarks().get(EvaluationIndicator.RD_SHARE).value()).isNull();
    assertThat(result.benchmarks()).doesNotContainKey(EvaluationIndicator.VALUE_ADDED_PER_EMPLOYEE);
    assertThat(result.weights()).containsOnlyKeys(EvaluationIndicator.TAX_PER_MU,
        EvaluationIndicator.VALUE_ADDED_PER_MU, EvaluationIndicator.VALUE_ADDED_PER_TCE);
    // Tax, value added per mu and per tce at 30, 20, 20 of 70 scored, scaled to the rules' 90: all at ratio 1.
    assertThat(result.classified().get(0).score()).isEqualByComparingTo("90.00");
    assertThat(rules.cutoffsPercent()).isEqualTo(Map.of(Grade.A, decimal("50"), Grade.B, decimal("60"),
        Grade.C, decimal("95")));
  }

  @Test
  void badRulesAreRefusedNamingTheFileAndTheKey() {
    assertThatThrownBy(() -> EvaluationRules.parse("{\"weights\": {\"tax\": 30}}", "/etc/rules.json"))
        .hasMessageStartingWith("/etc/rules.json: weights: unknown indicator 'tax', expected one of tax_per_mu,");
    assertThatThrownBy(() -> EvaluationRules.parse("{\"weights\": {\"tax_per_mu\": -1}}", "r.json"))
        .hasMessage("r.json: weights.tax_per_mu must be a number at least 0, got -1");
    assertThatThrownBy(() -> EvaluationRules.parse("{\"class_cutoffs_percent\": {\"A\": 70}}", "r.json"))
        .hasMessage("r.json: class_cutoffs_percent must satisfy 0 <= A <= B <= C <= 100, got A 70, B 60, C 95");
    assertThatThrownBy(() -> EvaluationRules.parse("{\"cutoffs\": {}}", "r.json"))
        .hasMessageStartingWith("r.json: unknown section 'cutoffs'");
    assertThatThrownBy(() -> EvaluationRules.parse("{\"benchmarks\": {\"emissions\": 5}}", "r.json"))
        .hasMessage("r.json: benchmarks.emissions must be above zero for a scored indicator, got 5");
    assertThatThrownBy(() -> EvaluationRules.parse("{\"weights\": ", "r.json")).hasMessageStartingWith("r.json: not JSON");
  }

  private static String gradesByRank(List<Classified> ranked) {
    StringBuilder grades = new StringBuilder();
    ranked.forEach(c -> grades.append(c.grade()));
    return grades.toString();
  }
}
