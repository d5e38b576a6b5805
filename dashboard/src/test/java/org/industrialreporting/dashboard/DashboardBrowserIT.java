package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in headless Chromium on a running pipeline: it asks for a token and refuses a wrong one, signs in with a
 * district token, shows the API's figures of that district only (with the targets' outlook and the 亩均
 * evaluation), follows a new report without reloading, opens with a sign-in link ({@code #token=}) that leaves the
 * address at once, signs out, and leaves a screenshot in {@code target/screenshots/} to look at.
 */
@ExtendWith(SharedKafka.class)
class DashboardBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void showsTheApisFiguresAndFollowsANewReportWithoutReloading(EmbeddedKafka kafka, TestInfo test) throws Exception {
    try (Chromium chromium = Chromium.start(); Pipeline pipeline = new Pipeline(kafka, test).loadSmallWorld()) {
      HttpJson http = pipeline.http();
      String rollupPath = "/api/districts/" + DISTRICT + "/rollup?period=" + SmallWorld.LAST;
      await().atMost(WAIT).ignoreExceptions().until(() ->
          http.json(rollupPath).get("ytd").get("reporting_enterprises").asInt() == 5
              && http.get("/ready").status() == 200);
      for (AnomalyAlert alert : alerts()) {
        pipeline.send(pipeline.topics.anomalyAlerts(), alert.getScopeId(), alert);
      }
      await().atMost(WAIT).until(() -> http.json("/api/alerts").get("count").asInt() == 2);

      ChromeDriver page = chromium.driver();
      page.get(pipeline.dashboard().url() + "#district=" + DISTRICT);
      await().atMost(WAIT).until(() -> visible(page, "#sign-in"));
      signIn(page, "irp_not-a-token");
      await().atMost(WAIT).until(() -> text(page, "#sign-in-error").startsWith("登录失败"));
      signIn(page, pipeline.tokens.issue(TokenScope.district(DISTRICT), "browser", Clock.systemUTC()).token());
      await().atMost(WAIT).until(() -> !visible(page, "#sign-in") && visible(page, "#session"));
      assertThat(text(page, "#session-scope")).isEqualTo("秀洲区（区县令牌）");
      assertThat(page.executeScript("return document.querySelectorAll('#district-select option').length"))
          .isEqualTo(1L);
      JsonNode shown = http.json(rollupPath).get("display");
      await().atMost(WAIT).until(() -> text(page, headline("output_value", ".value")).equals(ytd(shown, 0)));

      assertThat(text(page, headline("value_added", ".value"))).isEqualTo(ytd(shown, 1));
      assertThat(text(page, headline("output_value", ".growth"))).isEqualTo(shown.get("indicators").get(0)
          .get("ytd_growth").asText());
      assertThat(text(page, headline("output_value", ".month"))).isEqualTo(shown.get("indicators").get(0)
          .get("month").asText());
      assertThat(text(page, "#enterprises-ytd")).isEqualTo(shown.get("enterprises").get("ytd").asText());
      assertThat(text(page, "#structure-list li[data-key='strategic_emerging'] .share"))
          .isEqualTo(shown.get("structure").get(0).get("share").asText());
      assertThat(text(page, ".target[data-indicator='output_value'] .completion"))
          .isEqualTo(shown.get("targets").get(0).get("completion").asText());
      JsonNode outlook = null;
      for (JsonNode target : http.json(rollupPath).get("outlook")) {
        outlook = target.get("indicator").asText().equals("output_value") ? target : outlook;
      }
      assertThat(text(page, ".target[data-indicator='output_value'] .outlook"))
          .startsWith("预计全年 " + outlook.get("display").get("projected").asText() + " 亿元")
          .contains("每月需 " + outlook.get("display").get("needed_per_remaining_month").asText() + " 亿元")
          .contains(outlook.get("display").get("basis").asText())
          .endsWith(outlook.get("at_risk").asBoolean() ? "有风险" : "可完成");
      await().atMost(WAIT).until(() -> text(page, "#alert-count").equals("2"));
      // The drill-down and park tables fill in as the view catches up with the streams application's changelog.
      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(page.executeScript("return document.querySelectorAll('#budget-table tbody tr').length"))
            .isEqualTo(2L);
        assertThat(page.executeScript("return document.querySelectorAll('#park-table tbody tr[data-park]').length"))
            .isEqualTo(3L);
        // The world's one town and one division.
        assertThat(page.executeScript("return document.querySelector('#town-table tbody tr[data-scope]')"
            + ".firstChild.textContent")).isEqualTo("王店镇");
        assertThat(page.executeScript("return document.querySelector('#industry-table tbody tr[data-scope]')"
            + ".firstChild.textContent")).isEqualTo("电气机械和器材制造业");
      });
      // Enterprise 5 stopped reporting after 2025 but is registered above scale: the one missing in September.
      await().atMost(WAIT).until(() -> text(page, "#missing-count").equals("1"));
      assertThat(text(page, "#missing-table tbody")).contains(SmallWorld.code(5), "王店集成吊顶有限公司", "食品产业园",
          "王店镇");
      assertThat(text(page, "#reporting .item:first-child .value")).as("应报").isEqualTo("6");
      assertThat(text(page, "#reporting")).contains("已报企业", "报送率 83.3%", "未报企业", "规下企业报送");
      assertThat(text(page, "#reporting-label")).isEqualTo("2026-09，报送截止 2026-10-10");
      // The 亩均 evaluation of the year, best first, as the API ranks it.
      JsonNode evaluation = http.json("/api/districts/" + DISTRICT + "/evaluation?year=2026");
      JsonNode best = evaluation.get("enterprises").get(0);
      await().atMost(WAIT).until(() -> String.valueOf(page.executeScript(
          "const r = document.querySelector('#evaluation-table tbody tr'); return r && r.dataset.creditCode"))
          .equals(best.get("credit_code").asText()));
      assertThat(text(page, "#evaluation-table tbody tr")).contains(best.get("name").asText(),
          best.get("indicators").get("tax_per_mu").get("display").asText());
      assertThat(text(page, "#evaluation-classes")).contains("A类 " + evaluation.get("classes").get("A").asInt() + " 家");

      // A late, larger report for September: the page must follow without being reloaded.
      page.executeScript("window.sameDocument = true");
      MonthlyReport correction = SmallWorld.report(1, SmallWorld.LAST, 2, SmallWorld.output(1, SmallWorld.LAST) * 3 / 2);
      pipeline.send(pipeline.topics.indicatorReports(), TopicKeys.report(correction), correction);
      await().atMost(WAIT).until(() -> !ytd(http.json(rollupPath).get("display"), 0).equals(ytd(shown, 0)));
      String updated = ytd(http.json(rollupPath).get("display"), 0);
      await().atMost(WAIT).until(() -> text(page, headline("output_value", ".value")).equals(updated));
      assertThat(page.executeScript("return window.sameDocument === true")).isEqualTo(true);

      screenshot(page, Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "dashboard.png"));

      // The sign-in link run prints: the admin's token signs the page in and leaves the address at once.
      page.get(pipeline.dashboard().url() + "#token=" + pipeline.adminToken);
      await().atMost(WAIT).until(() -> text(page, "#session-scope").equals("管理员"));
      assertThat(String.valueOf(page.executeScript("return location.hash"))).doesNotContain("token");
      await().atMost(WAIT).until(() -> text(page, headline("output_value", ".value")).equals(updated));
      page.findElement(By.id("sign-out")).click();
      await().atMost(WAIT).until(() -> visible(page, "#sign-in"));
      assertThat(page.manage().getCookies()).as("the session cookie is gone").isEmpty();
    }
  }

  private static void signIn(ChromeDriver page, String token) {
    WebElement input = page.findElement(By.id("sign-in-token"));
    input.clear();
    input.sendKeys(token);
    page.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
  }

  private static boolean visible(ChromeDriver page, String css) {
    return Boolean.TRUE.equals(page.executeScript(
        "const e = document.querySelector(arguments[0]); return e !== null && !e.hidden;", css));
  }

  /** Alerts as the anomaly detection would write them about the world's enterprises. */
  private static List<AnomalyAlert> alerts() {
    AnomalyAlert overrun = AnomalyAlert.newBuilder(TestRecords.alert(SmallWorld.code(3), ZONE, "2026-09",
            AlertKind.BUDGET_OVERRUN, AlertStatus.OPEN, Severity.RED))
        .setScopeName(SmallWorld.enterprises().get(2).getName()).setComparison(Comparison.BUDGET_PRO_RATA)
        .setCurrentValue(493_780L).setBaselineValue(375_000L).setChangeBp(3_167)
        .setExplanation("1–9月综合能耗493.8吨标准煤，超出序时用能预算375.0吨标准煤31.7%").build();
    AnomalyAlert fall = AnomalyAlert.newBuilder(TestRecords.alert(SmallWorld.code(4), FOOD_PARK, "2026-09",
            AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.YELLOW))
        .setScopeName(SmallWorld.enterprises().get(3).getName()).setIndicator("output_value")
        .setCurrentValue(14_000_000L).setBaselineValue(21_600_000L).setChangeBp(-3_519)
        .setExplanation("9月工业总产值1400.0万元，环比下降35.2%").build();
    return List.of(overrun, fall);
  }

  private static String headline(String indicator, String part) {
    return ".card[data-indicator='" + indicator + "'] " + part;
  }

  private static String ytd(JsonNode display, int indicator) {
    return display.get("indicators").get(indicator).get("ytd").asText();
  }

  /** The element's text as shown, read in one step: the page replaces elements whenever the view changes. */
  private static String text(ChromeDriver page, String css) {
    Object text = page.executeScript(
        "const e = document.querySelector(arguments[0]); return e === null ? null : e.innerText.trim();", css);
    return String.valueOf(text);
  }

  /** The whole page: the window is made as tall as the document first. */
  private static void screenshot(ChromeDriver page, Path file) throws Exception {
    long height = (Long) page.executeScript("return document.documentElement.scrollHeight");
    page.manage().window().setSize(new Dimension(1440, (int) height + 40));
    // Charts follow the window's size on the resize event; let them draw before the picture.
    page.executeScript("window.dispatchEvent(new Event('resize'))");
    Files.createDirectories(file.getParent());
    Files.write(file, page.getScreenshotAs(OutputType.BYTES));
  }
}
