package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.Optional;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.view.RollupIndex;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * A district, park, town ({@code 330411|王店镇}) or industry ({@code 330411|C38}) as the API addresses it, checked
 * to be known to the view.
 */
record Scope(ScopeType type, String id) {

  /** The scope, or a 404 when the view knows no such district, park, town or industry. */
  static Scope known(View view, ScopeType type, String id) {
    boolean known = switch (type) {
      case DISTRICT -> view.knowsDistrict(id);
      case PARK -> view.knowsPark(id);
      // No registry lists towns and divisions: a district has those its reports were counted in.
      case TOWN, INDUSTRY -> !view.rollups(type).history(id).isEmpty();
    };
    if (!known) {
      throw ApiException.notFound("Unknown " + noun(type) + " '" + id + "'");
    }
    return new Scope(type, id);
  }

  RollupIndex rollups(View view) {
    return view.rollups(type);
  }

  /** The scope's own name (a town's, a division's 电气机械和器材制造业), else its latest rollup's, else its id. */
  String name(View view) {
    Optional<String> own = switch (type) {
      case DISTRICT -> view.districtName(id);
      case PARK -> view.park(id).map(Park::getName);
      case TOWN -> withinDistrict().map(TopicKeys::partOfDistrict);
      case INDUSTRY -> withinDistrict().map(TopicKeys::partOfDistrict).flatMap(IndustryDivisions::name);
    };
    return own
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

  /**
   * The district of the scope: a park's from the registry, else from its latest rollup; a town's or an industry's
   * from its id, so that it is known before the scope is (a 404 for an id that names no district).
   */
  String districtCode(View view) {
    return switch (type) {
      case DISTRICT -> id;
      case PARK -> view.park(id).map(Park::getDistrictCode)
          .orElseGet(() -> rollups(view).history(id).lastEntry().getValue().getDistrictCode());
      case TOWN, INDUSTRY -> withinDistrict().map(TopicKeys::districtOfScope)
          .orElseThrow(() -> ApiException.notFound("Unknown " + noun(type) + " '" + id + "': a " + noun(type)
              + " is named district_code|" + (type == ScopeType.TOWN ? "town, e.g. 330411|王店镇"
              : "division, e.g. 330411|C38")));
    };
  }

  /** Whether the scope's district is part of its id, and so known whether or not the view knows the scope. */
  boolean namesItsDistrict() {
    return type != ScopeType.PARK;
  }

  /** The id of a town or industry, when it has the form district_code|part. */
  private Optional<String> withinDistrict() {
    return Optional.of(id).filter(TopicKeys::isWithinDistrict);
  }

  String noun() {
    return noun(type);
  }

  private static String noun(ScopeType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
