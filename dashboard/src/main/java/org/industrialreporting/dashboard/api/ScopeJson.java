package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReportFigures;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.display.Labels;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;

/** The answers about scopes: lists, rollups, time series, and a district's parks, towns and industries. */
final class ScopeJson {

  /** The longest time series one request may ask for: ten years. */
  static final int MAX_SERIES_MONTHS = 120;
  /** The default time series: two years, so that each month can be seen against the year before. */
  static final int DEFAULT_SERIES_MONTHS = 24;

  private ScopeJson() {
  }

  /** The districts the view knows and the caller sees. */
  static List<JsonObject> districts(View view, Predicate<String> visible) {
    return view.districtCodes().stream().filter(visible).map(code -> district(view, code)).toList();
  }

  static JsonObject district(View view, String code) {
    return new JsonObject()
        .with("district_code", code)
        .with("name", new Scope(ScopeType.DISTRICT, code).name(view))
        .with("park_count", parksOf(view, code).size())
        .with("latest_period", view.districtRollups().latestPeriod(code).map(YearMonth::toString).orElse(null));
  }

  /** A district with the months it has rollups for and its parks. */
  static JsonObject districtDetail(View view, Scope district) {
    return district(view, district.id())
        .with("periods", periods(view, district))
        .with("parks", parksOf(view, district.id()).stream().map(park -> park(view, park)).toList());
  }

  static List<JsonObject> parks(View view, Optional<String> district) {
    return view.parks().stream()
        .filter(park -> district.map(park.getDistrictCode()::equals).orElse(true))
        .map(park -> park(view, park))
        .toList();
  }

  static JsonObject park(View view, Park park) {
    return new JsonObject()
        .with("park_id", park.getParkId())
        .with("name", park.getName())
        .with("district_code", park.getDistrictCode())
        .with("district_name", view.districtName(park.getDistrictCode()).orElse(park.getDistrictCode()))
        .with("level", park.getLevel().name())
        .with("level_label", Labels.of(park.getLevel()))
        .with("parent_park_id", park.getParentParkId())
        .with("latest_period", view.parkRollups().latestPeriod(park.getParkId()).map(YearMonth::toString).orElse(null));
  }

  /** A park with the months it has rollups for; a park known only by its rollups has no level. */
  static JsonObject parkDetail(View view, Scope park) {
    JsonObject json = view.park(park.id()).map(p -> park(view, p)).orElseGet(() -> new JsonObject()
        .with("park_id", park.id())
        .with("name", park.name(view))
        .with("district_code", park.rollups(view).history(park.id()).lastEntry().getValue().getDistrictCode()));
    return json.with("periods", periods(view, park));
  }

  private static List<String> periods(View view, Scope scope) {
    return scope.rollups(view).history(scope.id()).keySet().stream().map(YearMonth::toString).toList();
  }

  /** The registered parks of the district, each followed by the parks inside it (一区多园), by park id. */
  static List<Park> parksOf(View view, String districtCode) {
    List<Park> parks = view.parks().stream().filter(park -> park.getDistrictCode().equals(districtCode)).toList();
    Set<String> ids = parks.stream().map(Park::getParkId).collect(Collectors.toSet());
    Set<Park> ordered = new LinkedHashSet<>();
    parks.stream().filter(park -> !ids.contains(park.getParentParkId()))
        .forEach(park -> addWithChildren(park, parks, ordered));
    ordered.addAll(parks); // parks in a cycle of parent links, which the registry should not have
    return List.copyOf(ordered);
  }

  private static void addWithChildren(Park park, List<Park> parks, Set<Park> ordered) {
    if (ordered.add(park)) {
      parks.stream().filter(child -> park.getParkId().equals(child.getParentParkId()))
          .forEach(child -> addWithChildren(child, parks, ordered));
    }
  }

  /**
   * The rollup in the schema's shape, its name filled in, with its figures ready to show under "display" and the
   * full-year outlook of its targets under "outlook".
   */
  static JsonObject rollup(View view, Scope scope, Rollup rollup) {
    String name = scope.name(view);
    return AvroJson.of(rollup).with("scope_name", name).with("display", RollupDisplay.of(rollup, name))
        .with("outlook", OutlookJson.of(view, scope, rollup));
  }

  /**
   * The district's parks with their rollups of the month (null for a park without one). A park's rollup includes
   * its child parks, so the parks' figures do not add up to the district's.
   */
  static JsonObject parkRollups(View view, Scope district, YearMonth period) {
    List<JsonObject> parks = new ArrayList<>();
    for (Park park : parksOf(view, district.id())) {
      Scope scope = new Scope(ScopeType.PARK, park.getParkId());
      parks.add(park(view, park)
          .with("rollup", scope.rollups(view).get(park.getParkId(), period)
              .map(rollup -> rollup(view, scope, rollup)).orElse(null)));
    }
    return new JsonObject()
        .with("district_code", district.id())
        .with("name", district.name(view))
        .with("period", period.toString())
        .with("parks", parks);
  }

  /**
   * A district's towns or industries with their rollups of the month (null for one without), by scope id. Towns
   * leave out the enterprises without a town; industries add up to the district.
   */
  static JsonObject rollupsInDistrict(View view, Scope district, ScopeType type, String listName, YearMonth period) {
    List<JsonObject> scopes = new ArrayList<>();
    for (String id : view.scopesInDistrict(type, district.id())) {
      Scope scope = new Scope(type, id);
      scopes.add(summary(view, scope)
          .with("rollup", scope.rollups(view).get(id, period).map(rollup -> rollup(view, scope, rollup)).orElse(null)));
    }
    return new JsonObject()
        .with("district_code", district.id())
        .with("name", district.name(view))
        .with("period", period.toString())
        .with(listName, scopes);
  }

  /** A town or an industry with the months it has rollups for. */
  static JsonObject detail(View view, Scope scope) {
    return summary(view, scope).with("periods", periods(view, scope));
  }

  private static JsonObject summary(View view, Scope scope) {
    String district = scope.districtCode(view);
    return new JsonObject()
        .with("scope_type", scope.type().name())
        .with("scope_id", scope.id())
        .with("name", scope.name(view))
        .with("district_code", district)
        .with("district_name", view.districtName(district).orElse(district))
        .with("latest_period", scope.rollups(view).latestPeriod(scope.id()).map(YearMonth::toString).orElse(null));
  }

  /** One indicator of the scope month by month: the month's and the year to date's figures and growth. */
  static JsonObject series(View view, Scope scope, Indicator indicator, YearMonth from, YearMonth to) {
    DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
    Map<YearMonth, Rollup> history = scope.rollups(view).history(scope.id());
    List<JsonObject> points = new ArrayList<>();
    for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
      Rollup rollup = history.get(period);
      Point month = rollup == null ? Point.NONE : Point.of(indicator, rollup.getMonth());
      Point ytd = rollup == null ? Point.NONE : Point.of(indicator, rollup.getYtd());
      points.add(new JsonObject()
          .with("period", period.toString())
          .with("month", month.value())
          .with("ytd", ytd.value())
          .with("month_growth_bp", month.comparableBp())
          .with("month_growth_total_bp", month.totalBp())
          .with("ytd_growth_bp", ytd.comparableBp())
          .with("ytd_growth_total_bp", ytd.totalBp())
          .with("display", new JsonObject()
              .with("month", unit.format(month.value()))
              .with("ytd", unit.format(ytd.value()))
              .with("month_growth", Formats.growth(month.growthBp()))
              .with("ytd_growth", Formats.growth(ytd.growthBp()))));
    }
    return new JsonObject()
        .with("scope_type", scope.type().name())
        .with("scope_id", scope.id())
        .with("scope_name", scope.name(view))
        .with("indicator", indicator.fieldName())
        .with("label", indicator.alias())
        .with("stored_unit", indicator.unit().storedUnit())
        .with("display_unit", unit.label())
        .with("points", points);
  }

  /**
   * One indicator in one window of a rollup: the sum (stored unit) and its growth. Enterprise indicators come from
   * the totals, with comparable and total growth, and show the comparable one (the official figure); park-report
   * figures come from the park reports, with total growth only, since a park reports whole.
   */
  private record Point(Long value, Integer comparableBp, Integer totalBp, Integer growthBp) {

    static final Point NONE = new Point(null, null, null, null);

    static Point of(Indicator indicator, Figures figures) {
      if (indicator instanceof EnterpriseIndicator enterprise) {
        Growth growth = figures.getGrowth().get(indicator.fieldName());
        Integer comparable = growth == null ? null : growth.getComparableBp();
        return new Point(enterprise.getTotal(figures.getTotals()), comparable,
            growth == null ? null : growth.getTotalBp(), comparable);
      }
      ParkReportFigures parks = figures.getParkReports();
      if (parks == null) {
        return NONE;
      }
      Growth growth = parks.getGrowth().get(indicator.fieldName());
      Integer total = growth == null ? null : growth.getTotalBp();
      return new Point(((ParkIndicator) indicator).getTotal(parks.getTotals()), null, total, total);
    }
  }

  /**
   * The first month of a series that names none: two years before its last month, or the scope's first month with
   * a rollup when that is later, so that a chart does not open on empty months.
   */
  static YearMonth defaultFrom(View view, Scope scope, YearMonth to) {
    YearMonth twoYears = to.minusMonths(DEFAULT_SERIES_MONTHS - 1);
    YearMonth first = scope.rollups(view).history(scope.id()).ceilingKey(twoYears);
    return first == null || first.isAfter(to) ? twoYears : first;
  }

  /** The months from {@code from} to {@code to}; a 400 when the range is backwards or longer than ten years. */
  static void checkRange(YearMonth from, YearMonth to) {
    if (from.isAfter(to)) {
      throw ApiException.badParameter("from", "must not be after to (" + from + " > " + to + ")");
    }
    if (from.plusMonths(MAX_SERIES_MONTHS).isBefore(to.plusMonths(1))) {
      throw ApiException.badParameter("from", "must be at most " + MAX_SERIES_MONTHS + " months before to");
    }
  }
}
