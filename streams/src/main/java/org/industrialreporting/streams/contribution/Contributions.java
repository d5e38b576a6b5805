package org.industrialreporting.streams.contribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.industrialreporting.streams.cell.Attributed;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;

/**
 * What a reporter's reports in force add to the rollup cells, and the change one accepted report makes to them:
 * the difference between the contributions before and after it, so that cells never depend on the order reports
 * arrived in.
 *
 * <p>Each report adds to the cell of its month in each of its scopes. The reporter's first month of the year in a
 * scope also carries the "first" figures, and, for enterprises, its first month with a comparable pair (the same
 * month a year earlier reported too) the "first" comparable count, so that year-to-date counts are sums of months.
 * A report for month M thus changes the contributions of M, of the later months of its year (whose "first" flags may
 * move) and of M + 12 onwards (whose comparable pairs it is half of); earlier months cannot change. Only the
 * contributions that differ are computed, so appending a new latest month costs one month's figures.
 *
 * @param <A> the attribution of the reports
 */
public final class Contributions<A extends Attributed> {

  /** One report's contribution to one scope's cell, with everything it depends on. */
  public record Part<A>(ReportMonth<A> report, ReportMonth<A> yearBefore, Scope scope, boolean first,
      boolean firstComparable) {

    boolean sameAs(Part<A> other) {
      return report == other.report && yearBefore == other.yearBefore && first == other.first
          && firstComparable == other.firstComparable && scope.equals(other.scope);
    }
  }

  /** Adds one contribution, with {@code sign} +1 or −1, to a cell. */
  @FunctionalInterface
  public interface Figures<A> {
    void add(Part<A> part, int sign, Cell cell);
  }

  private final Figures<A> figures;

  public Contributions(Figures<A> figures) {
    this.figures = figures;
  }

  /**
   * Adds to {@code changes} the difference between the contributions of {@code before} and {@code after}, which
   * differ in {@code month} only.
   *
   * @param timestamp the input's timestamp, recorded on the changed cells
   */
  public void between(MonthHistory<A> before, MonthHistory<A> after, int month, long timestamp,
      PendingChanges changes) {
    int year = Months.year(month);
    for (int y = year; y <= year + 1; y++) {
      int from = y == year ? month : month + 12;
      List<Part<A>> old = parts(before, y, from);
      List<Part<A>> now = parts(after, y, from);
      for (Part<A> part : old) {
        if (now.stream().noneMatch(part::sameAs)) {
          add(part, -1, timestamp, changes);
        }
      }
      for (Part<A> part : now) {
        if (old.stream().noneMatch(part::sameAs)) {
          add(part, 1, timestamp, changes);
        }
      }
    }
  }

  /** Everything the history contributes, as when every report arrived into empty cells. */
  public void all(MonthHistory<A> history, long timestamp, PendingChanges changes) {
    if (history.isEmpty()) {
      return;
    }
    for (int y = Months.year(history.all().get(0).month()); y <= Months.year(history.latest()); y++) {
      for (Part<A> part : parts(history, y, Months.january(y))) {
        add(part, 1, timestamp, changes);
      }
    }
  }

  /** The contributions of the year's months from {@code from} on, with the "first" flags of the whole year. */
  private List<Part<A>> parts(MonthHistory<A> history, int year, int from) {
    List<ReportMonth<A>> months = history.between(Months.january(year), Months.december(year));
    if (months.isEmpty() || months.get(months.size() - 1).month() < from) {
      return List.of();
    }
    List<Part<A>> parts = new ArrayList<>();
    Set<Scope> seen = new HashSet<>();
    Set<Scope> seenComparable = new HashSet<>();
    for (ReportMonth<A> report : months) {
      ReportMonth<A> yearBefore = history.get(report.month() - 12);
      for (Scope scope : report.attribution().scopes()) {
        boolean first = seen.add(scope);
        boolean firstComparable = yearBefore != null && seenComparable.add(scope);
        if (report.month() >= from) {
          parts.add(new Part<>(report, yearBefore, scope, first, firstComparable));
        }
      }
    }
    return parts;
  }

  private void add(Part<A> part, int sign, long timestamp, PendingChanges changes) {
    Cell cell = changes.cell(part.scope(), part.report().month());
    figures.add(part, sign, cell);
    cell.touch(timestamp);
  }
}
