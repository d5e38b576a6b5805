package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.anomaly.MonthlySeries.ENTERPRISE;

import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.stream.Stream;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseDetectorTest {

  private static final YearMonth MAY = YearMonth.of(2025, 5);
  private static final YearMonth LAST = YearMonth.of(2025, 12);

  private static List<AlertKind> kinds(NavigableMap<YearMonth, MonthFigures> months, YearMonth period) {
    return EnterpriseDetector.detect(ENTERPRISE, months, period, RuleBook.defaults()).stream()
        .map(Finding::kind).toList();
  }

  private static Finding only(NavigableMap<YearMonth, MonthFigures> months, YearMonth period) {
    List<Finding> findings = EnterpriseDetector.detect(ENTERPRISE, months, period, RuleBook.defaults());
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  /** Every flagged month of the series, as "2025-05 ENERGY_RISE". */
  private static List<String> flagged(NavigableMap<YearMonth, MonthFigures> months) {
    return months.keySet().stream()
        .flatMap(m -> kinds(months, m).stream().map(kind -> m + " " + kind)).toList();
  }

  @Test
  void energyTrebledWhileOutputStayedIsAnEnergyRiseAgainstTheSameMonthLastYear() {
    var months = MonthlySeries.steady().times(MAY, 1, 3).until(LAST);

    Finding rise = only(months, MAY);

    assertThat(rise.kind()).isEqualTo(AlertKind.ENERGY_RISE);
    assertThat(rise.severity()).isEqualTo(Severity.RED);
    assertThat(rise.score()).isGreaterThanOrEqualTo(10);
    assertThat(rise.threshold()).isEqualTo(10.0);
    assertThat(rise.ruleKey()).isEqualTo("ENERGY_RISE|*|*|*");
    assertThat(rise.figure().indicator()).isEqualTo(Figure.ENERGY);
    assertThat(rise.figure().comparison()).isEqualTo(Comparison.YEAR_ON_YEAR);
    assertThat(rise.figure().current()).isEqualTo(months.get(MAY).energyKgce());
    assertThat(rise.figure().baseline()).isEqualTo(months.get(MAY.minusYears(1)).energyKgce());
    assertThat(rise.figure().changeBp()).isBetween(18_000, 26_000);
    assertThat(rise.context()).singleElement().satisfies(output -> {
      assertThat(output.indicator()).isEqualTo(Figure.OUTPUT);
      assertThat(output.changeBp()).isBetween(-2_000, 3_000);
    });
  }

  @Test
  void theMonthAfterASpikeIsNotAFall() {
    var months = MonthlySeries.steady().times(MAY, 1, 3).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 ENERGY_RISE");
  }

  @Test
  void eachSingleFigureMovedAloneIsItsOwnKind() {
    assertThat(flagged(MonthlySeries.steady().times(MAY, 1, 0.35).until(LAST))).containsExactly("2025-05 ENERGY_FALL");
    assertThat(flagged(MonthlySeries.steady().times(MAY, 2.8, 1).until(LAST))).containsExactly("2025-05 OUTPUT_RISE");
    assertThat(flagged(MonthlySeries.steady().times(MAY, 0.35, 1).until(LAST))).containsExactly("2025-05 OUTPUT_FALL");
  }

  @Test
  void energyUpWhileOutputDownIsOneDivergenceNotARiseAndAFall() {
    var months = MonthlySeries.steady().times(MAY, 1 / 1.9, 1.9).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 ENERGY_OUTPUT_DIVERGENCE");
    assertThat(only(months, MAY).context()).singleElement()
        .satisfies(output -> assertThat(output.changeBp()).isNegative());
  }

  @Test
  void aVolatileEnterpriseIsNotFlaggedForItsSwingsButForAJumpOfItsIntensity() {
    MonthlySeries volatileOne = MonthlySeries.steady().noise(0.15, 7);
    assertThat(flagged(volatileOne.until(LAST))).isEmpty();

    // Energy per output × 1.5, split so that neither figure leaves its usual range.
    var jumped = volatileOne.times(MAY, 1 / Math.sqrt(1.5), Math.sqrt(1.5)).until(LAST);

    assertThat(flagged(jumped)).containsExactly("2025-05 INTENSITY_JUMP");
    Finding jump = only(jumped, MAY);
    assertThat(jump.figure().indicator()).isEqualTo(Figure.INTENSITY);
    assertThat(jump.figure().changeBp()).isPositive();
    assertThat(jump.context()).extracting(Figure::indicator).containsExactly(Figure.ENERGY, Figure.OUTPUT);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aSeasonalEnterpriseWithAStrongFestivalDipIsNotFlagged(long seed) {
    var months = MonthlySeries.steady().seasonal(0.4).festival(1.5).baseLoad(0.45).noise(0.05, seed)
        .until(YearMonth.of(2026, 9));

    assertThat(flagged(months)).isEmpty();
  }

  @Test
  void outputAndEnergyCollapsingIsAStoppageAndTheRestartIsNormal() {
    var months = MonthlySeries.steady().times(MAY, 0.03, 0.08).times(MAY.plusMonths(1), 0, 0.07).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 STOPPAGE", "2025-06 STOPPAGE");
    Finding stopped = only(months, MAY.plusMonths(1));
    assertThat(stopped.severity()).isEqualTo(Severity.RED);
    assertThat(stopped.score()).isEqualTo(0.0);
    assertThat(stopped.threshold()).isEqualTo(5.0);
    assertThat(only(months, MAY).figure().current()).isEqualTo(months.get(MAY).outputYuan());
  }

  @Test
  void aMonthNeedsThreeEarlierMonths() {
    var months = MonthlySeries.steady().times(MonthlySeries.START.plusMonths(2), 1, 3)
        .until(MonthlySeries.START.plusMonths(3));

    assertThat(kinds(months, MonthlySeries.START.plusMonths(2))).isEmpty();
    assertThat(kinds(months, MonthlySeries.START.plusMonths(4))).isEmpty();
  }

  @Test
  void theMostSpecificRuleDecides() {
    var months = MonthlySeries.steady().times(MAY, 1, 1.55).until(LAST);
    // +55 % is below the +80 % of an energy rise by default: it shows as a jump of energy per output.
    assertThat(kinds(months, MAY)).containsExactly(AlertKind.INTENSITY_JUMP);

    RuleBook lower = RuleBook.of(List.of(rule(AlertKind.ENERGY_RISE, "C38", 4_000, true)));
    RuleBook otherIndustry = RuleBook.of(List.of(rule(AlertKind.ENERGY_RISE, "C30", 4_000, true)));
    RuleBook disabled = RuleBook.of(Stream.of(rule(AlertKind.ENERGY_RISE, "C38", 4_000, true),
        rule(AlertKind.ENERGY_RISE, "C3825", 4_000, false)).toList());

    assertThat(EnterpriseDetector.detect(ENTERPRISE, months, MAY, lower)).singleElement()
        .satisfies(f -> assertThat(f.ruleKey()).isEqualTo("ENERGY_RISE|*|*|C38"));
    assertThat(EnterpriseDetector.detect(ENTERPRISE, months, MAY, otherIndustry)).extracting(Finding::kind)
        .containsExactly(AlertKind.INTENSITY_JUMP);
    assertThat(EnterpriseDetector.detect(ENTERPRISE, months, MAY, disabled)).isEmpty();
  }

  private static AlertRule rule(AlertKind kind, String industryPrefix, int minChangeBp, boolean enabled) {
    return AlertRule.newBuilder(DefaultAlertRules.of(kind)).setIndustryPrefix(industryPrefix)
        .setMinChangeBp(minChangeBp).setEnabled(enabled).setNote("test").build();
  }
}
