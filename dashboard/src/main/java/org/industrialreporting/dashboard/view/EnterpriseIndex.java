package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.internal.AttributedReport;

/**
 * The accepted enterprise reports as the streams application keeps them (its {@code reports-store} changelog: the
 * latest revision per enterprise and month, with the district and parks it was attributed to), indexed by each scope
 * and month the figures count for. The rollups are sums over exactly these reports, so a drill-down adds up to them.
 *
 * <p>Memory: about 400 bytes per enterprise-month (the figures, the entry by changelog key, and one entry per scope
 * the report counts for: its district and one to three parks), plus the name of each enterprise once.
 */
public final class EnterpriseIndex {

  private final Map<String, EnterpriseMonth> byKey = new HashMap<>();
  private final Map<ScopeMonth, Map<String, EnterpriseMonth>> byScope = new HashMap<>();
  private final Map<String, String> attributedNames = new HashMap<>();
  private final Map<Object, Object> shared = new HashMap<>();

  /** A district or park in one month. */
  private record ScopeMonth(ScopeType type, String scopeId, YearMonth period) {
  }

  void put(String key, AttributedReport attributed) {
    remove(key);
    MonthlyReport report = attributed.getReport();
    String creditCode = share(report.getCreditCode());
    EnterpriseMonth month = new EnterpriseMonth(creditCode, share(YearMonth.parse(report.getPeriod())),
        share(attributed.getDistrictCode()), share(List.copyOf(attributed.getParkIds())),
        EnterpriseMonth.figuresOf(indicator -> indicator.get(report)), attributed.getEnergyBudgetKgce());
    byKey.put(key, month);
    attributedNames.put(creditCode, attributed.getEnterpriseName());
    forEachScope(month, scope -> byScope.computeIfAbsent(scope, s -> new HashMap<>()).put(creditCode, month));
  }

  void remove(String key) {
    EnterpriseMonth old = byKey.remove(key);
    if (old != null) {
      forEachScope(old, scope -> {
        Map<String, EnterpriseMonth> enterprises = byScope.get(scope);
        enterprises.remove(old.creditCode());
        if (enterprises.isEmpty()) {
          byScope.remove(scope);
        }
      });
    }
  }

  private static void forEachScope(EnterpriseMonth month, Consumer<ScopeMonth> action) {
    action.accept(new ScopeMonth(ScopeType.DISTRICT, month.districtCode(), month.period()));
    for (String park : month.parkIds()) {
      action.accept(new ScopeMonth(ScopeType.PARK, park, month.period()));
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

  /** The enterprise's name as of its latest report processed, if it has one. */
  public String attributedName(String creditCode) {
    return attributedNames.get(creditCode);
  }

  /** Number of enterprise-months held. */
  public int size() {
    return byKey.size();
  }
}
