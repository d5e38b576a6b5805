package org.industrialreporting.producers.independent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.producers.simulator.AnomalyLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndependentWorldTest {

  private static IndependentWorld world;
  private static List<AnomalyLabel> labels;

  @BeforeAll
  static void generate() {
    world = IndependentWorld.generate(7, 300);
    labels = world.labels();
  }

  @Test
  void theSameSeedGivesTheSameWorld() {
    IndependentWorld again = IndependentWorld.generate(7, 300);

    assertThat(again.labels()).isEqualTo(labels);
    assertThat(again.reports(YearMonth.of(2025, 6)).toList()).isEqualTo(world.reports(YearMonth.of(2025, 6)).toList());
  }

  @Test
  void everyEnterpriseKindIsLabelledButIntensityJumpsAndRollupSwingsAreNot() {
    Map<AlertKind, Long> counts = labels.stream().collect(Collectors.groupingBy(AnomalyLabel::kind,
        Collectors.counting()));

    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(AlertKind.INTENSITY_JUMP, AlertKind.ROLLUP_SWING, AlertKind.REPORT_MISSING)));
    counts.forEach((kind, count) -> assertThat(count).as(kind.name()).isGreaterThanOrEqualTo(5));
  }

  @Test
  void bothFiguresMovingTogetherAreLabelledWithBothKinds() {
    Map<String, Set<AlertKind>> byMonth = labels.stream().collect(Collectors.groupingBy(
        l -> l.creditCode() + l.period(), Collectors.mapping(AnomalyLabel::kind, Collectors.toSet())));

    assertThat(byMonth.values()).anySatisfy(kinds ->
        assertThat(kinds).contains(AlertKind.OUTPUT_RISE, AlertKind.ENERGY_RISE));
    assertThat(byMonth.values()).anySatisfy(kinds ->
        assertThat(kinds).contains(AlertKind.OUTPUT_FALL, AlertKind.ENERGY_FALL));
  }

  @Test
  void labelsAreOnlyOnReportedMonthsInTheJudgedRange() {
    Map<YearMonth, Set<String>> reporters = labels.stream().map(AnomalyLabel::period).distinct().collect(
        Collectors.toMap(m -> m, m -> world.reports(m).map(MonthlyReport::getCreditCode).collect(Collectors.toSet())));
    assertThat(labels).allSatisfy(label -> {
      assertThat(label.period()).isBetween(IndependentWorld.JUDGED_FROM, IndependentWorld.LAST);
      assertThat(reporters.get(label.period())).contains(label.creditCode());
    });
  }

  @Test
  void someMonthsAreNotReportedAndNoneOutsideTheWorld() {
    long possible = 300L * (IndependentWorld.FIRST.until(IndependentWorld.LAST, ChronoUnit.MONTHS) + 1);
    long reports = 0;
    for (YearMonth m = IndependentWorld.FIRST; !m.isAfter(IndependentWorld.LAST); m = m.plusMonths(1)) {
      reports += world.reports(m).count();
    }

    assertThat(reports).isLessThan(possible).isGreaterThan(possible * 97 / 100);
    assertThat(world.reports(IndependentWorld.LAST.plusMonths(1))).isEmpty();
  }

  @Test
  void registryEntriesAreValidAndKeyEnergyUsersHaveBudgets() {
    assertThat(world.enterprises()).allSatisfy(e -> {
      assertThat(CreditCodeRule.strict().isValid(e.getCreditCode())).as(e.getCreditCode()).isTrue();
      assertThat(e.getKeyEnergyUser()).isEqualTo(e.getEnergyBudgetKgce() != null);
    });
    assertThat(world.enterprises().filter(Enterprise::getKeyEnergyUser).count()).isGreaterThan(30);
  }
}
