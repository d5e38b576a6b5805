package org.industrialreporting.dashboard.api;

import java.util.Optional;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.http.tokens.TokenScope;

/**
 * Whom the dashboard answers, from the caller's API token: an admin token sees every district; a district token
 * its own district only, with its parks, their enterprises and its alerts. Anything of another district is a 403
 * that names it; lists leave it out.
 *
 * @param district the one district the caller sees; null for every district
 */
record Viewer(String district, TokenScope scope) {

  /** The viewer of a token; a 403 for tokens of the intake (enterprise, park), which see nothing here. */
  static Viewer of(TokenScope scope) {
    return switch (scope.kind()) {
      case ADMIN -> new Viewer(null, scope);
      case DISTRICT -> new Viewer(scope.subject(), scope);
      case ENTERPRISE, PARK -> throw ApiException.forbidden("This is an intake token (" + scope + "); the dashboard"
          + " takes district and admin tokens");
    };
  }

  boolean isAdmin() {
    return district == null;
  }

  boolean sees(String districtCode) {
    return district == null || district.equals(districtCode);
  }

  /** The district or park, if this viewer sees it; a 403 naming it and its district otherwise. */
  Scope check(View view, Scope scope) {
    checkOwner(scope.districtCode(view), scope.noun(), scope.id());
    return scope;
  }

  /** Nothing if this viewer sees district {@code owner}; else a 403 naming what was asked ({@code noun id}) and it. */
  void checkOwner(String owner, String noun, String id) {
    if (!sees(owner)) {
      throw ApiException.forbidden("This token sees district " + district + " only" + (id.equals(owner)
          ? ", not district " + owner : "; " + noun + " '" + id + "' is in district " + owner));
    }
  }

  /**
   * The district a list is filtered to: the one asked for, which must be visible, else this viewer's own district
   * (empty for an admin, who may list all).
   */
  Optional<String> districtFilter(Optional<String> asked) {
    asked.filter(code -> !sees(code)).ifPresent(code -> {
      throw ApiException.forbidden("This token sees district " + district + " only, not district " + code);
    });
    return asked.or(() -> Optional.ofNullable(district));
  }

  /** What the viewer is, for the page: {@code {"scope": "district:330411", "district_code": "330411"}}. */
  JsonObject json(View view) {
    return new JsonObject()
        .with("scope", scope.toString())
        .with("admin", isAdmin())
        .with("district_code", district)
        .with("district_name", district == null ? null : view.districtName(district).orElse(district));
  }
}
