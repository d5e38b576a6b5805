package org.industrialreporting.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;
import static org.industrialreporting.dashboard.TestRecords.alert;
import static org.industrialreporting.dashboard.TestRecords.alertId;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.month;
import static org.industrialreporting.dashboard.TestRecords.registered;
import static org.industrialreporting.dashboard.TestRecords.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.industrialreporting.anomaly.AlertLabels;
import org.industrialreporting.anomaly.Figure;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.HttpJson;
import org.industrialreporting.dashboard.TestRecords;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewRecord;
import org.industrialreporting.dashboard.view.ViewSource;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.KeyStoreFile;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.testing.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over a read model filled in memory: shapes, figures, parameters, errors, access, page, events. */
class DashboardApiTest {

  private static final String OTHER_DISTRICT = "320581";
  private static final String OTHER_PARK = "CS-ETDZ";
  private static final String C = "91320581000000003X";

  @TempDir
  Path dir;
  private TokenStore tokens;
  private String districtToken;

  private static final String A = "91330411000000001X";
  private static final String B = "91330411000000002X";
  private static final long BILLION = 1_000_000_000L;

  private final ReadModel model = new ReadModel(DistrictNames.builtIn());
  private final Status status = new Status();
  private ProcessMetrics metrics;
  private DashboardApi api;
  private HttpJson http;

  /** A view status the test sets. */
  private static final class Status implements ViewStatus {
    volatile boolean ready = true;

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public boolean alive() {
      return true;
    }

    @Override
    public Map<TopicPartition, Long> behind() {
      return ready ? Map.of() : Map.of(new TopicPartition("rollups-district", 0), 42L);
    }
  }

  @BeforeEach
  void start() {
    metrics = ProcessMetrics.withJvmMetrics();
    tokens = new TokenStore(dir.resolve("dashboard-tokens"));
    api = DashboardApi.start(model, status, metrics, HttpListener.http("127.0.0.1", 0), tokens);
    http = new HttpJson(api.url(), issue(TokenScope.admin()));
    districtToken = issue(TokenScope.district(DISTRICT));
    model.apply(List.of(
        new ViewRecord(ViewSource.PARK_REGISTRY, "XZ-AAA", new Park("XZ-AAA", "航空产业园", DISTRICT, ParkLevel.THEMED, ZONE)),
        new ViewRecord(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone()),
        new ViewRecord(ViewSource.PARK_REGISTRY, PV_TOWN, TestRecords.pvTown()),
        new ViewRecord(ViewSource.PARK_REGISTRY, FOOD_PARK, TestRecords.foodPark()),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-08",
            rollup(ScopeType.DISTRICT, DISTRICT, "2026-08", 5 * BILLION, 1000)),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-09",
            rollup(ScopeType.DISTRICT, DISTRICT, "2026-09", 5_277_777_777L, 1140)),
        new ViewRecord(ViewSource.PARK_ROLLUPS, ZONE + "|2026-09", rollup(ScopeType.PARK, ZONE, "2026-09", 3 * BILLION, 1380)),
        new ViewRecord(ViewSource.PARK_ROLLUPS, FOOD_PARK + "|2026-09",
            rollup(ScopeType.PARK, FOOD_PARK, "2026-09", BILLION, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, A, registered(A, 4_000L)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, B, registered(B, null)),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2026-08", 2_000_000, PV_TOWN, ZONE),
            month("2026-09", 3_000_000, PV_TOWN, ZONE))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, B, ledger(month("2026-09", 1_000_000, FOOD_PARK))),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, A,
            alert(A, PV_TOWN, "2026-09", AlertKind.ENERGY_RISE, AlertStatus.OPEN, Severity.RED)),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, B,
            alert(B, FOOD_PARK, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.YELLOW))));
  }

  private String issue(TokenScope scope) {
    return tokens.issue(scope, "test", Clock.systemUTC()).token();
  }

  @AfterEach
  void stop() {
    api.close();
    metrics.close();
  }

  @Test
  void listsDistrictsAndParksWithNamesLevelsAndPeriods() {
    JsonNode districts = http.json("/api/districts");
    assertThat(districts).hasSize(1);
    assertThat(districts.get(0).get("district_code").asText()).isEqualTo(DISTRICT);
    assertThat(districts.get(0).get("name").asText()).isEqualTo("秀洲区");
    assertThat(districts.get(0).get("park_count").asInt()).isEqualTo(4);
    assertThat(districts.get(0).get("latest_period").asText()).isEqualTo("2026-09");

    JsonNode district = http.json("/api/districts/" + DISTRICT);
    assertThat(district.get("periods")).extracting(JsonNode::asText).containsExactly("2026-08", "2026-09");
    assertThat(district.get("parks")).extracting(p -> p.get("park_id").asText())
        .containsExactly(FOOD_PARK, ZONE, "XZ-AAA", PV_TOWN); // each park followed by the parks inside it

    JsonNode parks = http.json("/api/parks?district=" + DISTRICT);
    JsonNode pv = parks.get(3);
    assertThat(pv.get("park_id").asText()).isEqualTo(PV_TOWN);
    assertThat(pv.get("level").asText()).isEqualTo("THEMED");
    assertThat(pv.get("level_label").asText()).isEqualTo("特色产业园");
    assertThat(pv.get("parent_park_id").asText()).isEqualTo(ZONE);
    assertThat(pv.get("district_name").asText()).isEqualTo("秀洲区");
    assertThat(http.json("/api/parks?district=320581")).isEmpty();
    assertThat(http.json("/api/parks/" + ZONE).get("periods")).extracting(JsonNode::asText).containsExactly("2026-09");
  }

  @Test
  void answersARollupInTheSchemasShapeWithExactIntegersAndItsFiguresReadyToShow() {
    JsonNode rollup = http.json("/api/districts/" + DISTRICT + "/rollup?period=2026-09");

    assertThat(rollup.get("scope_type").asText()).isEqualTo("DISTRICT");
    assertThat(rollup.get("scope_name").asText()).isEqualTo("秀洲区");
    assertThat(rollup.get("ytd").get("totals").get("output_value_yuan").asLong()).isEqualTo(15_833_333_331L);
    assertThat(rollup.get("ytd").get("growth").get("output_value").get("comparable_bp").asInt()).isEqualTo(1140);
    assertThat(rollup.get("ytd").get("previous_year").isNull()).isTrue();
    assertThat(rollup.get("updated_at").asText()).isEqualTo("2026-10-08T00:00:00Z");
    assertThat(rollup.get("targets").get(0).get("completion_bp").asInt()).isEqualTo(2500);

    JsonNode display = rollup.get("display");
    assertThat(display.get("ytd_label").asText()).isEqualTo("2026年1–9月");
    JsonNode output = display.get("indicators").get(0);
    assertThat(output.get("label").asText()).isEqualTo("工业总产值");
    assertThat(output.get("unit").asText()).isEqualTo("亿元");
    assertThat(output.get("ytd").asText()).isEqualTo("158.33");
    assertThat(output.get("month").asText()).isEqualTo("52.78");
    assertThat(output.get("ytd_growth").asText()).isEqualTo("+11.4%");
    assertThat(output.get("ytd_growth_total").asText()).isEqualTo("+12.0%");
    JsonNode employees = display.get("indicators").get(7);
    assertThat(employees.get("indicator").asText()).isEqualTo("employees");
    assertThat(employees.get("ytd").asText()).isEqualTo("33"); // 300 person-months over 9 months
    assertThat(display.get("structure").get(0).get("share").asText()).isEqualTo("50.0%");
    assertThat(display.get("targets").get(0).get("completion").asText()).isEqualTo("25.0%");
    assertThat(display.get("efficiency").get(4).get("value").asText()).isEqualTo("0.050");

    // Without a period: the latest month.
    assertThat(http.json("/api/districts/" + DISTRICT + "/rollup").get("period").asText()).isEqualTo("2026-09");
    assertThat(http.json("/api/parks/" + ZONE + "/rollup?period=2026-09").get("scope_name").asText())
        .isEqualTo("秀洲国家高新区");
  }

  @Test
  void projectsEachTargetsFullYearFromLastYearsProfileOrElseInAStraightLine() {
    String path = "/api/districts/" + DISTRICT + "/rollup?period=2026-09";
    // Year to date 15,833,333,331 yuan of a target of 63,333,333,324; no last year: × 12 / 9.
    JsonNode linear = http.json(path).get("outlook").get(0);
    assertThat(linear.get("basis").asText()).isEqualTo("LINEAR");
    assertThat(linear.get("projected").asLong()).isEqualTo(21_111_111_108L);
    assertThat(linear.get("at_risk").asBoolean()).isTrue();
    assertThat(linear.get("display").get("basis").asText()).isEqualTo("无上年数据，按已过月份线性推算");

    // Last year's January–September (3e9) was a quarter of its year (12e9): × 4 reaches the target exactly.
    model.apply(List.of(
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2025-09", rollup(ScopeType.DISTRICT, DISTRICT, "2025-09", BILLION, null)),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2025-12",
            rollup(ScopeType.DISTRICT, DISTRICT, "2025-12", 4 * BILLION, null))));
    JsonNode profile = http.json(path).get("outlook").get(0);
    assertThat(profile.get("indicator").asText()).isEqualTo("output_value");
    assertThat(profile.get("basis").asText()).isEqualTo("LAST_YEAR_PROFILE");
    assertThat(profile.get("projected").asLong()).isEqualTo(63_333_333_324L);
    assertThat(profile.get("projected_completion_bp").asInt()).isEqualTo(10_000);
    assertThat(profile.get("at_risk").asBoolean()).isFalse();
    // (63,333,333,324 − 15,833,333,331) / 3 remaining months.
    assertThat(profile.get("needed_per_remaining_month").asLong()).isEqualTo(15_833_333_331L);
    assertThat(profile.get("display").get("projected").asText()).isEqualTo("633.33");
  }

  @Test
  void answersATimeSeriesWithAPointForEveryMonthOfTheRange() {
    JsonNode series = http.json("/api/districts/" + DISTRICT + "/series?indicator=output_value&from=2026-07&to=2026-09");

    assertThat(series.get("label").asText()).isEqualTo("工业总产值");
    assertThat(series.get("display_unit").asText()).isEqualTo("亿元");
    JsonNode points = series.get("points");
    assertThat(points).extracting(p -> p.get("period").asText()).containsExactly("2026-07", "2026-08", "2026-09");
    assertThat(points.get(0).get("month").isNull()).isTrue();
    assertThat(points.get(1).get("month").asLong()).isEqualTo(5 * BILLION);
    assertThat(points.get(2).get("ytd").asLong()).isEqualTo(15_833_333_331L);
    assertThat(points.get(2).get("ytd_growth_bp").asInt()).isEqualTo(1140);
    assertThat(points.get(2).get("display").get("ytd_growth").asText()).isEqualTo("+11.4%");
    // Default: up to two years before the latest month, from the first month with a rollup.
    assertThat(http.json("/api/districts/" + DISTRICT + "/series").get("points")).extracting(p -> p.get("period").asText())
        .containsExactly("2026-08", "2026-09");
    assertThat(http.json("/api/districts/" + DISTRICT + "/series?to=2028-09").get("points")).hasSize(24);
    // A park-report figure has no rollup data here: points without values.
    assertThat(http.json("/api/parks/" + ZONE + "/series?indicator=fiscal_revenue&from=2026-09&to=2026-09")
        .get("points").get(0).get("ytd").isNull()).isTrue();
  }

  @Test
  void drillsDownFromADistrictToItsParksAndFromAParkToItsEnterprises() {
    JsonNode parks = http.json("/api/districts/" + DISTRICT + "/parks?period=2026-09");
    assertThat(parks.get("parks")).extracting(p -> p.get("park_id").asText())
        .containsExactly(FOOD_PARK, ZONE, "XZ-AAA", PV_TOWN);
    assertThat(parks.get("parks").get(1).get("rollup").get("month").get("totals").get("output_value_yuan").asLong())
        .isEqualTo(3 * BILLION);
    assertThat(parks.get("parks").get(3).get("rollup").isNull()).isTrue();

    JsonNode zone = http.json("/api/parks/" + ZONE + "/enterprises?period=2026-09");
    assertThat(zone.get("enterprise_count").asInt()).isEqualTo(1);
    JsonNode a = zone.get("enterprises").get(0);
    assertThat(a.get("credit_code").asText()).isEqualTo(A);
    assertThat(a.get("park_id").asText()).isEqualTo(PV_TOWN);
    assertThat(a.get("park_name").asText()).isEqualTo("光伏小镇");
    assertThat(a.get("month").get("output_value").asLong()).isEqualTo(3_000_000);
    assertThat(a.get("ytd").get("output_value").asLong()).isEqualTo(5_000_000);
    assertThat(a.get("ytd_share_bp").get("output_value").asInt()).isEqualTo(10_000);
    assertThat(a.get("display").get("output_value").get("value").asText()).isEqualTo("500.00");
    assertThat(a.get("display").get("output_value").get("unit").asText()).isEqualTo("万元");

    JsonNode district = http.json("/api/districts/" + DISTRICT + "/enterprises?period=2026-09&window=month");
    assertThat(district.get("totals").get("month").get("output_value").asLong()).isEqualTo(4_000_000);
    assertThat(district.get("enterprises")).extracting(e -> e.get("credit_code").asText()).containsExactly(A, B);
    assertThat(district.get("enterprises").get(1).get("month_share_bp").get("output_value").asInt()).isEqualTo(2_500);
    assertThat(district.get("enterprises").get(1).get("display").get("output_value").get("share").asText())
        .isEqualTo("25.0%");
    assertThat(http.json("/api/districts/" + DISTRICT + "/enterprises?period=2026-09&limit=1").get("enterprises"))
        .hasSize(1);
  }

  @Test
  void showsTheEnergyBudgetUseOfKeyEnergyUsersAgainstTheShareOfTheYearGone() {
    JsonNode budgeted = http.json("/api/districts/" + DISTRICT + "/enterprises?period=2026-09&budgeted=true&sort=budget_used");

    assertThat(budgeted.get("enterprises")).extracting(e -> e.get("credit_code").asText()).containsExactly(A);
    JsonNode budget = budgeted.get("enterprises").get(0).get("budget");
    // 5,000 kgce used of a 4,000 kgce annual budget by September: over the pro-rata 3,000.
    assertThat(budget.get("used_bp").asInt()).isEqualTo(12_500);
    assertThat(budget.get("pro_rata_bp").asInt()).isEqualTo(7_500);
    assertThat(budget.get("over_pro_rata").asBoolean()).isTrue();
    assertThat(budget.get("display").get("used").asText()).isEqualTo("125.0%");
  }

  @Test
  void listsOpenAlertsMostUrgentFirstWithFilters() {
    JsonNode all = http.json("/api/alerts");
    assertThat(all.get("count").asInt()).isEqualTo(2);
    JsonNode red = all.get("alerts").get(0);
    assertThat(red.get("severity").asText()).isEqualTo("RED");
    assertThat(red.get("severity_label").asText()).isEqualTo("红色预警");
    assertThat(red.get("kind_label").asText()).isEqualTo("能耗异常上升");
    assertThat(red.get("indicator_label").asText()).isEqualTo("综合能耗");
    assertThat(red.get("comparison_label").asText()).isEqualTo("环比（前三月中位数）");
    assertThat(red.get("display").get("current").asText()).isEqualTo("2500.00");
    assertThat(red.get("display").get("unit").asText()).isEqualTo("吨标准煤");
    assertThat(red.get("display").get("change").asText()).isEqualTo("+150.0%");

    assertThat(alertIds("/api/alerts?severity=yellow")).containsExactly(alertId(B, "2026-09", AlertKind.OUTPUT_FALL));
    assertThat(alertIds("/api/alerts?kind=ENERGY_RISE")).containsExactly(alertId(A, "2026-09", AlertKind.ENERGY_RISE));
    assertThat(alertIds("/api/alerts?park=" + ZONE)).containsExactly(alertId(A, "2026-09", AlertKind.ENERGY_RISE)); // via its child park
    assertThat(alertIds("/api/alerts?district=" + DISTRICT + "&period=2026-09")).hasSize(2);
    assertThat(alertIds("/api/alerts?period=2026-08")).isEmpty();
    assertThat(alertIds("/api/alerts?district=320581")).isEmpty();

    model.apply(List.of(new ViewRecord(ViewSource.ANOMALY_ALERTS, A, alert(A, PV_TOWN, "2026-09",
        AlertKind.ENERGY_RISE, AlertStatus.CLEARED, null))));
    assertThat(alertIds("/api/alerts")).containsExactly(alertId(B, "2026-09", AlertKind.OUTPUT_FALL));
  }

  @Test
  void alertsAreLabelledWithTheAlertTextsOwnNames() {
    for (AlertKind kind : AlertKind.values()) {
      AnomalyAlert alert = AnomalyAlert.newBuilder(alert(A, PV_TOWN, "2026-08", kind, AlertStatus.OPEN, Severity.YELLOW))
          .setIndicator(Figure.INTENSITY).build();
      model.apply(List.of(new ViewRecord(ViewSource.ANOMALY_ALERTS, A, alert)));
    }

    JsonNode august = http.json("/api/alerts?period=2026-08&limit=100").get("alerts");

    assertThat(august.findValuesAsText("kind_label")).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(AlertKind.values()).map(AlertLabels::kind).toList());
    assertThat(august.findValuesAsText("indicator_label")).containsOnly("单位产值能耗");
  }

  private List<String> alertIds(String path) {
    return http.json(path).get("alerts").findValuesAsText("alert_id");
  }

  @Test
  void answersWhoHasReportedAMonthAndWhoIsMissingPerDistrictParkAndTown() {
    String late = "91330411000000009X";
    String small = "91330411000000008X";
    model.apply(List.of(
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, late,
            Enterprise.newBuilder(registered(late, null)).setParkId(PV_TOWN).setTown("王店镇").build()),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, small,
            Enterprise.newBuilder(registered(small, null)).setAboveScale(false).setTown("王店镇").build()),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, small, ledger(month("2026-09", 1_000)))));

    JsonNode district = http.json("/api/districts/" + DISTRICT + "/reporting?period=2026-09");

    // A and B reported September; the late one of the photovoltaic town did not; the small one is below scale.
    assertThat(district.get("expected").asInt()).isEqualTo(3);
    assertThat(district.get("reported").asInt()).isEqualTo(2);
    assertThat(district.get("missing").asInt()).isEqualTo(1);
    assertThat(district.get("rate_bp").asInt()).isEqualTo(6667);
    assertThat(district.get("reported_below_scale").asInt()).isEqualTo(1);
    assertThat(district.at("/display/rate").asText()).isEqualTo("66.7%");
    assertThat(district.at("/deadline/last_day").asText()).isEqualTo("2026-10-10");
    assertThat(district.at("/deadline/due").asText()).isEqualTo("2026-10-10T16:00:00Z");
    assertThat(district.at("/deadline/rule_id").asText()).isEqualTo("REPORT_MISSING|*|*|*");
    JsonNode missing = district.get("missing_enterprises").get(0);
    assertThat(district.get("missing_enterprises")).hasSize(1);
    assertThat(missing.get("credit_code").asText()).isEqualTo(late);
    assertThat(missing.get("name").asText()).isEqualTo("企业009X");
    assertThat(missing.get("park_name").asText()).isEqualTo("光伏小镇");
    assertThat(missing.get("town").asText()).isEqualTo("王店镇");
    assertThat(district.get("towns")).extracting(t -> t.get("town").asText() + ":" + t.get("expected").asInt() + "/"
        + t.get("missing").asInt() + "/" + t.get("reported_below_scale").asInt()).containsExactly(":2/0/0", "王店镇:1/1/1");
    assertThat(district.get("parks")).extracting(p -> p.get("park_id").asText() + ":" + p.get("missing").asInt())
        .containsExactlyInAnyOrder(ZONE + ":1", PV_TOWN + ":1");

    JsonNode zone = http.json("/api/parks/" + ZONE + "/reporting");
    assertThat(zone.get("period").asText()).as("the latest month with a rollup").isEqualTo("2026-09");
    assertThat(zone.get("expected").asInt()).as("its photovoltaic town's enterprise").isEqualTo(1);
    assertThat(zone.get("missing_enterprises").findValuesAsText("credit_code")).containsExactly(late);
    assertThat(zone.has("towns")).isFalse();
    assertThat(zone.get("parks")).as("the parks inside the zone").extracting(p -> p.get("park_id").asText() + ":"
        + p.get("expected").asInt() + "/" + p.get("missing").asInt()).containsExactly(PV_TOWN + ":1/1");

    HttpJson districtViewer = http.withToken(districtToken);
    assertThat(districtViewer.get("/api/districts/" + DISTRICT + "/reporting").status()).isEqualTo(200);
    assertThat(districtViewer.get("/api/districts/" + OTHER_DISTRICT + "/reporting?period=2026-09").status())
        .isEqualTo(403);
    assertThat(http.get("/api/districts/" + DISTRICT + "/reporting?period=2026-9").status()).isEqualTo(400);
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    Map<String, String> cases = Map.ofEntries(
        Map.entry("/api/districts/" + DISTRICT + "/rollup?period=2026-13", "period"),
        Map.entry("/api/districts/" + DISTRICT + "/rollup?period=Sept", "period"),
        Map.entry("/api/districts/" + DISTRICT + "/series?indicator=gdp", "indicator"),
        Map.entry("/api/districts/" + DISTRICT + "/series?from=2026-09&to=2026-01", "from"),
        Map.entry("/api/districts/" + DISTRICT + "/series?from=2010-01&to=2026-01", "from"),
        Map.entry("/api/districts/" + DISTRICT + "/enterprises?window=quarter", "window"),
        Map.entry("/api/districts/" + DISTRICT + "/enterprises?sort=name", "sort"),
        Map.entry("/api/districts/" + DISTRICT + "/enterprises?limit=0", "limit"),
        Map.entry("/api/districts/" + DISTRICT + "/enterprises?limit=many", "limit"),
        Map.entry("/api/districts/" + DISTRICT + "/enterprises?budgeted=yes", "budgeted"),
        Map.entry("/api/alerts?severity=GREEN", "severity"),
        Map.entry("/api/alerts?kind=FIRE", "kind"),
        Map.entry("/api/alerts?district=3304", "district"),
        Map.entry("/api/parks?district=xiuzhou", "district"));
    cases.forEach((path, parameter) -> {
      HttpJson.Answer answer = http.get(path);
      assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
      assertThat(answer.json().get("parameter").asText()).as(path).isEqualTo(parameter);
      assertThat(answer.json().get("error").asText()).as(path).startsWith(parameter + ": must ");
    });
  }

  @Test
  void unknownDistrictsParksAndMonthsAre404() {
    for (String path : List.of("/api/districts/110101", "/api/districts/110101/rollup", "/api/parks/XZ-NONE",
        "/api/parks/XZ-NONE/enterprises", "/api/districts/" + DISTRICT + "/rollup?period=2020-01",
        "/api/parks/" + PV_TOWN + "/rollup")) {
      HttpJson.Answer answer = http.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.json().get("error").asText()).as(path).isNotBlank();
    }
    assertThat(http.get("/api/districts/110101").json().get("error").asText()).isEqualTo("Unknown district '110101'");
    assertThat(http.get("/api/parks/" + PV_TOWN + "/rollup").json().get("error").asText())
        .isEqualTo("The park 'XZ-PV' has no rollups yet");
  }

  @Test
  void isReadyOnlyOnceTheViewHasCaughtUp() {
    status.ready = false;
    HttpJson.Answer notReady = http.get("/ready");
    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.json().get("behind").get("rollups-district-0").asLong()).isEqualTo(42);
    assertThat(http.get("/health").status()).isEqualTo(200);

    status.ready = true;
    assertThat(http.get("/ready").status()).isEqualTo(200);
    assertThat(http.json("/health").get("status").asText()).isEqualTo("UP");
  }

  @Test
  void servesThePageTheChartingLibraryAndMetrics() {
    HttpJson.Answer page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    String script = page.body().replaceAll("(?s).*<script src=\"(/webjars/echarts/[^\"]+)\".*", "$1");
    assertThat(script).matches("/webjars/echarts/[0-9.]+/echarts.min.js");
    assertThat(http.get(script).status()).isEqualTo(200);
    assertThat(http.get("/app.js").body()).contains("EventSource('/api/events')");
    assertThat(http.get("/app.css").status()).isEqualTo(200);
    assertThat(http.get("/metrics").body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theApiAndMetricsNeedATokenThePageAndHealthDoNot() {
    HttpJson anonymous = http.withToken(null);
    for (String path : List.of("/api/session", "/api/districts", "/api/districts/" + DISTRICT,
        "/api/districts/" + DISTRICT + "/rollup", "/api/districts/" + DISTRICT + "/series",
        "/api/districts/" + DISTRICT + "/parks", "/api/districts/" + DISTRICT + "/enterprises", "/api/parks",
        "/api/parks/" + ZONE, "/api/parks/" + ZONE + "/rollup", "/api/parks/" + ZONE + "/series",
        "/api/parks/" + ZONE + "/enterprises", "/api/alerts", "/api/events", "/metrics")) {
      for (HttpJson caller : List.of(anonymous, http.withToken("irp_unknown"), http.withToken(tokens.list().get(0)
          .sha256()))) {
        HttpJson.Answer answer = caller.get(path);
        assertThat(answer.status()).as(path).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).as(path).isNotBlank();
      }
    }
    assertThat(anonymous.get("/api/districts").json().get("error").asText())
        .isEqualTo("Sign in, or send an API token: 'Authorization: Bearer TOKEN'");
    assertThat(http.withToken("irp_unknown").get("/api/districts").json().get("error").asText())
        .isEqualTo("The API token is unknown or revoked");
    for (String path : List.of("/", "/app.js", "/app.css", "/health", "/ready")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(anonymous.get("/").headers().firstValue("X-Frame-Options")).hasValue("DENY");
    HttpJson.Answer districtMetrics = http.withToken(districtToken).get("/metrics");
    assertThat(districtMetrics.status()).isEqualTo(403);
    assertThat(districtMetrics.json().get("error").asText()).isEqualTo("/metrics needs an admin token; this one is"
        + " district:" + DISTRICT);
    HttpJson.Answer intakeToken = http.withToken(issue(TokenScope.enterprise(A))).get("/api/districts");
    assertThat(intakeToken.status()).isEqualTo(403);
    assertThat(intakeToken.json().get("error").asText()).contains("intake token (enterprise:" + A + ")");
  }

  @Test
  void listsADistrictsTownsAndIndustriesWithTheirRollupsAndDrillsDownIntoThem() {
    model.apply(townsAndIndustries());

    JsonNode towns = http.json("/api/districts/" + DISTRICT + "/towns?period=2026-09");
    assertThat(towns.get("period").asText()).isEqualTo("2026-09");
    assertThat(towns.get("towns")).extracting(t -> t.get("scope_id").asText())
        .containsExactly(DISTRICT + "|新塍镇", DISTRICT + "|王店镇");
    JsonNode wangdian = towns.get("towns").get(1);
    assertThat(wangdian.get("name").asText()).isEqualTo("王店镇");
    assertThat(wangdian.get("scope_type").asText()).isEqualTo("TOWN");
    assertThat(wangdian.get("district_name").asText()).isEqualTo("秀洲区");
    assertThat(wangdian.get("rollup").get("month").get("totals").get("output_value_yuan").asLong())
        .isEqualTo(3 * BILLION);
    assertThat(wangdian.get("rollup").get("display").get("scope_name").asText()).isEqualTo("王店镇");
    assertThat(towns.get("towns").get(0).get("rollup").isNull()).as("no rollup that month").isTrue();

    JsonNode industries = http.json("/api/districts/" + DISTRICT + "/industries");
    assertThat(industries.get("period").asText()).as("the district's latest month").isEqualTo("2026-09");
    assertThat(industries.get("industries")).extracting(i -> i.get("scope_id").asText())
        .containsExactly(DISTRICT + "|C38");
    assertThat(industries.get("industries").get(0).get("name").asText()).isEqualTo("电气机械和器材制造业");

    JsonNode town = http.json("/api/towns/" + encoded(DISTRICT + "|王店镇"));
    assertThat(town.get("name").asText()).isEqualTo("王店镇");
    assertThat(town.get("district_code").asText()).isEqualTo(DISTRICT);
    assertThat(town.get("periods")).extracting(JsonNode::asText).containsExactly("2026-08", "2026-09");
    assertThat(http.json("/api/industries/" + encoded(DISTRICT + "|C38") + "/rollup").get("scope_name").asText())
        .isEqualTo("电气机械和器材制造业");
    assertThat(http.json("/api/towns/" + encoded(DISTRICT + "|王店镇") + "/series?from=2026-08&to=2026-09")
        .get("points")).extracting(p -> p.get("month").asLong()).containsExactly(2 * BILLION, 3 * BILLION);
    // Both enterprises are in division C38 (C3825); their reports add up to the industry's rollup.
    assertThat(http.json("/api/industries/" + encoded(DISTRICT + "|C38") + "/enterprises?period=2026-09")
        .get("enterprises")).extracting(e -> e.get("credit_code").asText()).containsExactlyInAnyOrder(A, B);

    assertThat(http.get("/api/towns/" + encoded(DISTRICT + "|新丰镇")).status()).isEqualTo(404);
    assertThat(http.get("/api/industries/C38").json().get("error").asText())
        .contains("district_code|division, e.g. 330411|C38");
  }

  @Test
  void aDistrictTokenSeesTheTownsAndIndustriesOfItsDistrictOnly() {
    model.apply(townsAndIndustries());
    HttpJson district = http.withToken(districtToken);

    assertThat(district.get("/api/towns/" + encoded(DISTRICT + "|王店镇") + "/rollup").status()).isEqualTo(200);
    assertThat(district.json("/api/districts/" + DISTRICT + "/industries").get("industries")).hasSize(1);
    Map<String, String> refused = Map.of(
        "/api/districts/" + OTHER_DISTRICT + "/towns", "not district " + OTHER_DISTRICT,
        "/api/districts/" + OTHER_DISTRICT + "/industries", "not district " + OTHER_DISTRICT,
        "/api/towns/" + encoded(OTHER_DISTRICT + "|王店镇"),
        "town '" + OTHER_DISTRICT + "|王店镇' is in district " + OTHER_DISTRICT,
        "/api/industries/" + encoded(OTHER_DISTRICT + "|C38") + "/rollup",
        "industry '" + OTHER_DISTRICT + "|C38' is in district " + OTHER_DISTRICT,
        "/api/industries/" + encoded("110101|C38"), "industry '110101|C38' is in district 110101"); // known or not
    refused.forEach((path, reason) -> {
      HttpJson.Answer answer = district.get(path);
      assertThat(answer.status()).as(path).isEqualTo(403);
      assertThat(answer.json().get("error").asText()).as(path)
          .startsWith("This token sees district " + DISTRICT + " only").contains(reason);
    });
    assertThat(http.get("/api/towns/" + encoded(OTHER_DISTRICT + "|王店镇") + "/rollup").status()).isEqualTo(200);
  }

  /** Two towns of the district (one without a rollup in September), one of another district, and a division. */
  private static List<ViewRecord> townsAndIndustries() {
    return List.of(
        townRollup(DISTRICT, "王店镇", "2026-08", 2 * BILLION), townRollup(DISTRICT, "王店镇", "2026-09", 3 * BILLION),
        townRollup(DISTRICT, "新塍镇", "2026-08", BILLION), townRollup(OTHER_DISTRICT, "王店镇", "2026-09", BILLION),
        new ViewRecord(ViewSource.INDUSTRY_ROLLUPS, DISTRICT + "|C38|2026-09", Rollup.newBuilder(
            rollup(ScopeType.INDUSTRY, DISTRICT + "|C38", "2026-09", 4 * BILLION, 900))
            .setScopeName("电气机械和器材制造业").setTargets(List.of()).build()));
  }

  private static ViewRecord townRollup(String district, String town, String period, long output) {
    String id = district + "|" + town;
    return new ViewRecord(ViewSource.TOWN_ROLLUPS, id + "|" + period, Rollup.newBuilder(
        rollup(ScopeType.TOWN, id, period, output, 1000)).setScopeName(town).setDistrictCode(district)
        .setTargets(List.of()).build());
  }

  /** A scope id as a path segment: {@code |} and Chinese percent-encoded. */
  private static String encoded(String scopeId) {
    return URLEncoder.encode(scopeId, StandardCharsets.UTF_8);
  }

  @Test
  void aDistrictTokenSeesItsOwnDistrictOnlyAndAnAdminEvery() {
    model.apply(List.of(
        new ViewRecord(ViewSource.PARK_REGISTRY, OTHER_PARK,
            new Park(OTHER_PARK, "常熟经开区", OTHER_DISTRICT, ParkLevel.NATIONAL_ECONOMIC, null)),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, OTHER_DISTRICT + "|2026-09", Rollup.newBuilder(
            rollup(ScopeType.DISTRICT, OTHER_DISTRICT, "2026-09", BILLION, null)).setDistrictCode(OTHER_DISTRICT).build()),
        new ViewRecord(ViewSource.PARK_ROLLUPS, OTHER_PARK + "|2026-09", Rollup.newBuilder(
            rollup(ScopeType.PARK, OTHER_PARK, "2026-09", BILLION, null)).setDistrictCode(OTHER_DISTRICT).build()),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, C, AnomalyAlert.newBuilder(
            alert(C, OTHER_PARK, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.RED))
            .setDistrictCode(OTHER_DISTRICT).build())));
    HttpJson district = http.withToken(districtToken);

    assertThat(district.json("/api/session").get("scope").asText()).isEqualTo("district:" + DISTRICT);
    assertThat(district.json("/api/session").get("district_name").asText()).isEqualTo("秀洲区");
    assertThat(district.json("/api/districts")).extracting(d -> d.get("district_code").asText())
        .containsExactly(DISTRICT);
    assertThat(district.json("/api/parks")).extracting(p -> p.get("district_code").asText()).containsOnly(DISTRICT);
    assertThat(district.json("/api/alerts").get("alerts").findValuesAsText("alert_id")).hasSize(2)
        .noneMatch(id -> id.startsWith(C));
    assertThat(district.get("/api/districts/" + DISTRICT + "/rollup").status()).isEqualTo(200);
    assertThat(district.get("/api/parks/" + ZONE + "/enterprises").status()).isEqualTo(200);

    Map<String, String> refused = Map.of(
        "/api/districts/" + OTHER_DISTRICT, "not district " + OTHER_DISTRICT,
        "/api/districts/" + OTHER_DISTRICT + "/enterprises", "not district " + OTHER_DISTRICT,
        "/api/districts/110101", "not district 110101", // refused, known or not
        "/api/parks/" + OTHER_PARK + "/rollup", "park '" + OTHER_PARK + "' is in district " + OTHER_DISTRICT,
        "/api/parks/" + OTHER_PARK + "/series", "park '" + OTHER_PARK + "' is in district " + OTHER_DISTRICT,
        "/api/parks?district=" + OTHER_DISTRICT, "not district " + OTHER_DISTRICT,
        "/api/alerts?district=" + OTHER_DISTRICT, "not district " + OTHER_DISTRICT,
        "/api/alerts?park=" + OTHER_PARK, "park '" + OTHER_PARK + "' is in district " + OTHER_DISTRICT);
    refused.forEach((path, reason) -> {
      HttpJson.Answer answer = district.get(path);
      assertThat(answer.status()).as(path).isEqualTo(403);
      assertThat(answer.json().get("error").asText()).as(path)
          .startsWith("This token sees district " + DISTRICT + " only").contains(reason);
    });

    assertThat(http.json("/api/districts")).hasSize(2);
    assertThat(http.json("/api/alerts").get("count").asInt()).isEqualTo(3);
    assertThat(http.get("/api/parks/" + OTHER_PARK + "/rollup").status()).isEqualTo(200);
  }

  @Test
  void signsAPageInWithAnHttpOnlySameSiteCookieThatAnswersLikeTheToken() {
    HttpJson anonymous = http.withToken(null);
    HttpJson.Answer signedIn = anonymous.send(anonymous.request("/api/session")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + districtToken + "\"}")));

    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.json().get("district_code").asText()).isEqualTo(DISTRICT);
    String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith(DashboardApi.SESSION_COOKIE + "=" + districtToken).contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict").contains("Path=/").doesNotContain("Secure");
    HttpJson.Answer withCookie = anonymous.send(anonymous.request("/api/districts")
        .header("Cookie", DashboardApi.SESSION_COOKIE + "=" + districtToken));
    assertThat(withCookie.status()).isEqualTo(200);
    HttpJson.Answer revokedCookie = anonymous.send(anonymous.request("/api/districts")
        .header("Cookie", DashboardApi.SESSION_COOKIE + "=irp_revoked"));
    assertThat(revokedCookie.status()).isEqualTo(401);
    assertThat(revokedCookie.json().get("error").asText()).contains("sign in again");

    Map<String, Integer> refused = Map.of(
        "token=" + districtToken, 415,
        "{\"token\": 42}", 400,
        "{not json", 400,
        "{\"token\": \"irp_unknown\"}", 401);
    refused.forEach((body, status) -> {
      HttpJson.Answer answer = anonymous.send(anonymous.request("/api/session")
          .header("Content-Type", body.startsWith("token=") ? "application/x-www-form-urlencoded" : "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(answer.status()).as(body).isEqualTo(status);
      assertThat(answer.json().get("error").asText()).as(body).isNotBlank();
      assertThat(answer.headers().firstValue("Set-Cookie")).as(body).isEmpty();
    });

    HttpJson.Answer signedOut = anonymous.send(anonymous.request("/api/session").DELETE());
    assertThat(signedOut.status()).isEqualTo(200);
    assertThat(signedOut.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(DashboardApi.SESSION_COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970");
  }

  @Test
  void servesHttpsWithTheKeyStoreGivenAndMarksTheCookieSecure() {
    TestCertificate certificate = TestCertificate.create(dir);
    try (DashboardApi https = DashboardApi.start(model, status, metrics, HttpListener.http("127.0.0.1", 0)
        .withTls(new KeyStoreFile(certificate.keyStore(), certificate.password(), "PKCS12")), tokens)) {
      assertThat(https.url()).startsWith("https://127.0.0.1:");
      HttpJson client = new HttpJson(certificate.httpClient(), https.url(), null);

      assertThat(client.json("/health").get("status").asText()).isEqualTo("UP");
      HttpJson.Answer signedIn = client.send(client.request("/api/session").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + districtToken + "\"}")));
      assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
      assertThat(client.withToken(districtToken).json("/api/districts")).hasSize(1);
    }
    assertThatThrownBy(() -> new KeyStoreFile(certificate.keyStore(), "wrong", "PKCS12").load())
        .hasMessageContaining("Cannot read the PKCS12 key store " + certificate.keyStore());
  }

  @Test
  void announcesChangesOfTheViewAsServerSentEvents() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<HttpResponse<InputStream>> stream = http.client().sendAsync(
        http.request("/api/events").header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response = stream.get();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the stream closes with the server
      }
    });
    reader.setDaemon(true);
    reader.start();
    long before = model.version();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(lines).contains("data: {\"version\":" + before + "}"));
    assertThat(lines).contains("event: update");

    model.apply(List.of(new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-10",
        rollup(ScopeType.DISTRICT, DISTRICT, "2026-10", BILLION, null))));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(lines).contains("data: {\"version\":" + (before + 1) + "}"));
  }
}
