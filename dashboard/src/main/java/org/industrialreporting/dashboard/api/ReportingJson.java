package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.industrialreporting.anomaly.ReportingDeadline;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.view.ExpectedReporters;
import org.industrialreporting.dashboard.view.ReportingStatus;
import org.industrialreporting.dashboard.view.View;

/**
 * Who has reported a month in a district or park (应报, 已报, 未报, 报送率, reports from below-scale enterprises), the
 * month's reporting deadline by the REPORT_MISSING rule, and the enterprises missing; per park (a district's parks,
 * or the parks inside a park) and, for a district, per town.
 */
final class ReportingJson {

  private ReportingJson() {
  }

  static JsonObject of(View view, Scope scope, YearMonth period) {
    boolean district = scope.type() == ScopeType.DISTRICT;
    ReportingStatus status = district ? ExpectedReporters.district(view, scope.id(), period)
        : ExpectedReporters.park(view, scope.id(), period);
    ReportingDeadline deadline = ReportingDeadline.of(period,
        view.ruleBook().ruleFor(AlertKind.REPORT_MISSING, null, scope.districtCode(view), null));
    JsonObject json = counts(new JsonObject()
        .with("scope_type", scope.type().name())
        .with("scope_id", scope.id())
        .with("scope_name", scope.name(view))
        .with("period", period.toString()), status)
        .with("deadline", new JsonObject()
            .with("last_day", deadline.lastDay().toString())
            .with("remind_from", deadline.remindFrom().toString())
            .with("due", deadline.due().toString())
            .with("rule_id", deadline.ruleKey()))
        .with("missing_enterprises", status.missing().stream().map(e -> missing(view, e)).toList());
    if (district) {
      json.with("towns", ExpectedReporters.towns(view, scope.id(), period).entrySet().stream()
          .map(town -> counts(new JsonObject().with("town", town.getKey()), town.getValue())).toList());
    }
    // A district's parks, or the parks inside a park (一区多园), each followed by those inside it.
    Set<String> inside = district ? Set.of() : view.parkAndDescendants(scope.id());
    Map<String, ReportingStatus> parks = ExpectedReporters.parks(view, period);
    json.with("parks", ScopeJson.parksOf(view, scope.districtCode(view)).stream()
        .filter(p -> district || inside.contains(p.getParkId()) && !p.getParkId().equals(scope.id()))
        .filter(p -> parks.containsKey(p.getParkId()))
        .map(p -> counts(new JsonObject().with("park_id", p.getParkId()).with("park_name", p.getName())
            .with("parent_park_id", p.getParentParkId()), parks.get(p.getParkId())))
        .toList());
    return json;
  }

  private static JsonObject counts(JsonObject json, ReportingStatus status) {
    return json
        .with("expected", status.expected().size())
        .with("reported", status.reported())
        .with("missing", status.missing().size())
        .with("rate_bp", status.rateBp())
        .with("reported_below_scale", status.reportedBelowScale())
        .with("display", new JsonObject().with("rate", Formats.percent(status.rateBp())));
  }

  private static JsonObject missing(View view, Enterprise enterprise) {
    String park = enterprise.getParkId();
    return new JsonObject()
        .with("credit_code", enterprise.getCreditCode())
        .with("name", enterprise.getName())
        .with("park_id", park)
        .with("park_name", park == null ? null : view.park(park).map(Park::getName).orElse(park))
        .with("town", enterprise.getTown());
  }
}
