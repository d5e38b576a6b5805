package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.fuzz.HttpFuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real dashboard on a running pipeline, fed random requests ({@link HttpFuzzer}: seeded, {@code -Dfuzz.seed=N}
 * and {@code -Dfuzz.requests=N} to change the run): every answer is a 2xx or a 4xx with a reason, never a 5xx and
 * never a hang, and the dashboard answers the same figures throughout and after. The event stream is left out: it
 * is meant to stay open.
 */
@ExtendWith(SharedKafka.class)
class DashboardFuzzIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void answersRandomRequestsWith4xxAndReasonsAndKeepsShowingTheFigures(EmbeddedKafka kafka, TestInfo test) {
    try (Pipeline pipeline = new Pipeline(kafka, test).loadSmallWorld()) {
      HttpJson http = pipeline.http();
      String rollup = "/api/districts/" + DISTRICT + "/rollup?period=" + SmallWorld.LAST;
      // Final once every enterprise's last month is in and the answer has stopped changing: it combines many rollups
      // (last year's profile for the outlook among them), and a rollup written before waits out its interval while
      // a month's first rollup is written at once.
      String[] previous = {""};
      await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
        String now = http.json(rollup).toString();
        boolean settled = now.equals(previous[0]);
        previous[0] = now;
        return settled && http.json(rollup).get("month").get("reporting_enterprises").asInt() == 5;
      });
      String figures = previous[0];

      String district = issue(pipeline, TokenScope.district(DISTRICT));
      List<String> authorizations = List.of("Bearer " + pipeline.adminToken, "Bearer " + district,
          "Bearer " + issue(pipeline, TokenScope.district("320581")),
          "Bearer " + issue(pipeline, TokenScope.enterprise(SmallWorld.code(1))), "Bearer irp_unknown");
      List<String> paths = new ArrayList<>(List.of("/", "/index.html", "/app.js", "/app.css", "/health", "/ready",
          "/metrics", "/api/session", "/api/districts", "/api/parks", "/api/alerts", "/webjars/echarts/",
          "/api/districts/320581"));
      for (String scope : List.of("/api/districts/" + DISTRICT, "/api/parks/" + ZONE, "/api/parks/" + PV_TOWN,
          "/api/parks/" + FOOD_PARK)) {
        paths.addAll(List.of(scope, scope + "/rollup", scope + "/series", scope + "/enterprises",
            scope + "/reporting"));
      }
      for (String scope : List.of("/api/towns/" + DISTRICT + "%7C%E7%8E%8B%E5%BA%97%E9%95%87",
          "/api/industries/" + DISTRICT + "%7CC38", "/api/towns/320581%7C" + DISTRICT, "/api/industries/C38")) {
        paths.addAll(List.of(scope, scope + "/rollup", scope + "/series", scope + "/enterprises"));
      }
      paths.addAll(List.of("/api/districts/" + DISTRICT + "/parks", "/api/districts/" + DISTRICT + "/towns",
          "/api/districts/" + DISTRICT + "/industries", "/api/districts/" + DISTRICT + "/evaluation"));
      for (String enterprise : List.of(SmallWorld.code(1), SmallWorld.code(5), "91330411000000099X", "%00")) {
        paths.addAll(List.of("/api/enterprises/" + enterprise, "/api/enterprises/" + enterprise + "/months"));
      }
      paths.addAll(List.of("/ui.js", "/scope-page.js", "/enterprise-page.js", "/reporting-page.js", "/outlook-page.js"));
      HttpFuzzer fuzzer = new HttpFuzzer(new HttpFuzzer.Surface(paths,
          List.of("period", "district", "park", "town", "industry", "kind", "severity", "limit", "window", "sort",
              "budgeted", "indicator", "from", "to", "year"),
          authorizations,
          List.of("dashboard_session=" + district, "dashboard_session=" + pipeline.adminToken),
          List.of(bytes("{\"token\": \"" + district + "\"}"), bytes("{\"token\": \"irp_unknown\"}"),
              bytes("{\"token\": [\"" + district + "\"]}")),
          4096), HttpFuzzer.seed(17L));

      URI base = URI.create(pipeline.dashboard().url());
      fuzzer.run("127.0.0.1", base.getPort(), Integer.getInteger("fuzz.requests", 2000), Duration.ofSeconds(30),
          request -> {
            if (request.index() % 500 == 499) {
              assertThat(http.json(rollup).toString()).as("after request " + request.index()).isEqualTo(figures);
            }
          });

      assertThat(pipeline.failure()).isNull();
      assertThat(http.json("/health").get("status").asText()).isEqualTo("UP");
      assertThat(http.json(rollup).toString()).isEqualTo(figures);
      assertThat(http.withToken(district).json("/api/districts")).hasSize(1);
    }
  }

  private static String issue(Pipeline pipeline, TokenScope scope) {
    return pipeline.tokens.issue(scope, "fuzz", Clock.systemUTC()).token();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
