package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard on a running pipeline: the real streams application rolls up {@link SmallWorld} on the embedded
 * broker, and the API must show exactly the rollup topics' figures, drill down to figures that add up to them,
 * follow alerts and corrections, and report its readiness and metrics. Assertions compare with the topics as they
 * are when checked, so the tests hold in any order.
 */
@ExtendWith(SharedKafka.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final List<String> PARKS = List.of(ZONE, PV_TOWN, FOOD_PARK);

  private Pipeline pipeline;
  private HttpJson http;

  @BeforeAll
  void start(EmbeddedKafka kafka, TestInfo test) {
    pipeline = new Pipeline(kafka, test).loadSmallWorld();
    http = pipeline.http();
    long expected = IntStream.rangeClosed(1, SmallWorld.ENTERPRISES).mapToLong(n -> yearToDate(n, SmallWorld.LAST)).sum();
    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
      assertThat(pipeline.failure()).isNull();
      assertThat(http.json("/api/districts/" + DISTRICT + "/rollup?period=" + SmallWorld.LAST)
          .get("ytd").get("totals").get("output_value_yuan").asLong()).isEqualTo(expected);
    });
  }

  private static long yearToDate(int n, YearMonth period) {
    long sum = 0;
    for (YearMonth month = YearMonth.of(period.getYear(), 1); !month.isAfter(period); month = month.plusMonths(1)) {
      sum += SmallWorld.reports(n, month) ? SmallWorld.output(n, month) : 0;
    }
    return sum;
  }

  @AfterAll
  void stop() {
    pipeline.close();
  }

  /** The API path of a rollup's scope, e.g. {@code /api/towns/330411%7C%E7%8E%8B…} for {@code 330411|王店镇}. */
  private static String path(Rollup rollup) {
    String plural = switch (rollup.getScopeType()) {
      case DISTRICT -> "districts";
      case PARK -> "parks";
      case TOWN -> "towns";
      case INDUSTRY -> "industries";
    };
    return "/api/" + plural + "/" + URLEncoder.encode(rollup.getScopeId(), StandardCharsets.UTF_8);
  }

  @Test
  void showsEveryRollupExactlyAsTheRollupTopicsHoldIt() {
    await().atMost(WAIT).untilAsserted(() -> {
      for (TopicSpec<String, Rollup> topic : pipeline.topics.allRollups()) {
        Map<String, Rollup> latest = pipeline.latest(topic);
        // 21 months of the district, of three parks, of its one town and its one division: the world's whole history.
        assertThat(latest).hasSize(topic == pipeline.topics.parkRollups() ? 3 * 21 : 21);
        for (Map.Entry<String, Rollup> entry : latest.entrySet()) {
          Rollup rollup = entry.getValue();
          assertThat(entry.getKey()).isEqualTo(TopicKeys.rollup(rollup.getScopeId(), YearMonth.parse(rollup.getPeriod())));
          JsonNode json = http.json(path(rollup) + "/rollup?period=" + rollup.getPeriod());
          // The name is the only field the dashboard fills in: district rollups carry none.
          if (rollup.getScopeName() == null) {
            rollup.setScopeName(json.get("scope_name").asText());
          }
          AvroAssertions.assertCarries(json, rollup, entry.getKey());
        }
      }
    });
    assertThat(http.json("/api/districts/" + DISTRICT + "/rollup").get("scope_name").asText()).isEqualTo("秀洲区");
  }

  @Test
  void drillsDownToEnterprisesWhoseFiguresAddUpToTheRollups() {
    await().atMost(WAIT).untilAsserted(() -> {
      Map<String, Rollup> districts = pipeline.latest(pipeline.topics.districtRollups());
      Map<String, Rollup> parks = pipeline.latest(pipeline.topics.parkRollups());
      Map<String, Rollup> towns = pipeline.latest(pipeline.topics.townRollups());
      Map<String, Rollup> industries = pipeline.latest(pipeline.topics.industryRollups());
      for (String period : List.of("2025-02", "2025-12", "2026-01", "2026-09")) {
        assertAddsUp(districts.get(TopicKeys.rollup(DISTRICT, YearMonth.parse(period))));
        for (String park : PARKS) {
          assertAddsUp(parks.get(TopicKeys.rollup(park, YearMonth.parse(period))));
        }
        assertAddsUp(towns.get(TopicKeys.rollup(TopicKeys.townScope(DISTRICT, "王店镇"), YearMonth.parse(period))));
        assertAddsUp(industries.get(TopicKeys.rollup(TopicKeys.industryScope(DISTRICT, "C38"),
            YearMonth.parse(period))));
      }
    });
    // The zone's rollup includes the photovoltaic town inside it.
    JsonNode zone = http.json("/api/parks/" + ZONE + "/enterprises?period=2026-09");
    assertThat(zone.get("enterprises").findValuesAsText("credit_code"))
        .containsExactlyInAnyOrder(SmallWorld.code(1), SmallWorld.code(2), SmallWorld.code(3));
  }

  private void assertAddsUp(Rollup rollup) {
    String where = rollup.getScopeId() + " " + rollup.getPeriod();
    JsonNode drill = http.json(path(rollup) + "/enterprises?limit=1000&period=" + rollup.getPeriod());
    JsonNode rows = drill.get("enterprises");
    assertThat(rows.size()).as(where + " enterprises of the year").isEqualTo(rollup.getYtd().getReportingEnterprises());
    assertThat(rows.findValues("month").stream().filter(m -> !m.isNull()).count()).as(where + " of the month")
        .isEqualTo(rollup.getMonth().getReportingEnterprises());
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      String name = indicator.fieldName();
      long ytd = 0;
      long month = 0;
      for (JsonNode row : rows) {
        ytd += row.get("ytd").get(name).asLong();
        month += row.get("month").isNull() ? 0 : row.get("month").get(name).asLong();
      }
      assertThat(ytd).as(where + " ytd " + name).isEqualTo(indicator.getTotal(rollup.getYtd().getTotals()));
      assertThat(month).as(where + " month " + name).isEqualTo(indicator.getTotal(rollup.getMonth().getTotals()));
      assertThat(drill.get("totals").get("ytd").get(name).asLong()).as(where + " total " + name).isEqualTo(ytd);
    }
  }

  @Test
  void answersTimeSeriesFromTheRollups() {
    await().atMost(WAIT).untilAsserted(() -> {
      Map<String, Rollup> districts = pipeline.latest(pipeline.topics.districtRollups());
      JsonNode points = http.json("/api/districts/" + DISTRICT + "/series?indicator=value_added&from="
          + SmallWorld.FIRST + "&to=" + SmallWorld.LAST).get("points");
      assertThat(points).hasSize(21);
      for (JsonNode point : points) {
        Rollup rollup = districts.get(TopicKeys.rollup(DISTRICT, YearMonth.parse(point.get("period").asText())));
        assertThat(point.get("month").asLong()).isEqualTo(rollup.getMonth().getTotals().getValueAddedYuan());
        assertThat(point.get("ytd").asLong()).isEqualTo(rollup.getYtd().getTotals().getValueAddedYuan());
        Integer growth = rollup.getYtd().getGrowth().get("value_added").getComparableBp();
        assertThat(point.get("ytd_growth_bp").isNull() ? null : point.get("ytd_growth_bp").asInt()).isEqualTo(growth);
      }
    });
    // The comparable enterprises grew 8% (no test corrects August); 2025 had no year before it.
    JsonNode august = http.json("/api/districts/" + DISTRICT + "/series?from=2026-08&to=2026-08").get("points").get(0);
    assertThat(august.get("display").get("ytd_growth").asText()).isEqualTo("+8.0%");
    assertThat(http.json("/api/districts/" + DISTRICT + "/series?from=2025-09&to=2025-09").get("points").get(0)
        .get("display").get("ytd_growth").asText()).isEqualTo("—");
  }

  @Test
  void listsTheDistrictWithItsParksAndTheirRollups() {
    JsonNode districts = http.json("/api/districts");
    assertThat(districts.findValuesAsText("district_code")).containsExactly(DISTRICT);
    assertThat(districts.get(0).get("name").asText()).isEqualTo("秀洲区");
    assertThat(districts.get(0).get("latest_period").asText()).isEqualTo("2026-09");

    JsonNode parks = http.json("/api/districts/" + DISTRICT + "/parks?period=2026-09").get("parks");
    assertThat(parks.findValuesAsText("park_id")).containsExactly(FOOD_PARK, ZONE, PV_TOWN);
    assertThat(parks.findValuesAsText("level_label")).containsExactly("镇级工业园区", "国家级高新区", "特色产业园");
    long zoneOutput = parks.get(1).get("rollup").get("ytd").get("totals").get("output_value_yuan").asLong();
    long pvOutput = parks.get(2).get("rollup").get("ytd").get("totals").get("output_value_yuan").asLong();
    assertThat(zoneOutput).isEqualTo(pvOutput + yearToDate(3, SmallWorld.LAST));
    // The zone reports its fiscal revenue and has an investment target.
    JsonNode zone = parks.get(1).get("rollup");
    assertThat(zone.get("display").get("park_reports").get(0).get("label").asText()).isEqualTo("财政收入");
    assertThat(zone.get("display").get("targets").get(0).get("label").asText()).isEqualTo("固定资产投资");
  }

  @Test
  void listsOpenAlertsAsTheAlertTopicHasThemAndDropsClearedOnes() {
    String red = SmallWorld.code(3);
    String yellow = SmallWorld.code(4);
    AnomalyAlert overrun = TestRecords.alert(red, ZONE, "2026-09", AlertKind.BUDGET_OVERRUN, AlertStatus.OPEN, Severity.RED);
    AnomalyAlert fall = TestRecords.alert(yellow, FOOD_PARK, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN,
        Severity.YELLOW);
    AnomalyAlert stoppage = TestRecords.alert(yellow, FOOD_PARK, "2026-08", AlertKind.STOPPAGE, AlertStatus.OPEN,
        Severity.RED);
    for (AnomalyAlert alert : List.of(overrun, fall, stoppage, AnomalyAlert.newBuilder(stoppage)
        .setStatus(AlertStatus.CLEARED).setSeverity(null).build())) {
      pipeline.send(pipeline.topics.anomalyAlerts(), alert.getScopeId(), alert);
    }

    await().atMost(WAIT).untilAsserted(() -> assertThat(http.json("/api/alerts?district=" + DISTRICT)
        .get("alerts").findValuesAsText("alert_id")).containsExactly(overrun.getAlertId(), fall.getAlertId()));
    assertThat(http.json("/api/alerts?park=" + ZONE).get("alerts").findValuesAsText("alert_id"))
        .containsExactly(overrun.getAlertId());
    assertThat(http.json("/api/alerts?severity=YELLOW&period=2026-09").get("alerts").findValuesAsText("kind_label"))
        .containsExactly("产值异常下降");
    assertThat(http.get("/metrics").body()).contains(
        "reporting_alerts_total{kind=\"STOPPAGE\",severity=\"none\",status=\"CLEARED\"} 1.0",
        "reporting_view_open_alerts 2.0");
  }

  @Test
  void refusesBadParametersAndUnknownIds() {
    assertThat(http.get("/api/districts/" + DISTRICT + "/rollup?period=2026-9").status()).isEqualTo(400);
    assertThat(http.get("/api/districts/" + DISTRICT + "/series?indicator=output").json().get("parameter").asText())
        .isEqualTo("indicator");
    assertThat(http.get("/api/alerts?severity=ORANGE").status()).isEqualTo(400);
    assertThat(http.get("/api/districts/320581/rollup").status()).isEqualTo(404);
    assertThat(http.get("/api/parks/XZ-NOWHERE/enterprises").status()).isEqualTo(404);
    assertThat(http.get("/api/districts/" + DISTRICT + "/rollup?period=2024-12").status()).isEqualTo(404);
  }

  @Test
  void isReadyAndCountsWhatThePipelineAcceptedAndRejected() {
    assertThat(http.get("/ready").status()).isEqualTo(200);
    assertThat(http.json("/health").get("status").asText()).isEqualTo("UP");
    pipeline.sendRaw(pipeline.topics.indicatorReports(), SmallWorld.code(1), "not avro".getBytes(StandardCharsets.UTF_8));

    // The view finds the streams application's changelog (the accepted reports) within seconds of its creation.
    await().atMost(WAIT).untilAsserted(() -> {
      String body = http.get("/metrics").body();
      assertThat(counter(body, "reporting_reports_rejected_total")).isGreaterThanOrEqualTo(1);
      assertThat(counter(body, "reporting_reports_accepted_total")).isGreaterThanOrEqualTo(SmallWorld.reports().size());
    });
    String metrics = http.get("/metrics").body();
    assertThat(metrics).contains("kafka_consumer_fetch_manager_records_consumed_total{client_id=\"reporting-dashboard-view\"",
        "jvm_memory_used_bytes", "reporting_view_ready 1.0");

    // Kafka Streams counts the records each sink wrote, per topic: the rejected ones among them.
    try (KafkaStreamsMetrics streams = new KafkaStreamsMetrics(pipeline.streams())) {
      streams.bindTo(pipeline.metrics.registry());
      assertThat(http.get("/metrics").body()).containsPattern("kafka_stream_topic_records_produced_total\\{[^}]*topic=\""
          + pipeline.topics.rejectedReports().name() + "\"[^}]*} [1-9]");
    }
  }

  private static double counter(String metrics, String name) {
    return metrics.lines().filter(line -> line.startsWith(name + " ")).mapToDouble(
        line -> Double.parseDouble(line.substring(name.length() + 1))).findFirst().orElse(0);
  }

  @Test
  void aCorrectionReachesTheRollupTheApiAndTheEventStream() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    HttpResponse<InputStream> stream = http.client().send(http.request("/api/events")
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        in.lines().filter(line -> line.startsWith("data:")).forEach(events::add);
      } catch (IOException | UncheckedIOException e) {
        // closed with the server
      }
    });
    reader.setDaemon(true);
    reader.start();
    await().atMost(WAIT).until(() -> !events.isEmpty());
    int seen = events.size();
    long before = http.json("/api/districts/" + DISTRICT + "/rollup?period=2026-09")
        .get("month").get("totals").get("output_value_yuan").asLong();

    long corrected = SmallWorld.output(2, SmallWorld.LAST) + 10_000_000L;
    var correction = SmallWorld.report(2, SmallWorld.LAST, 2, corrected);
    pipeline.send(pipeline.topics.indicatorReports(), TopicKeys.report(correction), correction);

    await().atMost(WAIT).untilAsserted(() -> assertThat(http.json("/api/districts/" + DISTRICT
        + "/rollup?period=2026-09").get("month").get("totals").get("output_value_yuan").asLong())
        .isEqualTo(before + 10_000_000L));
    await().atMost(WAIT).until(() -> events.size() > seen);
    JsonNode pv = http.json("/api/parks/" + PV_TOWN + "/enterprises?window=month&period=2026-09");
    assertThat(pv.get("enterprises").findValues("month").stream()
        .mapToLong(m -> m.get("output_value").asLong()).max().orElseThrow()).isGreaterThanOrEqualTo(corrected);
  }
}
