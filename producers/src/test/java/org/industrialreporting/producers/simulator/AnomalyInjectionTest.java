package org.industrialreporting.producers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.MonthlyReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnomalyInjectionTest {

  private static Simulation simulation;
  private static List<AnomalyLabel> labels;

  @BeforeAll
  static void generate() {
    simulation = Simulation.demo(Simulation.DEFAULT_SEED);
    labels = simulation.labels(YearMonth.of(2025, 1), YearMonth.of(2026, 9));
  }

  @Test
  void everyEnterpriseAlertKindIsLabelledAndNoRollupSwing() {
    Map<AlertKind, Long> counts = labels.stream().collect(Collectors.groupingBy(AnomalyLabel::kind,
        Collectors.counting()));
    // Rollup swings are the scopes' and 催报 notices no anomaly: neither is an enterprise label.
    Set<AlertKind> expected = EnumSet.complementOf(EnumSet.of(AlertKind.ROLLUP_SWING, AlertKind.REPORT_MISSING));
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    counts.forEach((kind, count) -> assertThat(count).as(kind.name()).isGreaterThanOrEqualTo(15));
  }

  @Test
  void mostEnterpriseMonthsAreNormal() {
    long months = simulation.profiles().mapToLong(p -> YearMonth.of(2025, 1).until(YearMonth.of(2026, 10),
        ChronoUnit.MONTHS)).sum();
    long events = labels.stream().filter(l -> l.kind() != AlertKind.BUDGET_OVERRUN).count();
    assertThat((double) events / months).isBetween(0.005, 0.03);
  }

  @Test
  void eventsStandOutAgainstTheEnterprisesOwnVariability() {
    simulation.profiles().forEach(p -> {
      double sigma = p.series().noiseSigma();
      for (AnomalyEvent e : p.events()) {
        double output = Math.abs(Math.log(Math.max(e.outputFactor(), 1e-9)));
        double energy = Math.abs(Math.log(e.energyFactor()));
        switch (e.kind()) {
          case ENERGY_RISE, ENERGY_FALL -> {
            assertThat(energy).isGreaterThanOrEqualTo(Math.max(Math.log(2.5), 7 * sigma));
            assertThat(output).isZero();
          }
          case OUTPUT_RISE, OUTPUT_FALL -> {
            assertThat(output).isGreaterThanOrEqualTo(Math.max(Math.log(2.5), 7 * sigma));
            assertThat(energy).isZero();
          }
          case ENERGY_OUTPUT_DIVERGENCE -> {
            assertThat(e.energyFactor()).isGreaterThanOrEqualTo(Math.max(1.8, Math.exp(5 * sigma)));
            assertThat(e.outputFactor()).isLessThanOrEqualTo(Math.min(1 / 1.8, Math.exp(-5 * sigma)));
          }
          case INTENSITY_JUMP -> {
            assertThat(sigma).isGreaterThanOrEqualTo(AnomalyPlanner.VOLATILE);
            assertThat(e.energyFactor() / e.outputFactor()).isBetween(1.4, 1.6);
            assertThat(energy).isLessThan(2 * sigma);
          }
          case STOPPAGE -> {
            assertThat(e.outputFactor()).isLessThanOrEqualTo(0.06);
            assertThat(e.energyFactor()).isLessThanOrEqualTo(0.12);
            assertThat(e.period().getMonthValue()).isNotEqualTo(2);
          }
          default -> throw new AssertionError(e);
        }
      }
    });
  }

  @Test
  void stoppedMonthsReportNearZeroOutputAndStandbyEnergy() {
    Map<String, List<MonthlyReport>> series = new HashMap<>();
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
      simulation.reports(m).forEach(r -> series.computeIfAbsent(r.getCreditCode(), c -> new ArrayList<>()).add(r));
    }
    List<AnomalyLabel> stoppages = labels.stream().filter(l -> l.kind() == AlertKind.STOPPAGE).toList();
    assertThat(stoppages).isNotEmpty();
    for (AnomalyLabel stoppage : stoppages) {
      List<MonthlyReport> reports = series.get(stoppage.creditCode());
      MonthlyReport stopped = reports.stream().filter(r -> r.getPeriod().equals(stoppage.period().toString()))
          .findFirst().orElseThrow();
      assertThat(stopped.getOutputValueYuan()).isLessThanOrEqualTo(median(reports, MonthlyReport::getOutputValueYuan) / 10);
      assertThat(stopped.getEnergyKgce()).isPositive()
          .isLessThanOrEqualTo(median(reports, MonthlyReport::getEnergyKgce) / 4);
    }
  }

  private static long median(List<MonthlyReport> reports, ToLongFunction<MonthlyReport> figure) {
    long[] values = reports.stream().mapToLong(figure).sorted().toArray();
    return values[values.length / 2];
  }
}
