package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.industrialreporting.avro.Park;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.view.Contributions;
import org.industrialreporting.dashboard.view.EnterpriseMonth;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.Window;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;

/**
 * A district's or park's enterprises and what each contributes to its rollup of a month: figures of the month and
 * of the year to date, their share of the scope's totals, and the use of the energy budget where one is set.
 */
final class EnterpriseJson {

  /** Sorting by the share of the annual energy budget used so far, rather than by an indicator. */
  static final String SORT_BY_BUDGET_USE = "budget_used";

  /**
   * What to list.
   *
   * @param window   the window that orders the rows and that "display" shows
   * @param sort     an enterprise indicator's field name, or {@value #SORT_BY_BUDGET_USE}; largest first
   * @param limit    at most this many rows
   * @param budgeted only enterprises with an annual energy budget (key energy-using units)
   */
  record Query(YearMonth period, Window window, String sort, int limit, boolean budgeted) {
  }

  private EnterpriseJson() {
  }

  static JsonObject of(View view, Scope scope, Query query) {
    Contributions contributions = Contributions.of(view.enterprises(), scope.type(), scope.id(), query.period());
    List<Contributions.Row> rows = contributions.rows().stream()
        .filter(row -> !query.budgeted() || view.energyBudgetKgce(row.creditCode()) != null)
        .sorted(order(view, query))
        .toList();
    return new JsonObject()
        .with("scope_type", scope.type().name())
        .with("scope_id", scope.id())
        .with("scope_name", scope.name(view))
        .with("period", query.period().toString())
        .with("window", query.window().name().toLowerCase(Locale.ROOT))
        .with("sort", query.sort())
        .with("enterprise_count", rows.size())
        .with("totals", new JsonObject()
            .with("month", figures(indicator -> contributions.total(Window.MONTH, indicator)))
            .with("ytd", figures(indicator -> contributions.total(Window.YTD, indicator))))
        .with("enterprises", rows.stream().limit(query.limit())
            .map(row -> row(view, row, contributions, query)).toList());
  }

  /** The rows in the query's order: largest first, then by credit code. */
  static Comparator<Contributions.Row> order(View view, Query query) {
    Comparator<Contributions.Row> largestFirst;
    if (query.sort().equals(SORT_BY_BUDGET_USE)) {
      largestFirst = Comparator.comparing((Contributions.Row row) -> budgetUsedBp(view, row),
          Comparator.nullsFirst(Comparator.<Integer>naturalOrder())).reversed();
    } else {
      EnterpriseIndicator indicator = EnterpriseIndicator.byFieldName(query.sort()).orElseThrow();
      largestFirst = Comparator.comparing((Contributions.Row row) -> row.get(query.window(), indicator),
          Comparator.nullsFirst(Comparator.<Long>naturalOrder())).reversed();
    }
    return largestFirst.thenComparing(Contributions.Row::creditCode);
  }

  private static JsonObject row(View view, Contributions.Row row, Contributions contributions, Query query) {
    EnterpriseMonth latest = row.latest();
    String ownPark = latest.parkIds().isEmpty() ? null : latest.parkIds().get(0);
    JsonObject display = new JsonObject();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      DisplayUnit unit = DisplayUnit.forEnterprise(indicator.unit());
      Long value = row.get(query.window(), indicator);
      display.with(indicator.fieldName(), new JsonObject()
          .with("value", unit.format(value))
          .with("unit", unit.label())
          .with("share", Formats.percent(share(value, contributions.total(query.window(), indicator)))));
    }
    return new JsonObject()
        .with("credit_code", row.creditCode())
        .with("name", view.enterpriseName(row.creditCode()))
        .with("park_id", ownPark)
        .with("park_name", ownPark == null ? null : view.park(ownPark).map(Park::getName).orElse(ownPark))
        .with("month", row.month() == null ? null : figures(indicator -> row.get(Window.MONTH, indicator)))
        .with("ytd", figures(indicator -> row.get(Window.YTD, indicator)))
        .with("month_share_bp", row.month() == null ? null
            : shares(row, Window.MONTH, contributions))
        .with("ytd_share_bp", shares(row, Window.YTD, contributions))
        .with("energy_budget_kgce", view.energyBudgetKgce(row.creditCode()))
        .with("budget", budget(view, row.creditCode(), row.get(Window.YTD, EnterpriseIndicator.ENERGY_TCE),
            query.period()))
        .with("display", display);
  }

  private static JsonObject figures(ToLongFunction<EnterpriseIndicator> value) {
    JsonObject json = new JsonObject();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      json.with(indicator.fieldName(), value.applyAsLong(indicator));
    }
    return json;
  }

  private static JsonObject shares(Contributions.Row row, Window window, Contributions contributions) {
    JsonObject json = new JsonObject();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      json.with(indicator.fieldName(), share(row.get(window, indicator), contributions.total(window, indicator)));
    }
    return json;
  }

  private static Integer share(Long value, long total) {
    return value == null ? null : Formats.basisPoints(value, total);
  }

  /**
   * The energy budget's use: the year to date's energy as a share of the annual budget, against the share of the
   * year gone (序时进度, month / 12); over when the energy is above the pro-rata budget. Null without a budget.
   */
  static JsonObject budget(View view, String creditCode, long energyYtdKgce, YearMonth period) {
    Long budget = view.energyBudgetKgce(creditCode);
    if (budget == null) {
      return null;
    }
    int month = period.getMonthValue();
    Integer used = Formats.basisPoints(energyYtdKgce, budget);
    return new JsonObject()
        .with("used_bp", used)
        .with("pro_rata_bp", Formats.basisPoints(month, 12))
        .with("over_pro_rata", Math.multiplyExact(energyYtdKgce, 12) > Math.multiplyExact(budget, month))
        .with("display", new JsonObject()
            .with("budget", DisplayUnit.TCE.format(budget))
            .with("energy", DisplayUnit.TCE.format(energyYtdKgce))
            .with("used", Formats.percent(used))
            .with("pro_rata", Formats.percent(Formats.basisPoints(month, 12)))
            .with("unit", DisplayUnit.TCE.label()));
  }

  private static Integer budgetUsedBp(View view, Contributions.Row row) {
    Long budget = view.energyBudgetKgce(row.creditCode());
    return budget == null ? null : Formats.basisPoints(row.get(Window.YTD, EnterpriseIndicator.ENERGY_TCE), budget);
  }
}
