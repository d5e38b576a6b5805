package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.BrowserPage.screenshot;
import static org.industrialreporting.dashboard.BrowserPage.signIn;
import static org.industrialreporting.dashboard.BrowserPage.text;
import static org.industrialreporting.dashboard.BrowserPage.visible;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
      for (AnomalyAlert alert : SmallWorld.alerts()) {
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

      screenshot(page, "dashboard.png");

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

  private static String headline(String indicator, String part) {
    return ".card[data-indicator='" + indicator + "'] " + part;
  }

  private static String ytd(JsonNode display, int indicator) {
    return display.get("indicators").get(indicator).get("ytd").asText();
  }
}
