package org.industrialreporting.producers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.producers.submission.Rows.CODE;
import static org.industrialreporting.producers.submission.Rows.OTHER_CODE;
import static org.industrialreporting.producers.submission.Rows.REPORT_HEADER;
import static org.industrialreporting.producers.submission.Rows.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.KeyStoreFile;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.kafka.TopicSnapshot;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestCertificate;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The intake over HTTP on the shared broker: authentication, scopes, limits, and what reaches the topics. */
@ExtendWith(SharedKafka.class)
class IntakeServerIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int MAX_BYTES = 4096;
  private static final int MAX_ROWS = 5;

  @TempDir
  static Path dir;

  private static KafkaSettings kafka;
  private static TopicCatalog topics;
  private static AvroSerdes serdes;
  private static IntakeServer intake;
  private static String adminToken;
  private static String acmeToken;

  @BeforeAll
  static void start(EmbeddedKafka broker, TestInfo test) throws Exception {
    kafka = KafkaSettings.of(broker.bootstrapServers());
    topics = new TopicCatalog(TestNames.prefix(test), 2);
    try (Admin admin = Admin.create(kafka.admin("intake-it"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(topics.all());
    }
    serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
    TokenStore tokens = new TokenStore(dir.resolve("tokens"));
    adminToken = tokens.issue(TokenScope.admin(), "ops", Clock.systemUTC()).token();
    acmeToken = tokens.issue(TokenScope.enterprise(CODE), "ACME", Clock.systemUTC()).token();
    intake = IntakeServer.start(new IntakeServer.Settings(HttpListener.http("127.0.0.1", 0), MAX_BYTES, MAX_ROWS,
        Duration.ofSeconds(30)), kafka, topics, serdes, ReportRules.defaults(Clock.systemUTC()), tokens,
        (read, total) -> { });

    assertThat(post("/v1/registry/parks", adminToken, "text/csv",
        "park_id,name,district_code,level,parent_park_id\nXZ-HTZ,Zone,330411,NATIONAL_HIGH_TECH,\n").statusCode())
        .isEqualTo(200);
    assertThat(post("/v1/registry/enterprises", adminToken, "text/csv", "credit_code,name,district_code,park_id,"
        + "town,industry_code,tags,above_scale,key_energy_user,land_area_mu,energy_budget_tce\n"
        + CODE + ",ACME,330411,XZ-HTZ,,C3825,,Y,N,,\n" + OTHER_CODE + ",Other,330411,,,C3825,,Y,N,,\n").statusCode())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    if (intake != null) {
      intake.close();
    }
  }

  @Test
  void anEnterpriseSubmitsItsOwnReportAndItIsPublished() throws Exception {
    HttpResponse<String> response = post("/v1/reports", acmeToken, "application/json",
        json(CODE, "2026-09", "1234.5"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(body.path("accepted_rows_published").asBoolean()).isTrue();
    JsonNode row = body.path("results").path(0);
    assertThat(row.path("key").asText()).isEqualTo(CODE);
    assertThat(row.path("period").asText()).isEqualTo("2026-09");
    assertThat(row.has("revision")).as("no clock revision").isFalse();
    String source = "intake:" + body.path("request_id").asText() + "#1";
    assertThat(read(topics.indicatorReports())).filteredOn(r -> r.getSource().equals(source))
        .singleElement().satisfies(r -> {
          assertThat(r.getOutputValueYuan()).isEqualTo(1_234_500L);
          assertThat(r.getRevision()).isZero();
        });
  }

  @Test
  void rowsOfAnotherEnterpriseAreRejectedAndDeadLettered() throws Exception {
    String foreign = json(OTHER_CODE, "2026-09", "10");
    HttpResponse<String> mixed = post("/v1/reports", acmeToken, "application/json",
        "[" + json(CODE, "2026-08", "1000") + "," + foreign + "]");

    assertThat(mixed.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(mixed.body());
    assertThat(body.path("outcome").asText()).isEqualTo("PARTLY_REJECTED");
    assertThat(body.path("results").path(1).path("reasons").findValuesAsText("code"))
        .containsExactly("VALUE_ADDED_ABOVE_OUTPUT", "NOT_PERMITTED");
    String requestId = body.path("request_id").asText();
    assertThat(mixed.headers().firstValue("X-Request-Id")).hasValue(requestId);
    assertThat(read(topics.rejectedReports()))
        .filteredOn(r -> r.getOrigin().equals(requestId + "#2")).singleElement().satisfies(r -> {
          assertThat(StandardCharsets.UTF_8.decode(r.getRaw()).toString()).isEqualTo(foreign);
          assertThat(r.getSource()).isEqualTo("intake");
          assertThat(r.getCreditCode()).isEqualTo(OTHER_CODE);
        });

    HttpResponse<String> onlyOthers = post("/v1/reports", acmeToken, "application/json", foreign);
    assertThat(onlyOthers.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(onlyOthers.body()).path("error").asText())
        .contains("enterprise reports of credit code " + CODE);
  }

  @Test
  void refusesMissingAndUnknownTokens() throws Exception {
    HttpResponse<String> missing = post("/v1/reports", null, "application/json", json(CODE, "2026-09", "1"));
    HttpResponse<String> unknown = post("/v1/reports", "irp_guessed", "application/json", json(CODE, "2026-09", "1"));
    HttpResponse<String> hash = post("/v1/reports", TokenStore.sha256(adminToken), "application/json", "{}");

    for (HttpResponse<String> response : List.of(missing, unknown, hash)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"reporting-intake\"");
    }
    assertThat(JSON.readTree(missing.body()).path("error").asText()).contains("Authorization: Bearer TOKEN");
    assertThat(JSON.readTree(unknown.body()).path("error").asText()).isEqualTo("The API token is unknown or revoked");
  }

  @Test
  void refusesADashboardTokenPutIntoItsTokenFile() throws Exception {
    String district = new TokenStore(dir.resolve("tokens")).issue(TokenScope.district("330411"), "misplaced",
        Clock.systemUTC()).token();

    HttpResponse<String> response = post("/v1/reports", district, "application/json", json(CODE, "2026-09", "1"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).path("error").asText()).contains("dashboard token (district:330411)");
  }

  @Test
  void onlyAnAdminLoadsTheRegistries() throws Exception {
    String targets = "scope_type,scope_id,year,indicator,target\nPARK,XZ-HTZ,2026,fiscal_revenue,2000000\n";

    assertThat(post("/v1/registry/targets", acmeToken, "text/csv", targets).statusCode()).isEqualTo(403);
    assertThat(post("/v1/registry/targets", adminToken, "text/csv", targets).statusCode()).isEqualTo(200);
    assertThat(read(topics.targets())).extracting(Target::getTarget).containsExactly(2_000_000_000L);
    assertThat(post("/v1/registry/towns", adminToken, "text/csv", targets).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesTooLargeRequestsAndUnknownContent() throws Exception {
    String many = "[" + String.join(",", Collections.nCopies(MAX_ROWS + 1, json(CODE, "2026-09", "1")))
        + "]";
    String large = many.replace("]", "," + String.join(",",
        Collections.nCopies(40, json(CODE, "2026-09", "1"))) + "]");

    assertThat(post("/v1/reports", acmeToken, "application/json", many).statusCode()).isEqualTo(413);
    assertThat(large.length()).isGreaterThan(MAX_BYTES);
    HttpResponse<String> tooLarge = post("/v1/reports", acmeToken, "application/json", large);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(tooLarge.body()).path("error").asText()).contains("at most " + MAX_BYTES);
    HttpResponse<String> chunkedUpload = send(request("/v1/reports", acmeToken, "multipart/form-data; boundary=b")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(multipart("b", "big.json",
            large.replace(",{", "\n{"))))));
    assertThat(chunkedUpload.statusCode()).as("a chunked upload has no length to check first")
        .isEqualTo(413);
    assertThat(post("/v1/reports", acmeToken, "multipart/form-data; boundary=b", "--b--\r\n").statusCode())
        .isEqualTo(400);
    assertThat(post("/v1/reports", acmeToken, "text/plain", "hello").statusCode()).isEqualTo(415);
    assertThat(post("/v1/reports", acmeToken, "application/json", "{\"credit_code\":").statusCode()).isEqualTo(400);
  }

  @Test
  void takesAnUploadedCsvFile() throws Exception {
    String boundary = "----intake-it";
    String csv = REPORT_HEADER + "\n" + report(CODE, "2026-07", "1000") + "\n";

    HttpResponse<String> response = send(request("/v1/reports", acmeToken, "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "acme.csv", csv))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("results").path(0).path("line").asLong()).isEqualTo(2);
  }

  @Test
  void servesHttpsWithTheKeyStoreGiven() throws Exception {
    TestCertificate certificate = TestCertificate.create(dir);
    try (IntakeServer https = IntakeServer.start(new IntakeServer.Settings(HttpListener.http("127.0.0.1", 0)
            .withTls(new KeyStoreFile(certificate.keyStore(), certificate.password(), "PKCS12")), MAX_BYTES, MAX_ROWS,
        Duration.ofSeconds(30)), kafka, topics, serdes, ReportRules.defaults(Clock.systemUTC()),
        new TokenStore(dir.resolve("tokens")), (read, total) -> { })) {
      assertThat(https.url()).startsWith("https://127.0.0.1:");
      HttpResponse<String> response = certificate.httpClient().send(HttpRequest.newBuilder(
              URI.create(https.url()).resolve("/v1/reports?dry_run=true"))
          .header("Authorization", "Bearer " + acmeToken).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json(CODE, "2026-09", "1234.5"))).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).path("accepted_rows_published").asBoolean()).isFalse();
      assertThat(plainStatus(URI.create(https.url().replace("https:", "http:")).resolve("/health")))
          .as("plain HTTP to the HTTPS port").isNotEqualTo(200);
    }
  }

  /** The status of a plain HTTP GET, -1 when the server answers nothing HTTP can read. */
  private static int plainStatus(URI uri) throws InterruptedException {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String json(String code, String period, String output) {
    return "{\"credit_code\":\"" + code + "\",\"period\":\"" + period + "\",\"output_value\":" + output
        + ",\"value_added\":100,\"revenue\":900,\"profit\":-5.5,\"tax\":12,\"energy_tce\":15.302,"
        + "\"electricity_kwh\":86197,\"employees\":65,\"rd_expense\":3,\"export_value\":0}";
  }

  private static HttpResponse<String> post(String path, String token, String contentType, String body)
      throws IOException, InterruptedException {
    return send(request(path, token, contentType).POST(HttpRequest.BodyPublishers.ofString(body,
        StandardCharsets.UTF_8)));
  }

  private static HttpRequest.Builder request(String path, String token, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(intake.url()).resolve(path))
        .header("Content-Type", contentType);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A form with one file part, as {@code curl -F file=@NAME} sends it. */
  private static byte[] multipart(String boundary, String fileName, String content) {
    return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Every record of the topic, read through the registry the intake wrote with. */
  private static <V extends SpecificRecord> List<V> read(TopicSpec<String, V> topic) {
    var deserializer = serdes.value(topic.valueType()).deserializer();
    return TopicSnapshot.records(KafkaSettings.of(kafka.bootstrapServers()), topic.name()).stream()
        .map(r -> deserializer.deserialize(r.topic(), r.value())).toList();
  }
}
