package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.BrowserPage.screenshot;
import static org.industrialreporting.dashboard.BrowserPage.signIn;
import static org.industrialreporting.dashboard.BrowserPage.text;
import static org.industrialreporting.dashboard.BrowserPage.visible;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages below the district's in headless Chromium on one running pipeline with {@link SmallWorld}, signed in
 * with a district token: a park with the park inside it, an enterprise reached by drill-down (and back and forward),
 * a town, an industry, the missing-report lists, the outlook of the targets, a shared link opened by someone not
 * signed in yet, and a month nobody has reported yet that fills in as reports arrive (last: it adds October).
 * Each page leaves a screenshot in {@code target/screenshots/}.
 */
@ExtendWith(SharedKafka.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPagesIT {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String SEPTEMBER = SmallWorld.LAST.toString();
  private static final String TOWN = DISTRICT + "|王店镇";
  private static final String INDUSTRY = DISTRICT + "|C38";

  private static Chromium chromium;
  private static Pipeline pipeline;
  private static HttpJson http;
  private static ChromeDriver page;
  private static String districtToken;

  @BeforeAll
  static void start(EmbeddedKafka kafka, TestInfo test) throws Exception {
    chromium = Chromium.start();
    pipeline = new Pipeline(kafka, test).loadSmallWorld();
    http = pipeline.http();
    // Every rollup and every enterprise month of the world is in the view.
    await().atMost(WAIT).ignoreExceptions().until(() ->
        http.json("/api/districts/" + DISTRICT + "/rollup?period=" + SEPTEMBER).at("/ytd/reporting_enterprises")
            .asInt() == 5
            && http.json("/api/parks/" + ZONE + "/enterprises?period=" + SEPTEMBER).get("enterprise_count").asInt() == 3
            && http.json("/api/enterprises/" + SmallWorld.code(1) + "/months").get("months").size() == 21
            && http.get("/ready").status() == 200);
    for (AnomalyAlert alert : SmallWorld.alerts()) {
      pipeline.send(pipeline.topics.anomalyAlerts(), alert.getScopeId(), alert);
    }
    await().atMost(WAIT).until(() -> http.json("/api/alerts").get("count").asInt() == 2);
    districtToken = pipeline.tokens.issue(TokenScope.district(DISTRICT), "pages", Clock.systemUTC()).token();
    page = chromium.driver();
    page.get(pipeline.dashboard().url() + "#token=" + districtToken);
    await().atMost(WAIT).until(() -> text(page, "#session-scope").equals("秀洲区（区县令牌）"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  @Order(1)
  void drillsDownFromTheDistrictToAParkTheParkInsideItAndAnEnterpriseAndBackAgain() {
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#park-table a[href='#park=" + ZONE + "&period=" + SEPTEMBER + "']");
    awaitShown("#park=" + ZONE + "&period=" + SEPTEMBER);

    JsonNode zone = http.json("/api/parks/" + ZONE + "/rollup?period=" + SEPTEMBER).get("display");
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 秀洲国家高新区");
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .value"))
        .isEqualTo(zone.at("/indicators/0/ytd").asText());
    assertThat(text(page, "#page-scope .card[data-indicator='value_added'] .growth"))
        .isEqualTo(zone.at("/indicators/1/ytd_growth").asText());
    assertThat(text(page, "#park-panel-title")).isEqualTo("下属园区");
    assertThat(rowKeys("#park-table", "park")).containsExactly(PV_TOWN);
    JsonNode ranked = http.json("/api/parks/" + ZONE + "/enterprises?period=" + SEPTEMBER + "&sort=output_value");
    assertThat(rowKeys("#top-table", "creditCode")).containsExactlyElementsOf(ranked.get("enterprises")
        .findValuesAsText("credit_code"));
    assertThat(rowKeys("#top-table", "creditCode")).containsExactly(SmallWorld.code(1), SmallWorld.code(2),
        SmallWorld.code(3));
    assertThat(text(page, "#alert-count")).as("the overrun of enterprise 3").isEqualTo("1");
    assertThat(text(page, "#missing-count")).isEqualTo("0");
    assertThat(visible(page, "#page-scope .coverage")).as("all due have reported").isFalse();
    assertThat(visible(page, "#town-table")).as("a district's towns only").isFalse();
    screenshot(page, "park.png");

    click("#park-table a[href='#park=" + PV_TOWN + "&period=" + SEPTEMBER + "']");
    awaitShown("#park=" + PV_TOWN + "&period=" + SEPTEMBER);
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 秀洲国家高新区 › 光伏小镇");
    assertThat(text(page, "#park-table tbody")).isEqualTo("本园区无下属园区（一区多园）或本期无数据");
    assertThat(rowKeys("#top-table", "creditCode")).containsExactly(SmallWorld.code(1), SmallWorld.code(2));

    String first = SmallWorld.code(1);
    click("#top-table a[href='#enterprise=" + first + "&period=" + SEPTEMBER + "']");
    awaitShown("#enterprise=" + first + "&period=" + SEPTEMBER);
    JsonNode enterprise = http.json("/api/enterprises/" + first + "?period=" + SEPTEMBER);
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 秀洲国家高新区 › 光伏小镇 › 嘉兴光伏科技有限公司");
    assertThat(text(page, "#enterprise-name")).isEqualTo("嘉兴光伏科技有限公司");
    assertThat(text(page, "#page-enterprise .card[data-indicator='output_value'] .value"))
        .isEqualTo(enterprise.at("/display/0/ytd").asText());
    // 80,000,000 yuan grown 8 % and 9 % in September 2026 against 9 % in September 2025: 9417.60 万元, +8.0 %.
    assertThat(text(page, "#page-enterprise .card[data-indicator='output_value'] .month")).isEqualTo("9417.60");
    assertThat(text(page, "#page-enterprise .card[data-indicator='output_value'] .month-growth")).isEqualTo("+8.0%");
    assertThat(text(page, "#enterprise-facts")).contains("第 1 / 2 家（光伏小镇", "电气机械和器材制造业（C3825）",
        "120.00 亩");
    assertThat(text(page, "#enterprise-budget")).contains("未设定用能预算");
    assertThat(text(page, "#enterprise-evaluation .pill")).isEqualTo(enterprise.at("/evaluation/class").asText());
    assertThat(text(page, "#enterprise-evaluation")).contains("第 " + enterprise.at("/evaluation/rank").asInt() + " / "
        + enterprise.at("/evaluation/of").asInt());
    // 21 months, the latest first, each as the API formats it.
    assertThat(rowKeys("#enterprise-months-table", "period")).hasSize(21).startsWith(SEPTEMBER, "2026-08")
        .endsWith("2025-01");
    JsonNode months = http.json("/api/enterprises/" + first + "/months").get("months");
    assertThat(text(page, "#enterprise-months-table tr[data-period='2025-02']"))
        .contains(months.get(1).at("/display/output_value/value").asText());
    assertThat(text(page, "#enterprise-alert-table tbody")).isEqualTo("当前无预警");
    screenshot(page, "enterprise.png");

    page.navigate().back();
    awaitShown("#park=" + PV_TOWN + "&period=" + SEPTEMBER);
    page.navigate().back();
    awaitShown("#park=" + ZONE + "&period=" + SEPTEMBER);
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .value"))
        .isEqualTo(zone.at("/indicators/0/ytd").asText());
    page.navigate().forward();
    awaitShown("#park=" + PV_TOWN + "&period=" + SEPTEMBER);
  }

  @Test
  @Order(2)
  void showsAKeyEnergyUsersBudgetAgainstTheYearGoneAndItsAlerts() {
    String overrun = SmallWorld.code(3);
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#budget-table a[href='#enterprise=" + overrun + "&period=" + SEPTEMBER + "']");
    awaitShown("#enterprise=" + overrun + "&period=" + SEPTEMBER);

    JsonNode budget = http.json("/api/enterprises/" + overrun + "?period=" + SEPTEMBER).get("budget");
    assertThat(budget.get("over_pro_rata").asBoolean()).isTrue();
    assertThat(text(page, "#enterprise-budget")).contains(budget.at("/display/energy").asText() + " / "
        + budget.at("/display/budget").asText(), "执行率 " + budget.at("/display/used").asText(), "序时进度 75.0%",
        "超序时进度");
    assertThat(text(page, "#enterprise-alert-count")).isEqualTo("1");
    assertThat(text(page, "#enterprise-alert-table tbody")).contains("超出序时用能预算");
    screenshot(page, "enterprise-budget.png");
  }

  @Test
  @Order(3)
  void opensATownFromTheDistrictWithItsEnterprisesAlertsAndWhoHasNotReported() {
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#town-table a");
    awaitShown("#town=" + encode(TOWN) + "&period=" + SEPTEMBER);

    JsonNode town = http.json("/api/towns/" + encode(TOWN) + "/rollup?period=" + SEPTEMBER).get("display");
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 王店镇");
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .value"))
        .isEqualTo(town.at("/indicators/0/ytd").asText());
    assertThat(rowKeys("#top-table", "creditCode")).hasSize(5);
    assertThat(text(page, "#alert-count")).isEqualTo("2");
    // Every enterprise of the world is in the town; enterprise 5 has not reported.
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .coverage"))
        .isEqualTo("本月已报 5/6 家，数据为初步");
    assertThat(text(page, "#missing-table tbody")).contains(SmallWorld.code(5), "王店集成吊顶有限公司");
    assertThat(visible(page, "#park-table")).isFalse();
    screenshot(page, "town.png");
  }

  @Test
  @Order(4)
  void opensAnIndustryFromTheDistrict() {
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#industry-table a");
    awaitShown("#industry=" + encode(INDUSTRY) + "&period=" + SEPTEMBER);

    JsonNode industry = http.json("/api/industries/" + encode(INDUSTRY) + "/rollup?period=" + SEPTEMBER);
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 电气机械和器材制造业");
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .value"))
        .isEqualTo(industry.at("/display/indicators/0/ytd").asText());
    assertThat(text(page, "#enterprises-month")).isEqualTo(industry.at("/month/reporting_enterprises").asText());
    assertThat(text(page, "#alert-count")).isEqualTo("2");
    assertThat(visible(page, "#missing-table")).as("no list of who is due per industry").isFalse();
    screenshot(page, "industry.png");
  }

  @Test
  @Order(5)
  void listsWhoHasNotReportedByParkForTheDistrictAndForAPark() {
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#missing-link");
    awaitShown("#district=" + DISTRICT + "&view=missing&period=" + SEPTEMBER);

    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 未报企业清单");
    assertThat(text(page, "#missing-page-counts")).contains("应报企业\n6", "已报企业\n5", "报送率 83.3%", "未报企业\n1");
    // As the district's parks are listed: by id, each followed by the parks inside it.
    assertThat(cells("#missing-page-parks")).containsExactly(
        List.of("食品产业园", "2", "1", "1", "50.0%"),
        List.of("秀洲国家高新区", "3", "3", "0", "100.0%"),
        List.of("光伏小镇", "2", "2", "0", "100.0%"));
    assertThat(cells("#missing-page-towns")).containsExactly(List.of("王店镇", "6", "5", "1", "83.3%"));
    assertThat(text(page, "#missing-page-table tr.group")).isEqualTo("食品产业园（1 家）");
    assertThat(rowKeys("#missing-page-table", "creditCode")).containsExactly(SmallWorld.code(5));
    screenshot(page, "missing.png");

    click("#missing-page-parks a[href='#park=" + FOOD_PARK + "&view=missing&period=" + SEPTEMBER + "']");
    awaitShown("#park=" + FOOD_PARK + "&view=missing&period=" + SEPTEMBER);
    assertThat(text(page, "#crumbs")).isEqualTo("秀洲区 › 食品产业园 › 未报企业清单");
    assertThat(text(page, "#missing-page-counts")).contains("应报企业\n2", "未报企业\n1");
    assertThat(text(page, "#missing-page-parks tbody")).isEqualTo("本园区无下属园区（一区多园）");
    assertThat(visible(page, "#missing-page-towns")).isFalse();
    assertThat(rowKeys("#missing-page-table", "creditCode")).containsExactly(SmallWorld.code(5));
    screenshot(page, "missing-park.png");
  }

  @Test
  @Order(6)
  void showsTheFullYearOutlookBesideEachTarget() {
    open("#district=" + DISTRICT + "&period=" + SEPTEMBER);
    click("#outlook-link");
    awaitShown("#district=" + DISTRICT + "&view=outlook&period=" + SEPTEMBER);

    JsonNode rollup = http.json("/api/districts/" + DISTRICT + "/rollup?period=" + SEPTEMBER);
    List<List<String>> rows = cells("#outlook-table");
    assertThat(rows).hasSize(rollup.at("/display/targets").size()).hasSize(2);
    for (JsonNode outlook : rollup.get("outlook")) {
      JsonNode target = null;
      for (JsonNode t : rollup.at("/display/targets")) {
        target = t.get("indicator").equals(outlook.get("indicator")) ? t : target;
      }
      String label = target.get("label").asText();
      List<String> shown = rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow();
      assertThat(shown).as(label).containsExactly(label, target.get("unit").asText(), target.get("target").asText(),
          target.get("actual").asText(), target.get("completion").asText(), outlook.at("/display/projected").asText(),
          outlook.at("/display/projected_completion").asText(),
          outlook.at("/display/needed_per_remaining_month").asText(), outlook.at("/display/pace_per_month").asText(),
          outlook.at("/display/basis").asText(), outlook.get("at_risk").asBoolean() ? "有风险" : "可完成");
    }
    screenshot(page, "outlook.png");
  }

  @Test
  @Order(7)
  void aSharedLinkOpensItsPageOnceTheReaderHasSignedIn() {
    page.manage().deleteAllCookies();
    page.get("about:blank");
    String august = "2026-08";
    page.get(pipeline.dashboard().url() + "#park=" + FOOD_PARK + "&period=" + august);
    await().atMost(WAIT).until(() -> visible(page, "#sign-in"));
    signIn(page, districtToken);
    awaitShown("#park=" + FOOD_PARK + "&period=" + august);

    JsonNode food = http.json("/api/parks/" + FOOD_PARK + "/rollup?period=" + august).get("display");
    assertThat(text(page, "#scope-title")).isEqualTo("食品产业园 · 2026年8月");
    assertThat(page.findElement(By.id("period-select")).getAttribute("value")).isEqualTo(august);
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .value"))
        .isEqualTo(food.at("/indicators/0/ytd").asText());
    assertThat(text(page, "#page-scope .card[data-indicator='output_value'] .coverage"))
        .isEqualTo("本月已报 1/2 家，数据为初步");
    screenshot(page, "shared-link.png");
  }

  @Test
  @Order(8)
  void aMonthNobodyHasReportedSaysSoAndFillsInAsReportsArrive() {
    YearMonth october = SmallWorld.LAST.plusMonths(1);
    open("#district=" + DISTRICT + "&period=" + october);

    for (String indicator : List.of("output_value", "value_added")) {
      String card = "#page-scope .card[data-indicator='" + indicator + "'] ";
      assertThat(text(page, card + ".value")).isEqualTo("—");
      assertThat(text(page, card + ".coverage")).isEqualTo("本月尚无企业上报（应报 6 家）");
    }
    assertThat(text(page, "#enterprise-card .coverage")).isEqualTo("本月尚无企业上报（应报 6 家）");
    assertThat(text(page, "#structure-list")).isEqualTo("本月尚无企业上报");
    assertThat(text(page, "#indicator-table tbody")).isEqualTo("本月尚无企业上报");
    assertThat(text(page, "#targets")).isEqualTo("本月尚无企业上报");
    assertThat(text(page, "#missing-count")).isEqualTo("6");
    screenshot(page, "empty-month.png");

    page.executeScript("window.sameDocument = true");
    List<MonthlyReport> reports = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      reports.add(SmallWorld.report(n, october, 1, SmallWorld.output(n, october)));
    }
    reports.forEach(report -> pipeline.send(pipeline.topics.indicatorReports(), TopicKeys.report(report), report));
    String rollup = "/api/districts/" + DISTRICT + "/rollup?period=" + october;
    await().atMost(WAIT).ignoreExceptions().until(() ->
        http.json(rollup).at("/month/reporting_enterprises").asInt() == 3);
    String output = http.json(rollup).at("/display/indicators/0/ytd").asText();
    await().atMost(WAIT).until(() ->
        text(page, "#page-scope .card[data-indicator='output_value'] .value").equals(output));
    await().atMost(WAIT).until(() -> text(page, "#page-scope .card[data-indicator='output_value'] .coverage")
        .equals("本月已报 3/6 家，数据为初步"));
    assertThat(text(page, "#missing-count")).isEqualTo("3");
    assertThat(page.executeScript("return window.sameDocument === true")).as("followed without reloading")
        .isEqualTo(true);
    screenshot(page, "partial-month.png");
  }

  /** Opens the page of an address in the signed-in page and waits until it shows it. */
  private static void open(String hash) {
    page.get(pipeline.dashboard().url() + hash);
    awaitShown(hash);
  }

  private static void awaitShown(String hash) {
    await().atMost(WAIT).until(() -> hash.equals(page.executeScript(
        "return location.hash === document.body.dataset.shown ? location.hash : null")));
  }

  private static void click(String css) {
    await().atMost(WAIT).ignoreExceptions().until(() -> {
      page.findElement(By.cssSelector(css)).click();
      return true;
    });
  }

  /** The data-{@code key} of a table's rows, in the order shown. */
  @SuppressWarnings("unchecked")
  private static List<String> rowKeys(String table, String key) {
    return (List<String>) page.executeScript("return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr'))"
        + ".filter(r => r.dataset[arguments[1]]).map(r => r.dataset[arguments[1]])", table, key);
  }

  /** The texts of a table's cells, row by row. */
  @SuppressWarnings("unchecked")
  private static List<List<String>> cells(String table) {
    return (List<List<String>>) page.executeScript("return Array.from(document.querySelectorAll(arguments[0]"
        + " + ' tbody tr')).map(r => Array.from(r.cells).map(c => c.innerText.trim()))", table);
  }

  /** As the page's links encode a scope id: {@code 330411%7C%E7%8E%8B...}. */
  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }
}
