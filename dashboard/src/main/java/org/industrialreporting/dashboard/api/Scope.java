package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.Optional;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.view.RollupIndex;
import org.industrialreporting.dashboard.view.View;

/** A district or a park as the API addresses it, checked to be known to the view. */
record Scope(ScopeType type, String id) {

  /** The scope, or a 404 when the view knows no such district or park. */
  static Scope known(View view, ScopeType type, String id) {
    boolean known = type == ScopeType.DISTRICT ? view.knowsDistrict(id) : view.knowsPark(id);
    if (!known) {
      throw ApiException.notFound("Unknown " + noun(type) + " '" + id + "'");
    }
    return new Scope(type, id);
  }

  RollupIndex rollups(View view) {
    return type == ScopeType.DISTRICT ? view.districtRollups() : view.parkRollups();
  }

  /** The district's or park's name, else the name its latest rollup carries, else its id. */
  String name(View view) {
    Optional<String> registered = type == ScopeType.DISTRICT ? view.districtName(id)
        : view.park(id).map(Park::getName);
    return registered
        .or(() -> Optional.ofNullable(rollups(view).history(id).lastEntry()).map(e -> e.getValue().getScopeName()))
        .orElse(id);
  }

  /** The month asked for, else the latest month with a rollup; a 404 when the scope has none yet. */
  YearMonth period(View view, Optional<YearMonth> asked) {
    return asked.or(() -> rollups(view).latestPeriod(id))
        .orElseThrow(() -> ApiException.notFound("The " + noun(type) + " '" + id + "' has no rollups yet"));
  }

  /** The rollup of the month, or a 404 naming the scope and month. */
  Rollup rollup(View view, YearMonth period) {
    return rollups(view).get(id, period).orElseThrow(() -> ApiException.notFound(
        "No rollup of " + noun(type) + " '" + id + "' for " + period));
  }

  /** The district of the district or park: a park's from the registry, else from its latest rollup. */
  String districtCode(View view) {
    if (type == ScopeType.DISTRICT) {
      return id;
    }
    return view.park(id).map(Park::getDistrictCode)
        .orElseGet(() -> rollups(view).history(id).lastEntry().getValue().getDistrictCode());
  }

  String noun() {
    return noun(type);
  }

  private static String noun(ScopeType type) {
    return type == ScopeType.DISTRICT ? "district" : "park";
  }
}
