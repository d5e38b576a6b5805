package org.industrialreporting.dashboard.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.industrialreporting.anomaly.AlertLabels;
import org.industrialreporting.anomaly.Figure;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;

/** The open anomaly alerts, filtered, in the schema's shape with Chinese labels and formatted figures. */
final class AlertJson {

  /**
   * Which alerts to list; an empty filter lets every alert through.
   *
   * @param park     a park: alerts in it and in the parks inside it
   * @param town     a town scope ({@code 330411|王店镇}): alerts of the enterprises the registry places in it
   * @param industry an industry scope ({@code 330411|C38}): alerts of the district's enterprises of the division
   */
  record Filter(Optional<String> district, Optional<String> park, Optional<AlertKind> kind,
      Optional<Severity> severity, Optional<String> period, int limit, Optional<String> town,
      Optional<String> industry) {
  }

  private AlertJson() {
  }

  static JsonObject of(View view, Filter filter) {
    List<AnomalyAlert> open = view.alerts().open(predicate(view, filter));
    return new JsonObject()
        .with("count", open.size())
        .with("alerts", open.stream().limit(filter.limit()).map(AlertJson::alert).toList());
  }

  private static Predicate<AnomalyAlert> predicate(View view, Filter filter) {
    Optional<Set<String>> parks = filter.park().map(view::parkAndDescendants);
    return alert -> filter.district().map(d -> d.equals(alert.getDistrictCode())
            || alert.getScopeType() == AlertScope.DISTRICT && d.equals(alert.getScopeId())).orElse(true)
        && parks.map(p -> p.contains(alert.getParkId())
            || alert.getScopeType() == AlertScope.PARK && p.contains(alert.getScopeId())).orElse(true)
        && filter.kind().map(k -> k == alert.getKind()).orElse(true)
        && filter.severity().map(s -> s == alert.getSeverity()).orElse(true)
        && filter.period().map(p -> p.equals(alert.getPeriod())).orElse(true)
        && filter.town().map(town -> isEnterpriseIn(view, alert, town)).orElse(true)
        && filter.industry().map(industry -> alert.getScopeType() == AlertScope.ENTERPRISE
            && TopicKeys.districtOfScope(industry).equals(alert.getDistrictCode())
            && IndustryDivisions.of(alert.getIndustryCode()).map(TopicKeys.partOfDistrict(industry)::equals)
                .orElse(false)).orElse(true);
  }

  /** Whether the alert is about an enterprise the registry places in the town ({@code district_code|town}). */
  private static boolean isEnterpriseIn(View view, AnomalyAlert alert, String town) {
    return alert.getScopeType() == AlertScope.ENTERPRISE && view.registered(alert.getScopeId())
        .filter(e -> e.getTown() != null && TopicKeys.townScope(e.getDistrictCode(), e.getTown()).equals(town))
        .isPresent();
  }

  static JsonObject alert(AnomalyAlert alert) {
    String indicator = alert.getIndicator();
    return AvroJson.of(alert)
        .with("kind_label", AlertLabels.kind(alert.getKind()))
        .with("severity_label", alert.getSeverity() == null ? null : AlertLabels.severity(alert.getSeverity()))
        .with("comparison_label", AlertLabels.comparison(alert.getComparison()))
        .with("indicator_label", AlertLabels.indicator(indicator))
        .with("display", figures(indicator, alert));
  }

  /** The compared figures in an enterprise's display unit (a rollup alert's are a scope's). */
  private static JsonObject figures(String indicator, AnomalyAlert alert) {
    boolean enterprise = alert.getScopeType() == AlertScope.ENTERPRISE;
    DisplayUnit unit = Figure.INTENSITY.equals(indicator) ? DisplayUnit.TCE_PER_WAN_YUAN
        : Indicator.byFieldName(indicator)
            .map(i -> enterprise ? DisplayUnit.forEnterprise(i.unit()) : DisplayUnit.forScope(i.unit()))
            .orElse(null);
    return new JsonObject()
        .with("current", unit == null ? String.valueOf(alert.getCurrentValue()) : unit.format(alert.getCurrentValue()))
        .with("baseline", unit == null ? String.valueOf(alert.getBaselineValue()) : unit.format(alert.getBaselineValue()))
        .with("unit", unit == null ? "" : unit.label())
        .with("change", Formats.growth(alert.getChangeBp()));
  }
}
