package org.industrialreporting.dashboard.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.evaluation.DistrictEvaluation;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.evaluation.MuEvaluation;
import org.industrialreporting.dashboard.view.Contributions;
import org.industrialreporting.dashboard.view.EnterpriseMonth;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.Window;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.registry.AboveScale;

/**
 * The answers about one enterprise ({@code GET /api/enterprises/{code}} and {@code .../months}): what the registry
 * says of it, its figures of a month and the year to date against the same months a year earlier, the use of its
 * energy budget, its 亩均 class, its rank among the enterprises of its park and its open alerts; and its months.
 */
final class EnterpriseDetailJson {

  private static final EnterpriseIndicator[] INDICATORS = EnterpriseIndicator.values();

  private EnterpriseDetailJson() {
  }

  /**
   * The district the enterprise reports to: the registry's, else that of its latest report (an enterprise removed
   * from the registry keeps its reports); empty for an enterprise the view does not know.
   */
  static Optional<String> districtOf(View view, String creditCode) {
    Optional<String> registered = view.registered(creditCode).map(Enterprise::getDistrictCode);
    if (registered.isPresent()) {
      return registered;
    }
    List<EnterpriseMonth> months = view.enterprises().months(creditCode);
    return months.isEmpty() ? Optional.empty() : months.get(months.size() - 1).scopes().stream()
        .filter(scope -> scope.type() == ScopeType.DISTRICT).map(scope -> scope.id()).findFirst();
  }

  /** The enterprise in the month asked for, else in its latest month with a report; a 404 when it has none. */
  static JsonObject of(View view, String creditCode, Optional<YearMonth> asked, EvaluationRules rules) {
    NavigableMap<YearMonth, EnterpriseMonth> months = byPeriod(view, creditCode);
    YearMonth period = asked.or(() -> months.isEmpty() ? Optional.empty()
            : Optional.of(months.lastKey()))
        .orElseThrow(() -> ApiException.notFound("The enterprise '" + creditCode + "' has no reports yet"));
    String district = districtOf(view, creditCode).orElseThrow();
    Optional<Enterprise> registered = view.registered(creditCode);
    List<EnterpriseMonth> ytd = window(months, period);
    String park = ownPark(registered, ytd);
    long energyYtd = sum(ytd, EnterpriseIndicator.ENERGY_TCE);
    return new JsonObject()
        .with("credit_code", creditCode)
        .with("name", view.enterpriseName(creditCode))
        .with("registered", registered.isPresent())
        .with("district_code", district)
        .with("district_name", view.districtName(district).orElse(district))
        .with("park_id", park)
        .with("park_name", park == null ? null : parkName(view, park))
        .with("parks", park == null ? List.of() : view.parkAndParents(park).stream().map(id -> new JsonObject()
            .with("park_id", id).with("name", parkName(view, id))).toList())
        .with("town", registered.map(Enterprise::getTown).orElse(null))
        .with("town_scope_id", registered.map(Enterprise::getTown).map(town -> TopicKeys.townScope(district, town))
            .orElse(null))
        .with("industry_code", registered.map(Enterprise::getIndustryCode).orElse(null))
        .with("industry", registered.map(Enterprise::getIndustryCode).flatMap(IndustryDivisions::of)
            .map(division -> new JsonObject()
                .with("scope_id", TopicKeys.industryScope(district, division))
                .with("name", IndustryDivisions.name(division).orElse(division)))
            .orElse(null))
        .with("above_scale", registered.map(e -> AboveScale.in(e, period.getYear())).orElse(null))
        .with("key_energy_user", registered.map(Enterprise::getKeyEnergyUser).orElse(false))
        .with("land_area", DisplayUnit.MU.format(registered.map(Enterprise::getLandAreaCentimu).orElse(null)))
        .with("periods", months.keySet().stream().map(YearMonth::toString).toList())
        .with("period", period.toString())
        .with("month_label", Formats.month(period))
        .with("ytd_label", Formats.yearToDate(period))
        .with("reported", months.containsKey(period))
        .with("display", display(months, period, ytd))
        .with("budget", EnterpriseJson.budget(view, creditCode, energyYtd, period))
        .with("park_rank", parkRank(view, creditCode, park, period))
        .with("evaluation", evaluation(view, creditCode, district, park, period, rules))
        .with("alerts", view.alerts().open(alert -> alert.getScopeType() == AlertScope.ENTERPRISE
            && creditCode.equals(alert.getScopeId())).stream().map(AlertJson::alert).toList());
  }

  /** Every month of the enterprise with a report in force, oldest first, each against the same month a year earlier. */
  static JsonObject months(View view, String creditCode) {
    Map<YearMonth, EnterpriseMonth> months = byPeriod(view, creditCode);
    JsonObject units = new JsonObject();
    for (EnterpriseIndicator indicator : INDICATORS) {
      units.with(indicator.fieldName(), DisplayUnit.forEnterprise(indicator.unit()).label());
    }
    List<JsonObject> rows = new ArrayList<>();
    months.forEach((period, month) -> {
      EnterpriseMonth yearBefore = months.get(period.minusYears(1));
      JsonObject figures = new JsonObject();
      JsonObject growth = new JsonObject();
      JsonObject display = new JsonObject();
      for (EnterpriseIndicator indicator : INDICATORS) {
        Integer bp = yearBefore == null ? null : growthBp(month.get(indicator), yearBefore.get(indicator));
        figures.with(indicator.fieldName(), month.get(indicator));
        growth.with(indicator.fieldName(), bp);
        display.with(indicator.fieldName(), new JsonObject()
            .with("value", DisplayUnit.forEnterprise(indicator.unit()).format(month.get(indicator)))
            .with("growth", Formats.growth(bp)));
      }
      rows.add(new JsonObject().with("period", period.toString()).with("park_ids", month.parkIds())
          .with("figures", figures).with("growth_bp", growth).with("display", display));
    });
    return new JsonObject()
        .with("credit_code", creditCode)
        .with("name", view.enterpriseName(creditCode))
        .with("units", units)
        .with("months", rows);
  }

  private static NavigableMap<YearMonth, EnterpriseMonth> byPeriod(View view, String creditCode) {
    NavigableMap<YearMonth, EnterpriseMonth> months = new TreeMap<>();
    view.enterprises().months(creditCode).forEach(month -> months.put(month.period(), month));
    return months;
  }

  /** The reports from January to the month. */
  private static List<EnterpriseMonth> window(Map<YearMonth, EnterpriseMonth> months, YearMonth period) {
    return months.values().stream()
        .filter(m -> m.period().getYear() == period.getYear() && !m.period().isAfter(period)).toList();
  }

  /** The park the enterprise's latest report of the year counted for first, else the registry's. */
  private static String ownPark(Optional<Enterprise> registered, List<EnterpriseMonth> ytd) {
    if (!ytd.isEmpty() && !ytd.get(ytd.size() - 1).parkIds().isEmpty()) {
      return ytd.get(ytd.size() - 1).parkIds().get(0);
    }
    return registered.map(Enterprise::getParkId).orElse(null);
  }

  private static String parkName(View view, String parkId) {
    return view.park(parkId).map(Park::getName).orElse(parkId);
  }

  /**
   * Each indicator as the scopes' {@code display.indicators} show it, in an enterprise's units: the month against
   * the same month a year earlier, and the year to date against the same months a year earlier that the enterprise
   * reported both years (its comparable basis); employees are the average headcount of the months reported.
   */
  private static List<JsonObject> display(Map<YearMonth, EnterpriseMonth> months, YearMonth period,
      List<EnterpriseMonth> ytd) {
    EnterpriseMonth month = months.get(period);
    EnterpriseMonth yearBefore = months.get(period.minusYears(1));
    List<EnterpriseMonth> comparable = ytd.stream().filter(m -> months.containsKey(m.period().minusYears(1))).toList();
    List<EnterpriseMonth> comparedWith = comparable.stream().map(m -> months.get(m.period().minusYears(1))).toList();
    List<JsonObject> rows = new ArrayList<>();
    for (EnterpriseIndicator indicator : INDICATORS) {
      DisplayUnit unit = DisplayUnit.forEnterprise(indicator.unit());
      Long ytdValue = ytd.isEmpty() ? null : sum(ytd, indicator);
      if (ytdValue != null && indicator == EnterpriseIndicator.EMPLOYEES) {
        ytdValue = BigDecimal.valueOf(ytdValue).divide(BigDecimal.valueOf(ytd.size()), 0, RoundingMode.HALF_EVEN)
            .longValueExact();
      }
      rows.add(new JsonObject()
          .with("indicator", indicator.fieldName())
          .with("label", indicator.alias())
          .with("unit", unit.label())
          .with("month", month == null ? Formats.UNDEFINED : unit.format(month.get(indicator)))
          .with("month_growth", Formats.growth(month == null || yearBefore == null ? null
              : growthBp(month.get(indicator), yearBefore.get(indicator))))
          .with("ytd", unit.format(ytdValue))
          .with("ytd_growth", Formats.growth(comparable.isEmpty() ? null
              : growthBp(sum(comparable, indicator), sum(comparedWith, indicator)))));
    }
    return rows;
  }

  /**
   * The enterprise's place among the enterprises counted for its park in the year to date, by output value, as
   * the park's enterprise list orders them; null outside parks or without a report in the year.
   */
  private static JsonObject parkRank(View view, String creditCode, String park, YearMonth period) {
    if (park == null) {
      return null;
    }
    List<Contributions.Row> peers = peers(view, park, period);
    int rank = peers.stream().map(Contributions.Row::creditCode).toList().indexOf(creditCode) + 1;
    return rank == 0 ? null : new JsonObject()
        .with("park_id", park)
        .with("park_name", parkName(view, park))
        .with("indicator", EnterpriseIndicator.OUTPUT_VALUE.fieldName())
        .with("window", "ytd")
        .with("rank", rank)
        .with("of", peers.size());
  }

  private static List<Contributions.Row> peers(View view, String park, YearMonth period) {
    EnterpriseJson.Query byOutput = new EnterpriseJson.Query(period, Window.YTD,
        EnterpriseIndicator.OUTPUT_VALUE.fieldName(), Integer.MAX_VALUE, false);
    return Contributions.of(view.enterprises(), ScopeType.PARK, park, period).rows().stream()
        .sorted(EnterpriseJson.order(view, byOutput)).toList();
  }

  /**
   * The enterprise in the district's 亩均 evaluation of the month's year (the one the district's evaluation answers
   * with): its class, score and rank in the district and among the classified enterprises of its park, or why it is
   * not classified; null when the district has no rollup that year or the enterprise is not in the evaluation.
   */
  private static JsonObject evaluation(View view, String creditCode, String district, String park,
      YearMonth period, EvaluationRules rules) {
    Optional<YearMonth> through = DistrictEvaluation.through(view, district, period.getYear());
    if (through.isEmpty()) {
      return null;
    }
    MuEvaluation.Result result = DistrictEvaluation.of(view, district, through.get(), rules);
    JsonObject json = new JsonObject()
        .with("year", result.year())
        .with("through", through.get().toString())
        .with("window_label", Formats.yearToDate(through.get()));
    for (MuEvaluation.Classified enterprise : result.classified()) {
      if (enterprise.creditCode().equals(creditCode)) {
        return json.with("class", enterprise.grade().name())
            .with("score", enterprise.score())
            .with("rank", enterprise.rank())
            .with("of", result.classified().size())
            .with("park_rank", parkPeerRank(view, enterprise, result, park, through.get()));
      }
    }
    for (MuEvaluation.NotClassified enterprise : result.notClassified()) {
      if (enterprise.creditCode().equals(creditCode)) {
        return json.with("class", null).with("reason", enterprise.reason().name())
            .with("explanation", enterprise.explanation());
      }
    }
    return null;
  }

  /** Among the classified enterprises counted for the park: 1 + those with a higher score (equal scores share). */
  private static JsonObject parkPeerRank(View view, MuEvaluation.Classified enterprise, MuEvaluation.Result result,
      String park, YearMonth through) {
    if (park == null) {
      return null;
    }
    Set<String> inPark = peers(view, park, through).stream().map(Contributions.Row::creditCode)
        .collect(Collectors.toSet());
    List<MuEvaluation.Classified> classifiedPeers = result.classified().stream()
        .filter(c -> inPark.contains(c.creditCode())).toList();
    long better = classifiedPeers.stream().filter(c -> c.score().compareTo(enterprise.score()) > 0).count();
    return new JsonObject()
        .with("park_id", park)
        .with("park_name", parkName(view, park))
        .with("rank", better + 1)
        .with("of", classifiedPeers.size());
  }

  private static long sum(List<EnterpriseMonth> months, EnterpriseIndicator indicator) {
    long sum = 0;
    for (EnterpriseMonth month : months) {
      sum = Math.addExact(sum, month.get(indicator));
    }
    return sum;
  }

  /** (current − base) / base in basis points; null when the base is not positive. */
  private static Integer growthBp(long current, long base) {
    return Formats.basisPoints(Math.subtractExact(current, base), base);
  }
}
