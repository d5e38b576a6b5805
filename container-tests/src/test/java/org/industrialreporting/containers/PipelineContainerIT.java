package org.industrialreporting.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.access.KafkaRole;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.testing.TestCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The path a user takes, through the packaged image on a secured stack ({@link Pipeline}: SASL and ACLs, each role
 * its own principal): the setup job, the intake and the dashboard over HTTPS with API tokens, the streams
 * application and the notifier as containers on a network of their own. Registry files and report files go in
 * through the intake's HTTP API; the rollups come back exact. Then, while more reports and corrections arrive, the
 * streams container is killed and a new one (with empty local state, restored from Kafka) takes over: the rollups
 * are still exact, with nothing lost and nothing counted twice. The dashboard shows them to a district token of
 * that district only.
 */
class PipelineContainerIT {

  private static final String DISTRICT = "330411";
  private static final String PARK = "XZ-HTZ";
  private static final int ENTERPRISES = 30;
  private static final TopicCatalog TOPICS = TopicCatalog.defaults();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tempDir;

  @Test
  void reportsSubmittedThroughTheIntakeRollUpExactlyThroughAKilledStreamsContainerAndShowOnTheDashboard()
      throws Exception {
    try (Pipeline pipeline = new Pipeline()) {
      pipeline.start(pipeline.role("setup", KafkaRole.SETUP, "setup", "--bootstrap-servers", Pipeline.KAFKA,
              "--schema-registry-url", Pipeline.REGISTRY)
          .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2))));
      TestCertificate certificate = TestCertificate.create(tempDir);
      HttpClient https = certificate.httpClient();
      Path tokens = tempDir.resolve("tokens");
      String admin = new TokenStore(tokens).issue(TokenScope.admin(), "container test", Clock.systemUTC()).token();
      GenericContainer<?> intakeContainer = pipeline.start(withKeyStore(pipeline.role("intake", KafkaRole.INTAKE,
              "intake", "--bootstrap-servers", Pipeline.KAFKA, "--schema-registry-url", Pipeline.REGISTRY,
              "--intake-host", "0.0.0.0", "--intake-port", "8082", "--tokens", "/var/lib/reporting/tokens"),
          "INTAKE", certificate)
          .withCopyFileToContainer(MountableFile.forHostPath(tokens, 0644), "/var/lib/reporting/tokens")
          .withExposedPorts(8082)
          .waitingFor(Wait.forHttp("/health").forPort(8082).usingTls().allowInsecure().forStatusCode(200)));
      Intake intake = new Intake(https, "https://localhost:" + intakeContainer.getMappedPort(8082), admin);
      GenericContainer<?> streams = pipeline.start(streams(pipeline));

      intake.post("/v1/registry/parks", "park_id,name,district_code,level,parent_park_id\n"
          + PARK + ",秀洲国家高新区," + DISTRICT + ",NATIONAL_HIGH_TECH,\n");
      StringBuilder enterprises = new StringBuilder("credit_code,name,district_code,park_id,town,industry_code,tags,"
          + "above_scale,key_energy_user,land_area_mu,energy_budget_tce\n");
      for (int n = 1; n <= ENTERPRISES; n++) {
        enterprises.append(code(n)).append(",企业").append(n).append(',').append(DISTRICT).append(',')
            .append(n % 2 == 0 ? PARK : "").append(",王店镇,C3825,,Y,N,,\n");
      }
      intake.post("/v1/registry/enterprises", enterprises.toString());

      Reports reports = new Reports();
      intake.post("/v1/reports", reports.csv(1, 3, 1));
      awaitRollups(pipeline, reports.expected());

      // More months and corrections of every month, file by file, while the streams container dies.
      AtomicInteger files = new AtomicInteger();
      CompletableFuture<Void> more = CompletableFuture.runAsync(() -> {
        for (int month = 4; month <= 12; month++) {
          intake.post("/v1/reports", reports.csv(month, month, 1));
          files.incrementAndGet();
        }
        for (int month = 1; month <= 12; month++) {
          intake.post("/v1/reports", reports.csv(month, month, 2));
          files.incrementAndGet();
        }
      });
      await().atMost(Duration.ofMinutes(1)).until(() -> files.get() >= 4);
      streams.getDockerClient().killContainerCmd(streams.getContainerId()).exec();
      streams.stop();
      pipeline.start(streams(pipeline));
      more.get();

      awaitRollups(pipeline, reports.expected());
      showsTheDistrictToItsTokenOnly(pipeline, certificate, reports.expected());
      notifierJoinsItsGroup(pipeline);
    }
  }

  /** The notifier reads the alerts in its consumer group as its own principal (the webhook need not answer). */
  private static void notifierJoinsItsGroup(Pipeline pipeline) {
    pipeline.start(pipeline.role("notifier", KafkaRole.NOTIFIER, "notify", "--bootstrap-servers", Pipeline.KAFKA,
            "--schema-registry-url", Pipeline.REGISTRY, "--webhook", "http://127.0.0.1:9/alerts")
        .waitingFor(Wait.forLogMessage(".*Webhook notifier: .*", 1)));
    try (Admin admin = Admin.create(pipeline.kafka(KafkaRole.NOTIFIER).admin("notifier-check"))) {
      // The group exists once the notifier has joined it.
      await().atMost(Duration.ofMinutes(1)).ignoreExceptions().untilAsserted(() -> {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("reporting-notifier"))
            .describedGroups().get("reporting-notifier").get();
        assertThat(group.groupState()).isEqualTo(GroupState.STABLE);
        assertThat(group.members()).hasSize(1);
      });
    }
  }

  /** The dashboard over HTTPS: a district token sees its district's rollups and no other district. */
  private void showsTheDistrictToItsTokenOnly(Pipeline pipeline, TestCertificate certificate,
      Map<String, Long> expected) throws Exception {
    Path tokens = tempDir.resolve("dashboard-tokens");
    String district = new TokenStore(tokens).issue(TokenScope.district(DISTRICT), "秀洲区", Clock.systemUTC()).token();
    GenericContainer<?> dashboard = pipeline.start(withKeyStore(pipeline.role("dashboard", KafkaRole.DASHBOARD,
            "dashboard", "--bootstrap-servers", Pipeline.KAFKA, "--schema-registry-url", Pipeline.REGISTRY,
            "--dashboard-host", "0.0.0.0", "--dashboard-port", "8080",
            "--dashboard-tokens", "/var/lib/reporting/dashboard-tokens"), "DASHBOARD", certificate)
        .withCopyFileToContainer(MountableFile.forHostPath(tokens, 0644), "/var/lib/reporting/dashboard-tokens")
        .withExposedPorts(8080)
        .waitingFor(Wait.forHttp("/ready").forPort(8080).usingTls().allowInsecure().forStatusCode(200)));
    String base = "https://localhost:" + dashboard.getMappedPort(8080);
    HttpClient https = certificate.httpClient();
    String september = TopicKeys.rollup(DISTRICT, YearMonth.of(2025, 9));

    assertThat(get(https, base + "/api/districts", null).statusCode()).isEqualTo(401);
    await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
      HttpResponse<String> rollup = get(https, base + "/api/districts/" + DISTRICT + "/rollup?period=2025-09", district);
      assertThat(rollup.statusCode()).as(rollup.body()).isEqualTo(200);
      assertThat(JSON.readTree(rollup.body()).path("month").path("totals").path("output_value_yuan").asLong())
          .isEqualTo(expected.get(september));
    });
    HttpResponse<String> other = get(https, base + "/api/districts/320581", district);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).path("error").asText()).contains("not district 320581");
  }

  private static HttpResponse<String> get(HttpClient client, String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The server of the role serves HTTPS with the certificate, given as environment (REPORTING_{ROLE}_KEY_STORE...). */
  private static GenericContainer<?> withKeyStore(GenericContainer<?> role, String option, TestCertificate certificate) {
    return role.withCopyFileToContainer(MountableFile.forHostPath(certificate.keyStore(), 0644),
            "/var/lib/reporting/server.p12")
        .withEnv("REPORTING_" + option + "_KEY_STORE", "/var/lib/reporting/server.p12")
        .withEnv("REPORTING_" + option + "_KEY_STORE_PASSWORD", certificate.password());
  }

  private static GenericContainer<?> streams(Pipeline pipeline) {
    return pipeline.role("streams", KafkaRole.STREAMS, "streams", "--bootstrap-servers", Pipeline.KAFKA,
            "--schema-registry-url", Pipeline.REGISTRY, "--state-dir", "/var/lib/reporting/streams",
            // A killed member leaves the group sooner than after the default 45 s.
            "--kafka-property", "session.timeout.ms=6000")
        .waitingFor(Wait.forLogMessage(".*Streams application: .*", 1));
  }

  /** Report files of every enterprise, and the district's output they add up to (latest revision per month). */
  private static final class Reports {
    private final Map<String, Long> latest = new HashMap<>();
    private final Map<String, Long> expected = new TreeMap<>();

    /** One row per enterprise for each month; {@code factor} 2 makes the rows corrections. */
    synchronized String csv(int fromMonth, int toMonth, int factor) {
      StringBuilder csv = new StringBuilder("credit_code,period,output_value,value_added,revenue,profit,tax,"
          + "energy_tce,electricity_kwh,employees,rd_expense,export_value\n");
      for (int month = fromMonth; month <= toMonth; month++) {
        YearMonth period = YearMonth.of(2025, month);
        for (int n = 1; n <= ENTERPRISES; n++) {
          long outputYuan = factor * (1_000_000L + 10_000L * n + month);
          csv.append(code(n)).append(',').append(period).append(',').append(thousands(outputYuan)).append(',')
              .append(thousands(outputYuan / 4)).append(',').append(thousands(outputYuan)).append(",0,0,")
              .append(thousands(outputYuan / 1000)).append(",1000,10,0,0\n");
          Long before = latest.put(code(n) + "|" + period, outputYuan);
          expected.merge(TopicKeys.rollup(DISTRICT, period), outputYuan - (before == null ? 0 : before), Long::sum);
        }
      }
      return csv.toString();
    }

    synchronized Map<String, Long> expected() {
      return new TreeMap<>(expected);
    }

    /** Yuan as the submission's thousand yuan (or kgce as tonnes), exactly: three decimals. */
    private static String thousands(long units) {
      return units / 1000 + "." + String.format("%03d", units % 1000);
    }
  }

  /** The intake's HTTP API with an admin token. */
  private record Intake(HttpClient client, String url, String token) {
    void post(String path, String csv) {
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The district's rollups as the dashboard's principal reads them from the topic. */
  private static void awaitRollups(Pipeline pipeline, Map<String, Long> expected) {
    KafkaSettings kafka = pipeline.kafka(KafkaRole.DASHBOARD);
    AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(pipeline.registryUrl()));
    Map<String, Long> actual = new TreeMap<>();
    try (var consumer = new KafkaConsumer<>(kafka.consumer(null), new StringDeserializer(),
        serdes.value(Rollup.class).deserializer())) {
      List<TopicPartition> partitions = IntStream.range(0, TOPICS.districtRollups().partitions())
          .mapToObj(p -> new TopicPartition(TOPICS.districtRollups().name(), p)).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
        consumer.poll(Duration.ofMillis(500))
            .forEach(r -> actual.put(r.key(), r.value().getMonth().getTotals().getOutputValueYuan()));
        assertThat(actual).isEqualTo(expected);
      });
    }
  }

  private static String code(int n) {
    return CreditCodes.withCheckCharacter(String.format("91%s%09d", DISTRICT, n).substring(0, 17));
  }
}
