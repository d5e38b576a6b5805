package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;

/**
 * The accepted enterprise reports as the streams application keeps them (its enterprise ledgers: the report in force
 * per enterprise and month, with the district and parks it was attributed to), indexed by each scope and month the
 * figures count for. The rollups are sums over exactly these reports, so a drill-down adds up to them.
 *
 * <p>Memory: about 400 bytes per enterprise-month (the figures and one entry per scope the report counts for: its
 * district and one to three parks).
 */
public final class EnterpriseIndex {

  private static final EnterpriseIndicator[] INDICATORS = EnterpriseIndicator.values();

  private final Map<String, Held> byEnterprise = new HashMap<>();
  private final Map<ScopeMonth, Map<String, EnterpriseMonth>> byScope = new HashMap<>();
  private final Map<Object, Object> shared = new HashMap<>();
  private long acceptedRevisions;
  private int size;

  /** A district or park in one month. */
  private record ScopeMonth(ScopeType type, String scopeId, YearMonth period) {
  }

  /** What is held of one enterprise: its months, and the revision of each. */
  private record Held(List<EnterpriseMonth> months, Map<Integer, Integer> revisions) {
  }

  /** Takes an enterprise's ledger as its latest state, replacing what was held of it. */
  void put(String creditCode, EnterpriseLedger ledger) {
    Held before = byEnterprise.get(creditCode);
    remove(creditCode);
    String code = share(creditCode);
    List<ReportMonth<Attribution>> reports = ledger.months().all();
    List<EnterpriseMonth> months = new ArrayList<>(reports.size());
    Map<Integer, Integer> revisions = new HashMap<>();
    for (ReportMonth<Attribution> report : reports) {
      long[] figures = new long[INDICATORS.length];
      for (EnterpriseIndicator indicator : INDICATORS) {
        figures[indicator.ordinal()] = report.figure(indicator.ordinal());
      }
      Attribution attribution = report.attribution();
      EnterpriseMonth month = new EnterpriseMonth(code, share(Months.toYearMonth(report.month())),
          share(attribution.scopes()), share(attribution.parkIds()), attribution.landCentimu(), figures);
      months.add(month);
      revisions.put(report.month(), report.revision());
      if (before == null || !Integer.valueOf(report.revision()).equals(before.revisions().get(report.month()))) {
        acceptedRevisions++;
      }
      forEachScope(month, scope -> byScope.computeIfAbsent(scope, s -> new HashMap<>()).put(code, month));
    }
    byEnterprise.put(code, new Held(months, revisions));
    size += months.size();
  }

  /** Forgets an enterprise (its ledger was deleted). */
  void remove(String creditCode) {
    Held old = byEnterprise.remove(creditCode);
    if (old == null) {
      return;
    }
    for (EnterpriseMonth month : old.months()) {
      forEachScope(month, scope -> {
        Map<String, EnterpriseMonth> enterprises = byScope.get(scope);
        enterprises.remove(month.creditCode());
        if (enterprises.isEmpty()) {
          byScope.remove(scope);
        }
      });
    }
    size -= old.months().size();
  }

  private static void forEachScope(EnterpriseMonth month, Consumer<ScopeMonth> action) {
    for (Scope scope : month.scopes()) {
      action.accept(new ScopeMonth(scope.type(), scope.id(), month.period()));
    }
  }

  /** One canonical instance of equal strings, months and park lists, which thousands of reports repeat. */
  @SuppressWarnings("unchecked")
  private <T> T share(T value) {
    return (T) shared.computeIfAbsent(value, v -> v);
  }

  /** The reports that count for the scope in the month. */
  public Collection<EnterpriseMonth> month(ScopeType type, String scopeId, YearMonth period) {
    return Collections.unmodifiableCollection(
        byScope.getOrDefault(new ScopeMonth(type, scopeId, period), Map.of()).values());
  }

  /** The enterprise's reports in force, oldest month first; empty when it has none. */
  public List<EnterpriseMonth> months(String creditCode) {
    Held held = byEnterprise.get(creditCode);
    if (held == null) {
      return List.of();
    }
    List<EnterpriseMonth> months = new ArrayList<>(held.months());
    months.sort(Comparator.comparing(EnterpriseMonth::period));
    return Collections.unmodifiableList(months);
  }

  /** Whether the enterprise has an accepted report in force for the month. */
  public boolean hasReport(String creditCode, YearMonth period) {
    Held held = byEnterprise.get(creditCode);
    return held != null && held.revisions().containsKey(Months.of(period));
  }

  /** Number of enterprise-months held. */
  public int size() {
    return size;
  }

  /** Report revisions taken in so far: months whose report in force was new or had a new revision. */
  public long acceptedRevisions() {
    return acceptedRevisions;
  }
}
