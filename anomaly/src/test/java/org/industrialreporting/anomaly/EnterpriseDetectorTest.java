package org.industrialreporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.anomaly.MonthlySeries.ENTERPRISE;
import static org.industrialreporting.anomaly.MonthlySeries.at;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
  private static final EnterpriseRules DEFAULTS = RuleBook.defaults().forEnterprise(ENTERPRISE);

  private final EnterpriseDetector detector = new EnterpriseDetector();

  private List<Finding> detect(MonthSeries months, YearMonth period) {
    return detector.detect(months, at(period), DEFAULTS);
  }

  private List<AlertKind> kinds(MonthSeries months, YearMonth period) {
    return detect(months, period).stream().map(Finding::kind).toList();
  }

  private Finding only(MonthSeries months, YearMonth period) {
    List<Finding> findings = detect(months, period);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  /** Every flagged month of the series, as "2025-05 ENERGY_RISE". */
  private List<String> flagged(MonthSeries months) {
    List<String> flagged = new ArrayList<>();
    for (int month = months.firstMonth(); month <= months.lastMonth(); month++) {
      YearMonth period = MonthSeries.month(month);
      kinds(months, period).forEach(kind -> flagged.add(period + " " + kind));
    }
    return flagged;
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
    assertThat(rise.figure().current()).isEqualTo(months.energyKgce(at(MAY)));
    assertThat(rise.figure().baseline()).isEqualTo(months.energyKgce(at(MAY.minusYears(1))));
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
  void outputAndEnergyJumpingTogetherAreBothAlerted() {
    // Issue 14: output to 2.3× with energy 2.2× raised nothing when only the energy–output relation was judged.
    var months = MonthlySeries.steady().times(MAY, 2.3, 2.2).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 ENERGY_RISE", "2025-05 OUTPUT_RISE");
    assertThat(detect(months, MAY)).allSatisfy(f -> assertThat(f.figure().changeBp()).isBetween(9_000, 18_000));
  }

  @Test
  void outputAndEnergyCollapsingTogetherAreBothAlertedButNotAsAStoppage() {
    var months = MonthlySeries.steady().times(MAY, 0.35, 0.38).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 ENERGY_FALL", "2025-05 OUTPUT_FALL");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void anOutputCollapseThatEnergyFollowsIsAlertedThoughOutputAloneSwingsTooMuchToShowIt(long seed) {
    // Output swings by 20 % a month, energy (60 % base load) by a third of that: the collapse is five of energy's
    // deviations but not of output's, and energy fell with output as its relation says.
    MonthlySeries swinging = MonthlySeries.steady().noise(0.2, seed).baseLoad(0.6);
    assertThat(flagged(swinging.until(LAST))).isEmpty();
    var months = swinging.times(MAY, 0.35, 0.45).until(LAST);

    assertThat(kinds(months, MAY)).containsExactlyInAnyOrder(AlertKind.ENERGY_FALL, AlertKind.OUTPUT_FALL);
    Finding energy = detect(months, MAY).get(0);
    Finding output = detect(months, MAY).get(1);
    assertThat(output.score()).isEqualTo(energy.score());
  }

  /** An enterprise reporting from January 2025: no festival season with months on both sides lies in its history. */
  private static MonthlySeries fromJanuary2025(MonthlySeries series) {
    for (YearMonth m = MonthlySeries.START; m.getYear() < 2025; m = m.plusMonths(1)) {
      series.without(m);
    }
    return series;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aFestivalMonthAboveEvenItsLevelWithoutAnySlowdownIsARiseThoughTheEnterprisesFestivalIsNotKnown(long seed) {
    YearMonth february = YearMonth.of(2026, 2);
    MonthlySeries series = fromJanuary2025(MonthlySeries.steady().noise(0.03, seed));
    assertThat(flagged(series.until(YearMonth.of(2026, 3)))).isEmpty();

    // Twice its usual month while the calendar expects a slowdown: no festival explains any of that.
    var months = series.times(february, 2.2, 2.1).until(YearMonth.of(2026, 3));

    assertThat(kinds(months, february)).containsExactlyInAnyOrder(AlertKind.OUTPUT_RISE, AlertKind.ENERGY_RISE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void energyFallingFarBelowWhatOutputImpliesInAFestivalMonthIsAnEnergyFall(long seed) {
    YearMonth february = YearMonth.of(2026, 2);
    MonthlySeries series = fromJanuary2025(MonthlySeries.steady().noise(0.03, seed));
    // A slowdown raises energy per output (the base load runs on); energy at a quarter while output is as usual is no
    // festival.
    var months = series.times(february, 1, 0.25).until(YearMonth.of(2026, 3));

    assertThat(kinds(months, february)).containsExactly(AlertKind.ENERGY_FALL);
  }

  /** A strongly seasonal enterprise in its first year: its autumn steps down 15–20 % a month, with no year earlier. */
  private static MonthlySeries seasonalFirstYear(long seed) {
    return fromJanuary2025(MonthlySeries.steady().seasonal(0.4).baseLoad(0.3).noise(0.03, seed));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void anOutputFallWhereEnergyHoldsIsAFallThoughASeasonalRampLeadsThatWay(long seed) {
    assertThat(flagged(seasonalFirstYear(seed).until(LAST))).as("its season").isEmpty();

    // December's output at 55 % of its month while energy runs on: a ramp moves both figures, so none explains this.
    var months = seasonalFirstYear(seed).times(LAST, 0.55, 1).until(LAST);

    assertThat(kinds(months, LAST)).containsExactly(AlertKind.OUTPUT_FALL);
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

  @ParameterizedTest
  @ValueSource(doubles = {-0.3, 0.45})
  void aFastShrinkingOrGrowingEnterpriseIsNotFlagged(double growth) {
    assertThat(flagged(MonthlySeries.steady().growth(growth).until(YearMonth.of(2026, 9)))).isEmpty();
  }

  @Test
  void outputAndEnergyCollapsingIsAStoppageAndTheRestartIsNormal() {
    var months = MonthlySeries.steady().times(MAY, 0.03, 0.08).times(MAY.plusMonths(1), 0, 0.07).until(LAST);

    assertThat(flagged(months)).containsExactly("2025-05 STOPPAGE", "2025-06 STOPPAGE");
    Finding stopped = only(months, MAY.plusMonths(1));
    assertThat(stopped.severity()).isEqualTo(Severity.RED);
    assertThat(stopped.score()).isEqualTo(0.0);
    assertThat(stopped.threshold()).isEqualTo(5.0);
    assertThat(only(months, MAY).figure().current()).isEqualTo(months.outputYuan(at(MAY)));
  }

  @Test
  void aLastingDropIsAlertedWhileNewAndIsTheNewLevelFromItsFourthMonth() {
    MonthlySeries series = MonthlySeries.steady();
    for (YearMonth m = MAY; !m.isAfter(LAST); m = m.plusMonths(1)) {
      series.times(m, 0.5, 0.5);
    }

    assertThat(flagged(series.until(LAST))).containsExactly("2025-05 ENERGY_FALL", "2025-05 OUTPUT_FALL",
        "2025-06 ENERGY_FALL", "2025-06 OUTPUT_FALL", "2025-07 ENERGY_FALL", "2025-07 OUTPUT_FALL");
  }

  @Test
  void aMonthNotReportedIsNeitherJudgedNorCountedAsZero() {
    YearMonth june = MAY.plusMonths(1);
    var months = MonthlySeries.steady().without(MAY).until(LAST);

    assertThat(months.reported(at(MAY))).isFalse();
    assertThat(detect(months, MAY)).isEmpty();
    assertThat(flagged(months)).isEmpty();
    assertThat(flagged(MonthlySeries.steady().without(MAY).times(june, 1, 3).until(LAST)))
        .containsExactly("2025-06 ENERGY_RISE");
  }

  @Test
  void aMonthNeedsThreeEarlierMonths() {
    var months = MonthlySeries.steady().times(MonthlySeries.START.plusMonths(2), 1, 3)
        .until(MonthlySeries.START.plusMonths(3));

    assertThat(kinds(months, MonthlySeries.START.plusMonths(2))).isEmpty();
    assertThat(kinds(months, MonthlySeries.START.plusMonths(4))).isEmpty();
  }

  @Test
  void judgingLaterMonthsAgainGivesWhatJudgingEachAloneGives() {
    var months = MonthlySeries.steady().noise(0.08, 3).times(MAY, 1, 3).times(YearMonth.of(2025, 9), 0.4, 1)
        .until(YearMonth.of(2026, 6));
    List<String> again = new ArrayList<>();
    List<String> alone = new ArrayList<>();

    detector.detectFrom(months, at(MAY), DEFAULTS, (month, findings) -> again.add(month + " " + findings));
    for (int month = at(MAY); month <= at(MAY) + EnterpriseDetector.HISTORY_MONTHS && month <= months.lastMonth();
         month++) {
      alone.add(month + " " + detector.detect(months, month, DEFAULTS));
    }

    assertThat(again).hasSize(14).isEqualTo(alone);
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

    assertThat(detector.detect(months, at(MAY), lower.forEnterprise(ENTERPRISE))).singleElement()
        .satisfies(f -> assertThat(f.ruleKey()).isEqualTo("ENERGY_RISE|*|*|C38"));
    assertThat(detector.detect(months, at(MAY), otherIndustry.forEnterprise(ENTERPRISE))).extracting(Finding::kind)
        .containsExactly(AlertKind.INTENSITY_JUMP);
    assertThat(detector.detect(months, at(MAY), disabled.forEnterprise(ENTERPRISE))).extracting(Finding::kind)
        .containsExactly(AlertKind.INTENSITY_JUMP);
  }

  private static AlertRule rule(AlertKind kind, String industryPrefix, int minChangeBp, boolean enabled) {
    return AlertRule.newBuilder(DefaultAlertRules.of(kind)).setIndustryPrefix(industryPrefix)
        .setMinChangeBp(minChangeBp).setEnabled(enabled).setNote("test").build();
  }
}
