package org.industrialreporting.producers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.producers.submission.Rows.CODE;
import static org.industrialreporting.producers.submission.Rows.REPORT_HEADER;
import static org.industrialreporting.producers.submission.Rows.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.industrialreporting.testing.fuzz.HttpFuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real intake on the shared broker, fed random requests ({@link HttpFuzzer}: seeded, {@code -Dfuzz.seed=N} and
 * {@code -Dfuzz.requests=N} to change the run): every answer is a 2xx or a 4xx with a reason, never a 5xx and never
 * a hang, and the intake goes on taking valid reports throughout and after.
 */
@ExtendWith(SharedKafka.class)
class IntakeFuzzIT {

  private static final int MAX_BYTES = 64 * 1024;
  private static final String PARKS = "park_id,name,district_code,level,parent_park_id\n"
      + "XZ-HTZ,秀洲国家高新区,330411,NATIONAL_HIGH_TECH,\n";
  private static final String ENTERPRISES = "credit_code,name,district_code,park_id,town,industry_code,tags,"
      + "above_scale,key_energy_user,land_area_mu,energy_budget_tce\n" + CODE + ",ACME,330411,XZ-HTZ,,C3825,,Y,N,,\n";

  @TempDir
  Path dir;

  @Test
  void answersRandomRequestsWith4xxAndReasonsAndKeepsTakingReports(EmbeddedKafka broker, TestInfo test)
      throws Exception {
    KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
    TopicCatalog topics = new TopicCatalog(TestNames.prefix(test), 2);
    try (Admin admin = Admin.create(kafka.admin("intake-fuzz"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(topics.all());
    }
    TokenStore tokens = new TokenStore(dir.resolve("tokens"));
    String admin = tokens.issue(TokenScope.admin(), "fuzz", Clock.systemUTC()).token();
    String enterprise = tokens.issue(TokenScope.enterprise(CODE), "fuzz", Clock.systemUTC()).token();
    String district = tokens.issue(TokenScope.district("330411"), "misplaced", Clock.systemUTC()).token();
    try (IntakeServer intake = IntakeServer.start(new IntakeServer.Settings(HttpListener.http("127.0.0.1", 0),
        MAX_BYTES, 100, Duration.ofSeconds(30)), kafka, topics, new AvroSerdes(LocalSchemaRegistryClient.inMemory()),
        ReportRules.defaults(Clock.systemUTC()), tokens, (read, total) -> { })) {
      URI base = URI.create(intake.url());
      assertThat(status(base.resolve("/v1/registry/parks"), admin, "text/csv", PARKS)).isEqualTo(200);
      assertThat(status(base.resolve("/v1/registry/enterprises"), admin, "text/csv", ENTERPRISES)).isEqualTo(200);

      String csv = REPORT_HEADER + "\n" + report(CODE, "2026-09", "1234.5") + "\n";
      String json = "{\"credit_code\":\"" + CODE + "\",\"period\":\"2026-08\",\"output_value\":1000,"
          + "\"value_added\":100,\"revenue\":900,\"profit\":-5.5,\"tax\":12,\"energy_tce\":15.302,"
          + "\"electricity_kwh\":86197,\"employees\":65,\"rd_expense\":3,\"export_value\":0}";
      HttpFuzzer fuzzer = new HttpFuzzer(new HttpFuzzer.Surface(
          List.of("/", "/health", "/v1/reports", "/v1/reports?dry_run=true", "/v1/registry/enterprises",
              "/v1/registry/parks", "/v1/registry/targets", "/v1/registry/towns", "/v1"),
          List.of("dry_run"),
          List.of("Bearer " + admin, "Bearer " + enterprise, "Bearer " + district, "Bearer irp_unknown"),
          List.of(),
          List.of(bytes(csv), bytes(json), bytes("[" + json + "," + json + "]"), bytes(json + "\n" + json + "\n"),
              bytes(PARKS), bytes(ENTERPRISES), bytes("--xyz\r\nContent-Disposition: form-data; name=\"file\";"
                  + " filename=\"r.csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--xyz--\r\n")),
          MAX_BYTES), HttpFuzzer.seed(17L));

      fuzzer.run("127.0.0.1", base.getPort(), Integer.getInteger("fuzz.requests", 2000), Duration.ofSeconds(30),
          request -> {
            if (request.index() % 500 == 499) {
              assertThat(status(base.resolve("/v1/reports?dry_run=true"), enterprise, "text/csv", csv))
                  .as("a valid report after request " + request.index()).isEqualTo(200);
            }
          });

      assertThat(status(base.resolve("/health"), null, null, null)).isEqualTo(200);
      assertThat(status(base.resolve("/v1/reports"), enterprise, "application/json", json)).isEqualTo(200);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The status of a POST, or of a GET without a body. */
  private static int status(URI uri, String token, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
