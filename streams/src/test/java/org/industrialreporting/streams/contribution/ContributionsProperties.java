package org.industrialreporting.streams.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;

/**
 * The change one report makes, as {@link Contributions#between} computes it from the months it can affect, equals
 * the difference of everything the history contributes before and after, computed from scratch.
 */
class ContributionsProperties {

  private static final List<Attribution> ATTRIBUTIONS = List.of(
      new Attribution("330411", List.of(), Set.of(), null, null, "C3825", true),
      new Attribution("330411", List.of("XZ-PV", "XZ-HTZ"), Set.of(EnterpriseTag.HIGH_TECH), 10_000L, null, "C3825",
          true),
      new Attribution("330411", List.of("XZ-FOOD"), Set.of(EnterpriseTag.STRATEGIC_EMERGING), 500L, null, "C1391",
          true),
      new Attribution("320581", List.of(), Set.of(), 0L, null, "C3670", true));

  /** One report: its month (within three years), its attribution, its output. */
  record Report(int month, int attribution, long output) {
  }

  @Provide
  Arbitrary<List<Report>> histories() {
    return report().list().ofMinSize(0).ofMaxSize(30);
  }

  @Provide
  Arbitrary<Report> report() {
    return Combinators.combine(Arbitraries.integers().between(0, 35), Arbitraries.integers().between(0, 3),
        Arbitraries.longs().between(0, 10_000_000_000L)).as(Report::new);
  }

  @Property(tries = 500)
  void aChangeIsTheDifferenceOfTheContributionsBeforeAndAfter(@ForAll("histories") List<Report> history,
      @ForAll("report") Report change) {
    MonthHistory<Attribution> before = new MonthHistory<>();
    history.forEach(r -> before.put(month(r)));
    MonthHistory<Attribution> after = before.copy();
    after.put(month(change));

    PendingChanges incremental = new PendingChanges(1);
    EnterpriseContributions.OF_ENTERPRISES.between(before, after, month(change).month(), 7, incremental);

    PendingChanges was = new PendingChanges(1);
    EnterpriseContributions.OF_ENTERPRISES.all(before, 7, was);
    PendingChanges now = new PendingChanges(1);
    EnterpriseContributions.OF_ENTERPRISES.all(after, 7, now);
    assertThat(figures(incremental)).isEqualTo(difference(figures(now), figures(was)));
  }

  private static ReportMonth<Attribution> month(Report r) {
    long[] figures = new long[EnterpriseIndicator.values().length];
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      figures[indicator.ordinal()] = r.output() / (indicator.ordinal() + 1);
    }
    return new ReportMonth<>(Months.of(2024, 1) + r.month(), 1, 0, 0, ATTRIBUTIONS.get(r.attribution()), figures);
  }

  /** Every changed cell, as its figures (the timestamp left out: it only records the input). */
  private static Map<ScopeMonth, Map<String, Long>> figures(PendingChanges changes) {
    Map<ScopeMonth, Map<String, Long>> cells = new HashMap<>();
    for (ScopeBatch batch : changes.drain()) {
      for (ScopeBatch.CellChange change : batch.cells()) {
        cells.put(new ScopeMonth(change.scope(), change.month()), nonZero(change.change(), 1));
      }
    }
    return cells;
  }

  private static Map<String, Long> nonZero(Cell cell, int sign) {
    Map<String, Long> figures = new HashMap<>();
    for (CellFigure figure : CellFigure.all()) {
      if (cell.get(figure) != 0) {
        figures.put(figure.name(), sign * cell.get(figure));
      }
    }
    return figures;
  }

  private static Map<ScopeMonth, Map<String, Long>> difference(Map<ScopeMonth, Map<String, Long>> now,
      Map<ScopeMonth, Map<String, Long>> was) {
    Map<ScopeMonth, Map<String, Long>> result = new HashMap<>();
    now.forEach((key, figures) -> figures.forEach((name, value) ->
        result.computeIfAbsent(key, k -> new HashMap<>()).merge(name, value, Long::sum)));
    was.forEach((key, figures) -> figures.forEach((name, value) ->
        result.computeIfAbsent(key, k -> new HashMap<>()).merge(name, -value, Long::sum)));
    result.values().forEach(figures -> figures.values().removeIf(v -> v == 0));
    result.values().removeIf(Map::isEmpty);
    return result;
  }
}
