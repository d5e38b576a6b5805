package org.industrialreporting.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.registered;
import static org.industrialreporting.dashboard.TestRecords.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.dashboard.HttpJson;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
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
import org.industrialreporting.streams.ledger.EnterpriseLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/districts/{code}/evaluation} over a read model filled by hand: the reference enterprise P reports
 * every month tax 1,000,000 yuan, value added 4,000,000, revenue 20,000,000, 2,000 tce, 100 employees and R&D
 * 400,000 on 100 mu, in 2025 and in 2026, so last year's benchmarks are its figures and it scores 100 this year.
 */
class EvaluationApiTest {

  private static final String P = "91330411000000001X";
  private static final String X = "91330411000000002X";
  private static final String LAND_FROM_MARCH = "91330411000000003X";
  private static final String NO_LAND = "91330411000000004X";
  private static final String BELOW_SCALE = "91330411000000005X";
  private static final Long MU_100 = 10_000L;

  @TempDir
  Path dir;
  private Path rulesFile;
  private TokenStore tokens;
  private DashboardApi api;
  private HttpJson http;
  private final ReadModel model = new ReadModel(DistrictNames.builtIn());

  @BeforeEach
  void start() {
    rulesFile = dir.resolve("evaluation-rules.json");
    tokens = new TokenStore(dir.resolve("dashboard-tokens"));
    api = DashboardApi.start(model, new Ready(), ProcessMetrics.withJvmMetrics(), HttpListener.http("127.0.0.1", 0),
        tokens, EvaluationRulesFile.open(rulesFile));
    http = new HttpJson(api.url(), tokens.issue(TokenScope.admin(), "test", Clock.systemUTC()).token());
    Enterprise belowIn2026 = Enterprise.newBuilder(registered(BELOW_SCALE, null))
        .setAboveScaleByYear(Map.of("2026", false)).build();
    model.apply(List.of(
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2025-03", rollup(ScopeType.DISTRICT, DISTRICT, "2025-03", 1, null)),
        new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-03", rollup(ScopeType.DISTRICT, DISTRICT, "2026-03", 1, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, P, registered(P, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, X, registered(X, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, LAND_FROM_MARCH, registered(LAND_FROM_MARCH, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, NO_LAND, registered(NO_LAND, null)),
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, BELOW_SCALE, belowIn2026),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, P, ledgerOf(
            months(2025, 1, 1, 1, 1, 1, MU_100, MU_100, MU_100), months(2026, 1, 1, 1, 1, 1, MU_100, MU_100, MU_100))),
        // Twice the tax, half the energy, twice the staff and twice the R&D: ratios 2, 1, 2, 0.5, 2.
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, X, ledgerOf(months(2026, 2, 1, 0.5, 2, 2, MU_100, MU_100, MU_100))),
        // The reference's figures, its 100 mu registered in March: the mean land of its reports, held all three months.
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, LAND_FROM_MARCH, ledgerOf(months(2026, 1, 1, 1, 1, 1, null, null, MU_100))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, NO_LAND, ledgerOf(months(2026, 1, 1, 1, 1, 1, null, null, null))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, BELOW_SCALE, ledgerOf(months(2026, 1, 1, 1, 1, 1, MU_100, MU_100, MU_100)))));
  }

  @SafeVarargs
  @SuppressWarnings("unchecked")
  private static EnterpriseLedger ledgerOf(List<ReportMonth<Attribution>>... years) {
    List<ReportMonth<Attribution>> all = new ArrayList<>();
    for (List<ReportMonth<Attribution>> year : years) {
      all.addAll(year);
    }
    return ledger(all.toArray(ReportMonth[]::new));
  }

  /**
   * January to March of {@code year} as multiples of the reference's figures, with the land of each month in
   * hundredths of a mu (null: none recorded).
   */
  private static List<ReportMonth<Attribution>> months(int year, double tax, double valueAdded, double energy,
      double employees, double rd, Long... land) {
    List<ReportMonth<Attribution>> months = new ArrayList<>();
    for (int m = 1; m <= 3; m++) {
      long[] figures = new long[EnterpriseIndicator.values().length];
      figures[EnterpriseIndicator.OUTPUT_VALUE.ordinal()] = Math.round(8_000_000 * valueAdded);
      figures[EnterpriseIndicator.VALUE_ADDED.ordinal()] = Math.round(4_000_000 * valueAdded);
      figures[EnterpriseIndicator.REVENUE.ordinal()] = 20_000_000;
      figures[EnterpriseIndicator.TAX.ordinal()] = Math.round(1_000_000 * tax);
      figures[EnterpriseIndicator.ENERGY_TCE.ordinal()] = Math.round(2_000_000 * energy);
      figures[EnterpriseIndicator.EMPLOYEES.ordinal()] = Math.round(100 * employees);
      figures[EnterpriseIndicator.RD_EXPENSE.ordinal()] = Math.round(400_000 * rd);
      months.add(new ReportMonth<>(Months.of(YearMonth.of(year, m)), 1, 0, 0,
          new Attribution(DISTRICT, List.of(), Set.of(), land[m - 1], null, "C3825", true), figures));
    }
    return months;
  }

  @Test
  void evaluatesTheYearToDateAgainstLastYearAndListsWhomItCannotClassify() {
    JsonNode evaluation = http.json("/api/districts/" + DISTRICT + "/evaluation?year=2026");

    assertThat(evaluation.get("through").asText()).isEqualTo("2026-03");
    assertThat(evaluation.get("window_label").asText()).isEqualTo("2026年1–3月");
    assertThat(evaluation.get("benchmarks").findValuesAsText("basis")).containsOnly("PREVIOUS_YEAR");
    assertThat(evaluation.get("benchmarks").get(0).get("indicator").asText()).isEqualTo("tax_per_mu");
    assertThat(evaluation.get("benchmarks").get(0).get("value").decimalValue()).isEqualByComparingTo("120000");
    assertThat(evaluation.get("benchmarks").get(0).get("display").asText()).isEqualTo("12.00");
    assertThat(evaluation.get("weights").get("tax_per_mu").decimalValue()).isEqualByComparingTo("33.33");
    JsonNode ranked = evaluation.get("enterprises");
    assertThat(ranked.findValuesAsText("credit_code")).containsExactly(X, P, LAND_FROM_MARCH);
    // (2 × 30 + 20 + 2 × 20 + 0.5 × 10 + 2 × 10) × 100 / 90; the others are at the benchmarks: 100.
    assertThat(scores(ranked)).containsExactly(161.11, 100.0, 100.0);
    assertThat(ranked.findValuesAsText("rank")).containsExactly("1", "2", "2");
    // Of three, A takes the first rank ((1 − 1) < 0.6); the two at rank 2 are B (1 < 1.8).
    assertThat(ranked.findValuesAsText("class")).containsExactly("A", "B", "B");
    assertThat(ranked.get(0).get("indicators").get("tax_per_mu").get("value").decimalValue())
        .isEqualByComparingTo("240000");
    assertThat(ranked.get(0).get("indicators").get("tax_per_mu").get("points").decimalValue())
        .isEqualByComparingTo("66.67");
    assertThat(evaluation.get("classes").toString()).isEqualTo("{\"A\":1,\"B\":2,\"C\":0,\"D\":0}");
    assertThat(evaluation.get("not_classified").findValuesAsText("reason")).containsExactly("NO_LAND", "BELOW_SCALE");
    assertThat(evaluation.get("not_classified").get(1).get("explanation").asText())
        .isEqualTo("below scale (规下) in 2026");
    // Without a year: the year of the district's latest month.
    assertThat(http.json("/api/districts/" + DISTRICT + "/evaluation").get("year").asInt()).isEqualTo(2026);
  }

  @Test
  void changedRulesCountFromTheNextRequestAndABrokenFileLeavesTheLastValidOnes() throws Exception {
    write("{\"weights\": {\"tax_per_mu\": 0}}");

    JsonNode evaluation = http.json("/api/districts/" + DISTRICT + "/evaluation?year=2026");
    // 20 + 20 + 10 + 10 scored of 70 in all: X (20 + 40 + 5 + 20) × 70 / 60, P 60 × 70 / 60.
    assertThat(scores(evaluation.get("enterprises"))).containsExactly(99.17, 70.0, 70.0);
    assertThat(evaluation.get("rules").get("file").asText()).isEqualTo(rulesFile.toString());
    assertThat(evaluation.get("rules").get("problem").isNull()).isTrue();

    write("{\"weights\": {\"tax\": 30}}");

    evaluation = http.json("/api/districts/" + DISTRICT + "/evaluation?year=2026");
    assertThat(scores(evaluation.get("enterprises"))).containsExactly(99.17, 70.0, 70.0);
    assertThat(evaluation.get("rules").get("problem").asText())
        .startsWith(rulesFile + ": weights: unknown indicator 'tax'");
  }

  @Test
  void answersOnlyTheDistrictTheTokenSeesAndNamesWhatIsWrong() {
    HttpJson other = http.withToken(tokens.issue(TokenScope.district("320581"), "test", Clock.systemUTC()).token());
    HttpJson.Answer refused = other.get("/api/districts/" + DISTRICT + "/evaluation");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("error").asText()).isEqualTo("This token sees district 320581 only, not district "
        + DISTRICT);

    HttpJson.Answer noYear = http.get("/api/districts/" + DISTRICT + "/evaluation?year=2024");
    assertThat(noYear.status()).isEqualTo(404);
    assertThat(noYear.json().get("error").asText()).isEqualTo("The district '" + DISTRICT + "' has no rollups for 2024");
    HttpJson.Answer badYear = http.get("/api/districts/" + DISTRICT + "/evaluation?year=26");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().get("parameter").asText()).isEqualTo("year");
  }

  private static List<Double> scores(JsonNode ranked) {
    List<Double> scores = new ArrayList<>();
    ranked.forEach(enterprise -> scores.add(enterprise.get("score").asDouble()));
    return scores;
  }

  private void write(String rules) throws Exception {
    Files.writeString(rulesFile, rules, StandardCharsets.UTF_8);
    // A new modification time even within the file system's clock resolution.
    Files.setLastModifiedTime(rulesFile, FileTime.from(Instant.now().plusSeconds(counter++)));
  }

  private int counter = 1;

  @AfterEach
  void stop() {
    api.close();
  }

  /** A view that has caught up. */
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
