package org.industrialreporting.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;
import static org.industrialreporting.dashboard.TestRecords.alert;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.registered;
import static org.industrialreporting.dashboard.TestRecords.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.HttpJson;
import org.industrialreporting.dashboard.TestRecords;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewRecord;
import org.industrialreporting.dashboard.view.ViewSource;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/enterprises/{code}} and {@code .../months}, and the alerts of a town or an industry, over a read
 * model filled by hand: enterprise A of the photovoltaic town (inside the zone) reports August and September of
 * 2025 and 2026, B of the same town September 2026 only, with more output; C is of another district.
 */
class EnterpriseApiTest {

  private static final String A = "91330411000000001X";
  private static final String B = "91330411000000002X";
  private static final String C = "91320581000000003X";
  private static final String OTHER_DISTRICT = "320581";
  private static final long MU_50 = 5_000L;

  @TempDir
  Path dir;
  private TokenStore tokens;
  private DashboardApi api;
  private HttpJson http;
  private final ReadModel model = new ReadModel(DistrictNames.builtIn());

  @BeforeEach
  void start() {
    tokens = new TokenStore(dir.resolve("dashboard-tokens"));
    api = DashboardApi.start(model, new Ready(), ProcessMetrics.withJvmMetrics(), HttpListener.http("127.0.0.1", 0),
        tokens);
    http = new HttpJson(api.url(), issue(TokenScope.admin()));
    model.apply(List.of(
        new ViewRecord(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone()),
        new ViewRecord(ViewSource.PARK_REGISTRY, PV_TOWN, TestRecords.pvTown()),
        new ViewRecord(ViewSource.PARK_REGISTRY, FOOD_PARK, TestRecords.foodPark()),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-09",
            rollup(ScopeType.DISTRICT, DISTRICT, "2026-09", 9_000_000, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, A, Enterprise.newBuilder(registered(A, 12_000L))
            .setParkId(PV_TOWN).setTown("王店镇").setLandAreaCentimu(MU_50).build()),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, B, Enterprise.newBuilder(registered(B, null))
            .setParkId(PV_TOWN).setTown("新塍镇").setLandAreaCentimu(MU_50).build()),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, C, Enterprise.newBuilder(registered(C, null))
            .setDistrictCode(OTHER_DISTRICT).build()),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2025-08", 1_000_000), month("2025-09", 2_000_000),
            month("2026-08", 2_000_000), month("2026-09", 3_000_000))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, B, ledger(month("2026-09", 6_000_000))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, C, ledger(month(OTHER_DISTRICT, List.of(), "2026-09", 1_000_000))),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, A,
            alert(A, PV_TOWN, "2026-09", AlertKind.ENERGY_RISE, AlertStatus.OPEN, Severity.RED)),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, B,
            alert(B, PV_TOWN, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.YELLOW)),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, C, AnomalyAlert.newBuilder(
            alert(C, null, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.RED))
            .setDistrictCode(OTHER_DISTRICT).build())));
  }

  /** A month of the photovoltaic town in the zone, on 50 mu, with the figures of {@link TestRecords#month}. */
  private static ReportMonth<Attribution> month(String period, long output) {
    return month(DISTRICT, List.of(PV_TOWN, ZONE), period, output);
  }

  private static ReportMonth<Attribution> month(String district, List<String> parks, String period, long output) {
    ReportMonth<Attribution> figures = TestRecords.month(period, output);
    long[] values = new long[EnterpriseIndicator.values().length];
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      values[indicator.ordinal()] = figures.figure(indicator.ordinal());
    }
    values[EnterpriseIndicator.RD_EXPENSE.ordinal()] = output / 50;
    return new ReportMonth<>(Months.of(YearMonth.parse(period)), 1, 0, 0,
        new Attribution(district, parks, Set.of(), MU_50, "王店镇", "C3825", true), values);
  }

  private String issue(TokenScope scope) {
    return tokens.issue(scope, "test", Clock.systemUTC()).token();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void answersAnEnterprisesMonthAndYearToDateAgainstTheYearBeforeWithItsParkAndRegistry() {
    JsonNode a = http.json("/api/enterprises/" + A + "?period=2026-09");

    assertThat(a.get("name").asText()).isEqualTo("企业001X");
    assertThat(a.get("district_name").asText()).isEqualTo("秀洲区");
    assertThat(a.get("park_id").asText()).isEqualTo(PV_TOWN);
    assertThat(a.get("parks").findValuesAsText("name")).containsExactly("光伏小镇", "秀洲国家高新区");
    assertThat(a.get("town_scope_id").asText()).isEqualTo(DISTRICT + "|王店镇");
    assertThat(a.at("/industry/scope_id").asText()).isEqualTo(DISTRICT + "|C38");
    assertThat(a.at("/industry/name").asText()).isEqualTo("电气机械和器材制造业");
    assertThat(a.get("land_area").asText()).isEqualTo("50.00");
    assertThat(a.get("periods")).extracting(JsonNode::asText).containsExactly("2025-08", "2025-09", "2026-08", "2026-09");
    JsonNode output = a.get("display").get(0);
    assertThat(output.get("indicator").asText()).isEqualTo("output_value");
    assertThat(output.get("unit").asText()).isEqualTo("万元");
    // September 3,000,000 yuan against 2,000,000; August and September 5,000,000 against 3,000,000.
    assertThat(output.get("month").asText()).isEqualTo("300.00");
    assertThat(output.get("month_growth").asText()).isEqualTo("+50.0%");
    assertThat(output.get("ytd").asText()).isEqualTo("500.00");
    assertThat(output.get("ytd_growth").asText()).isEqualTo("+66.7%");

    // B reported September only: no year before, and August of 2026 is not in its year to date.
    JsonNode b = http.json("/api/enterprises/" + B);
    assertThat(b.get("period").asText()).as("its latest month").isEqualTo("2026-09");
    assertThat(b.get("display").get(0).get("ytd").asText()).isEqualTo("600.00");
    assertThat(b.get("display").get(0).get("ytd_growth").asText()).isEqualTo("—");
    assertThat(b.get("budget").isNull()).isTrue();

    JsonNode july = http.json("/api/enterprises/" + A + "?period=2026-07");
    assertThat(july.get("reported").asBoolean()).isFalse();
    assertThat(july.get("display").get(0).get("month").asText()).isEqualTo("—");
    assertThat(july.get("display").get(0).get("ytd").asText()).isEqualTo("—");
  }

  @Test
  void answersTheBudgetsUseTheRankAmongTheParksEnterprisesTheClassAndTheAlerts() {
    JsonNode a = http.json("/api/enterprises/" + A + "?period=2026-09");

    // 5,000 kgce of 12,000 by September, when 9 / 12 of the year is gone.
    assertThat(a.at("/budget/used_bp").asInt()).isEqualTo(4167);
    assertThat(a.at("/budget/over_pro_rata").asBoolean()).isFalse();
    assertThat(a.at("/budget/display/energy").asText()).isEqualTo("5.00");
    assertThat(a.at("/budget/display/budget").asText()).isEqualTo("12.00");
    assertThat(a.at("/budget/display/pro_rata").asText()).isEqualTo("75.0%");
    // B's 6,000,000 yuan of the town's year to date come before A's 5,000,000.
    assertThat(a.at("/park_rank/park_name").asText()).isEqualTo("光伏小镇");
    assertThat(a.at("/park_rank/rank").asInt()).isEqualTo(2);
    assertThat(a.at("/park_rank/of").asInt()).isEqualTo(2);
    assertThat(http.json("/api/enterprises/" + B).at("/park_rank/rank").asInt()).isEqualTo(1);

    JsonNode evaluation = http.json("/api/districts/" + DISTRICT + "/evaluation?year=2026");
    for (JsonNode ranked : evaluation.get("enterprises")) {
      JsonNode own = http.json("/api/enterprises/" + ranked.get("credit_code").asText()).get("evaluation");
      assertThat(own.get("class").asText()).isEqualTo(ranked.get("class").asText());
      assertThat(own.get("rank").asInt()).isEqualTo(ranked.get("rank").asInt());
      assertThat(own.get("of").asInt()).isEqualTo(2);
      // Both are of the photovoltaic town: the same rank among its enterprises.
      assertThat(own.at("/park_rank/rank").asInt()).isEqualTo(ranked.get("rank").asInt());
      assertThat(own.at("/park_rank/of").asInt()).isEqualTo(2);
    }
    assertThat(evaluation.get("enterprises")).hasSize(2);

    assertThat(a.get("alerts")).hasSize(1);
    assertThat(a.get("alerts").get(0).get("kind").asText()).isEqualTo("ENERGY_RISE");
    assertThat(a.get("alerts").get(0).get("kind_label").asText()).isNotBlank();
  }

  @Test
  void listsEveryMonthOldestFirstAgainstTheSameMonthAYearEarlier() {
    JsonNode months = http.json("/api/enterprises/" + A + "/months").get("months");

    assertThat(months).extracting(m -> m.get("period").asText())
        .containsExactly("2025-08", "2025-09", "2026-08", "2026-09");
    assertThat(months.get(3).at("/figures/output_value").asLong()).isEqualTo(3_000_000L);
    assertThat(months.get(3).at("/growth_bp/output_value").asInt()).isEqualTo(5000);
    assertThat(months.get(2).at("/display/output_value/growth").asText()).isEqualTo("+100.0%");
    assertThat(months.get(0).at("/growth_bp/output_value").isNull()).isTrue();
    assertThat(months.get(0).at("/display/energy_tce/value").asText()).isEqualTo("1.00");
    assertThat(http.json("/api/enterprises/" + A + "/months").at("/units/energy_tce").asText()).isEqualTo("吨标准煤");
  }

  @Test
  void aDistrictTokenSeesTheEnterprisesOfItsDistrictOnlyAndAnUnknownOneIs404() {
    HttpJson district = http.withToken(issue(TokenScope.district(DISTRICT)));

    assertThat(district.get("/api/enterprises/" + A).status()).isEqualTo(200);
    for (String path : List.of("/api/enterprises/" + C, "/api/enterprises/" + C + "/months")) {
      HttpJson.Answer refused = district.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.json().get("error").asText()).as(path).isEqualTo("This token sees district " + DISTRICT
          + " only; enterprise '" + C + "' is in district " + OTHER_DISTRICT);
    }
    assertThat(http.get("/api/enterprises/" + C).status()).isEqualTo(200);
    HttpJson.Answer unknown = district.get("/api/enterprises/91330411000000099X");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isEqualTo("Unknown enterprise '91330411000000099X'");
    assertThat(http.get("/api/enterprises/" + A + "?period=2026-13").status()).isEqualTo(400);
  }

  @Test
  void listsTheAlertsOfATownAndOfAnIndustry() {
    assertThat(alertIds("town=" + encode(DISTRICT + "|王店镇"))).containsExactly(A);
    assertThat(alertIds("town=" + encode(DISTRICT + "|新塍镇"))).containsExactly(B);
    assertThat(alertIds("industry=" + encode(DISTRICT + "|C38"))).containsExactlyInAnyOrder(A, B);
    assertThat(alertIds("industry=" + encode(DISTRICT + "|C13"))).isEmpty();
    assertThat(alertIds("industry=" + encode(OTHER_DISTRICT + "|C38"))).containsExactly(C);

    HttpJson district = http.withToken(issue(TokenScope.district(DISTRICT)));
    HttpJson.Answer refused = district.get("/api/alerts?industry=" + encode(OTHER_DISTRICT + "|C38"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("error").asText()).contains("industry '" + OTHER_DISTRICT + "|C38' is in district");
    assertThat(district.get("/api/alerts?town=%E7%8E%8B%E5%BA%97%E9%95%87").status()).as("a town without its district")
        .isEqualTo(404);
  }

  private List<String> alertIds(String query) {
    return http.json("/api/alerts?" + query).get("alerts").findValuesAsText("scope_id");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A view that is always ready. */
  private static final class Ready implements ViewStatus {
    @Override
    public boolean ready() {
      return true;
    }

    @Override
    public boolean alive() {
      return true;
    }

    @Override
    public Map<TopicPartition, Long> behind() {
      return Map.of();
    }
  }
}
