package org.industrialreporting.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.access.KafkaRole;
import org.industrialreporting.launcher.ReportingCli;
import org.industrialreporting.launcher.config.LaunchContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the secured broker of the container stack refuses, tried for real: clients without credentials or with a
 * wrong password do not get in, and each role's principal is refused what its role does not do (the dashboard
 * writing reports, the intake writing rollups, the notifier reading rollups, ...). The command-line roles
 * ({@code setup}, {@code register}, {@code submit}) run in this JVM against the broker's external listener, with
 * their credentials as {@code KAFKA_*} environment variables, as an operator runs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityContainerIT {

  private static final TopicCatalog TOPICS = TopicCatalog.defaults();
  private static final String DISTRICT = "330411";
  private static final Duration REFUSAL = Duration.ofSeconds(10);

  @TempDir
  Path dir;
  private Pipeline pipeline;

  @BeforeAll
  void start() {
    pipeline = new Pipeline();
    Run setup = cli(KafkaRole.SETUP, "setup");
    assertThat(setup.status()).as(setup.err()).isZero();
    assertThat(setup.out()).contains("Topics: 13 ready (13 created now)", "Alert rules: wrote the defaults");
  }

  @AfterAll
  void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void aClientWithoutCredentialsOrWithAWrongPasswordDoesNotGetIn() {
    Map<String, Object> anonymous = new HashMap<>(KafkaSettings.of(pipeline.bootstrapServers()).admin("anonymous"));
    anonymous.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSAL.toMillis());
    anonymous.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSAL.toMillis() / 2);
    try (Admin admin = Admin.create(anonymous)) {
      assertThatThrownBy(() -> admin.listTopics().names().get(REFUSAL.toSeconds() * 2, TimeUnit.SECONDS))
          .as("a PLAINTEXT client on a SASL listener is never answered").isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }

    KafkaSettings wrong = new KafkaSettings(pipeline.bootstrapServers(),
        Pipeline.scram(KafkaRole.SUBMITTER.userName(), "not-the-password"));
    assertThatThrownBy(() -> write(wrong, TOPICS.indicatorReports().name()))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class)
        .hasMessageContaining("invalid credentials");
    KafkaSettings unknownUser = new KafkaSettings(pipeline.bootstrapServers(), Pipeline.scram("mallory", "x"));
    assertThatThrownBy(() -> write(unknownUser, TOPICS.indicatorReports().name()))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void eachPrincipalIsRefusedTheWritesOfOtherRoles() {
    Map<KafkaRole, List<String>> refused = Map.of(
        KafkaRole.DASHBOARD, List.of(TOPICS.indicatorReports().name(), TOPICS.rejectedReports().name()),
        KafkaRole.NOTIFIER, List.of(TOPICS.anomalyAlerts().name(), TOPICS.parkReports().name()),
        KafkaRole.INTAKE, List.of(TOPICS.districtRollups().name(), TOPICS.anomalyAlerts().name()),
        KafkaRole.SUBMITTER, List.of(TOPICS.enterpriseRegistry().name(), TOPICS.parkRollups().name(),
            TOPICS.townRollups().name()),
        KafkaRole.STREAMS, List.of(TOPICS.indicatorReports().name(), TOPICS.enterpriseRegistry().name()),
        KafkaRole.SETUP, List.of(TOPICS.indicatorReports().name(), TOPICS.districtRollups().name()),
        KafkaRole.SCHEMA_REGISTRY, List.of(TOPICS.parkReports().name()));
    refused.forEach((role, topics) -> topics.forEach(topic ->
        assertThatThrownBy(() -> write(pipeline.kafka(role), topic)).as(role + " writing " + topic)
            .hasRootCauseInstanceOf(TopicAuthorizationException.class)
            .hasMessageContaining(topic)));
  }

  @Test
  void readersReadOnlyTheirTopicsAndGroups() {
    assertThatThrownBy(() -> read(pipeline.kafka(KafkaRole.NOTIFIER), null, TOPICS.districtRollups().name()))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> read(pipeline.kafka(KafkaRole.SUBMITTER), null, TOPICS.indicatorReports().name()))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> read(pipeline.kafka(KafkaRole.DASHBOARD), "reporting-rollups",
        TOPICS.districtRollups().name())).as("the dashboard may not join the streams application's group")
        .isInstanceOf(GroupAuthorizationException.class);
    // What the roles do read, they may.
    for (var rollups : TOPICS.allRollups()) {
      read(pipeline.kafka(KafkaRole.DASHBOARD), null, rollups.name());
    }
    read(pipeline.kafka(KafkaRole.NOTIFIER), "reporting-notifier", TOPICS.anomalyAlerts().name());
  }

  @Test
  void registerAndSubmitRunAsTheirPrincipalsAndNoOtherPrincipalSubmits() throws Exception {
    Path parks = Files.writeString(dir.resolve("parks.csv"), "park_id,name,district_code,level,parent_park_id\n"
        + "XZ-HTZ,秀洲国家高新区," + DISTRICT + ",NATIONAL_HIGH_TECH,\n");
    String code = CreditCodes.withCheckCharacter("91" + DISTRICT + "MA0000001");
    Path enterprises = Files.writeString(dir.resolve("enterprises.csv"), "credit_code,name,district_code,park_id,"
        + "town,industry_code,tags,above_scale,key_energy_user,land_area_mu,energy_budget_tce\n"
        + code + ",嘉禾科技," + DISTRICT + ",XZ-HTZ,王店镇,C3825,,Y,N,,\n");
    Path reports = Files.writeString(dir.resolve("reports.csv"), "credit_code,period,output_value,value_added,"
        + "revenue,profit,tax,energy_tce,electricity_kwh,employees,rd_expense,export_value\n"
        + code + ",2025-09,9174.653,2967.063,8547.717,723.156,340.443,15.302,86197,65,295.662,1156.351\n");

    assertThat(cli(KafkaRole.SETUP, "register", "parks", parks.toString()).status()).isZero();
    assertThat(cli(KafkaRole.SETUP, "register", "enterprises", enterprises.toString()).status()).isZero();
    Run submitted = cli(KafkaRole.SUBMITTER, "submit", reports.toString());
    assertThat(submitted.status()).as(submitted.err()).isZero();
    assertThat(submitted.out()).contains("1 accepted");

    for (KafkaRole other : List.of(KafkaRole.DASHBOARD, KafkaRole.SETUP)) {
      Run refused = cli(other, "submit", reports.toString());
      assertThat(refused.status()).as(other + ": " + refused.out()).isEqualTo(1);
      assertThat(refused.err()).as(other.name()).containsIgnoringCase("authoriz");
    }
  }

  /** Writes one record and waits for the broker's answer. */
  private static void write(KafkaSettings kafka, String topic) throws Exception {
    Map<String, Object> config = kafka.producer("security-test");
    // Without idempotence the refusal names the topic rather than the producer id.
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSAL.toMillis());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
        new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "key", "value")).get(REFUSAL.toSeconds() * 2, TimeUnit.SECONDS);
    }
  }

  /** Polls a topic once: assigned without a group, or subscribed in one; the broker's refusal surfaces here. */
  private static void read(KafkaSettings kafka, String group, String topic) {
    Map<String, Object> config = kafka.consumer(group);
    config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSAL.toMillis());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
        new StringDeserializer())) {
      if (group == null) {
        consumer.assign(List.of(new TopicPartition(topic, 0)));
        consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
        consumer.position(new TopicPartition(topic, 0));
      } else {
        consumer.subscribe(List.of(topic));
      }
      consumer.poll(Duration.ofSeconds(5));
    }
  }

  private record Run(int status, String out, String err) {
  }

  /** The {@code reporting} command line in this JVM, as the role's user on the external listener. */
  private Run cli(KafkaRole role, String... args) {
    Map<String, String> env = new HashMap<>(pipeline.environment(role));
    env.put("REPORTING_BOOTSTRAP_SERVERS", pipeline.bootstrapServers());
    env.put("REPORTING_SCHEMA_REGISTRY_URL", pipeline.registryUrl());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReportingCli.commandLine(new LaunchContext(new Properties(), env,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
