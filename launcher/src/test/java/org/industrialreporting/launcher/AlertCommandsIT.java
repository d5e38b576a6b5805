package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsRunner;
import org.industrialreporting.streams.StreamsSettings;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert commands against a real broker and registry, with the streams application producing the alerts:
 * rules set, listed and deleted; an anomalous report's alert followed, named in the bulletin, cleared by a rule
 * change and raised again when the rule goes, and cleared by a correction.
 */
@ExtendWith(SharedKafka.class)
class AlertCommandsIT {

  private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
  private static final String CODE = CreditCodes.withCheckCharacter("91330411MA0000001");

  @TempDir
  Path dir;

  private static Cli.Run run(Map<String, String> env, String... args) {
    return Cli.run(env, args);
  }

  @Test
  void rulesAlertsAndTheBulletinFromTheStreamsApplicationsOutput(EmbeddedKafka kafka, TestInfo test) throws Exception {
    String prefix = TestNames.prefix(test);
    KafkaSettings cluster = KafkaSettings.of(kafka.bootstrapServers());
    TopicCatalog topics = new TopicCatalog(prefix, 2);
    try (Admin admin = Admin.create(cluster.admin("test"))) {
      new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(topics.all());
    }
    try (SchemaRegistryServer registry = SchemaRegistryServer.start(
        SchemaRegistryServer.Settings.of(cluster, 0).withTopic(prefix + "schemas"))) {
      Map<String, String> env = Map.of("REPORTING_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
          "REPORTING_SCHEMA_REGISTRY_URL", registry.url(), "REPORTING_TOPIC_PREFIX", prefix);

      Cli.Run set = run(env, "rules", "set", "--kind", "STOPPAGE", "--district", "330411", "--stoppage-output-ratio-bp",
          "1000", "--note", "秀洲区试行");
      assertThat(set.status()).as(set.err()).isZero();
      assertThat(set.out()).contains("Set STOPPAGE|*|330411|*");
      assertThat(run(env, "rules", "list").out()).contains("STOPPAGE|*|330411|*", "秀洲区试行",
          "ENERGY_RISE|*|*|*", "(built-in, not on the topic)");
      assertThat(run(env, "rules", "delete", "STOPPAGE|*|330411|*").out()).contains("Deleted STOPPAGE|*|330411|*");
      assertThat(run(env, "rules", "list").out()).doesNotContain("330411");

      AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(registry.url()));
      StreamsSettings settings = StreamsSettings.defaults(dir.resolve("state")).withApplicationId(prefix + "app")
          .withThreads(1);
      RollupTopology topology = new RollupTopology(topics, serdes,
          ReportRules.defaults(Clock.fixed(NOW, ZoneOffset.UTC)), settings);
      Properties props = topology.properties(cluster);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      try (StreamsRunner streams = StreamsRunner.start(topology.build(props), props, failure::set)) {
        assertThat(streams.awaitRunning(Duration.ofMinutes(1))).isTrue();
        publish(cluster, serdes, topics.enterpriseRegistry().name(), CODE, enterprise());
        for (YearMonth m = YearMonth.of(2025, 1); m.getYear() == 2025; m = m.plusMonths(1)) {
          publish(cluster, serdes, topics.indicatorReports().name(), CODE, report(m, 1, 1));
        }
        publish(cluster, serdes, topics.indicatorReports().name(), CODE, report(YearMonth.of(2026, 1), 1, 3));

        // The enterprise's alert comes from the first stage, the district's swing from the rollup stage after it.
        await().atMost(Duration.ofMinutes(1)).until(() -> run(env, "alerts", "--no-follow").out()
            .contains("ENERGY_RISE") && run(env, "alerts", "--no-follow").out().contains("ROLLUP_SWING"));
        assertThat(run(env, "alerts", "--no-follow", "--kind", "ENERGY_RISE", "--color", "never").out())
            .startsWith("RED     2026-01 ENERGY_RISE " + CODE + " r1 嘉兴测试光伏有限公司 2026年1月综合能耗");

        String[] bulletinArgs = {"bulletin", "--district", "330411", "--period", "2026-01", "--output-dir",
            dir.toString(), "--data-dir", dir.resolve("data").toString(), "--streams-application-id", prefix + "app"};
        Cli.Run bulletin = run(env, bulletinArgs);
        assertThat(bulletin.status()).as(bulletin.err()).isZero();
        assertThat(bulletin.out()).contains("秀洲区2026年1月工业经济与能源运行通报: 应报 1, 已报 1");
        // The district's totals are this enterprise's: they swing with it.
        String markdown = Files.readString(dir.resolve("bulletin-330411-2026-01.md"), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# 秀洲区2026年1月工业经济与能源运行通报\n")
            .contains("2026年1月能耗或产值异常波动预警 2 条（红色 2 条，黄色 0 条）",
                "| 红色 | 能耗异常上升 | 嘉兴测试光伏有限公司 | " + CODE, "| 红色 | 汇总指标异常波动 | 秀洲区 | 330411 |",
                "2026年1月应报企业 1 家，已报 1 家，未报 0 家，报送率 100.0%");
        for (String extension : List.of("html", "csv", "xlsx")) {
          assertThat(dir.resolve("bulletin-330411-2026-01." + extension)).isNotEmptyFile();
        }

        // A rule change judges the enterprise again at once, without a report of it: energy may treble under this one.
        Cli.Run tolerant = run(env, "rules", "set", "--kind", "ENERGY_RISE", "--min-change-bp", "25000",
            "--red-change-bp", "30000", "--note", "试行");
        assertThat(tolerant.status()).as(tolerant.err()).isZero();
        await().atMost(Duration.ofMinutes(1)).until(() -> energyRises(env).contains(
            "CLEARED 2026-01 ENERGY_RISE " + CODE + " r2"));
        assertThat(energyRises(env)).contains("预警撤销：预警规则调整后不再构成异常。");
        assertThat(run(env, "rules", "delete", "ENERGY_RISE|*|*|*").status()).isZero();
        await().atMost(Duration.ofMinutes(1)).until(() -> energyRises(env).contains(
            "RED     2026-01 ENERGY_RISE " + CODE + " r3"));

        publish(cluster, serdes, topics.indicatorReports().name(), CODE, report(YearMonth.of(2026, 1), 2, 1));
        await().atMost(Duration.ofMinutes(1)).until(() -> energyRises(env).contains(
            "CLEARED 2026-01 ENERGY_RISE " + CODE + " r4"));
        // The district's swing clears once the rollup stage has the correction too.
        await().atMost(Duration.ofMinutes(1)).until(() -> run(env, bulletinArgs).status() == 0
            && Files.readString(dir.resolve("bulletin-330411-2026-01.md"), StandardCharsets.UTF_8)
                .contains("2026年1月无能耗或产值异常波动预警。"));
      }
      assertThat(failure.get()).isNull();
    }
  }

  private static String energyRises(Map<String, String> env) {
    return run(env, "alerts", "--no-follow", "--kind", "ENERGY_RISE", "--color", "never").out();
  }

  private static Enterprise enterprise() {
    return Enterprise.newBuilder().setCreditCode(CODE).setName("嘉兴测试光伏有限公司").setDistrictCode("330411")
        .setParkId(null).setTown(null).setIndustryCode("C3825").setTags(List.of()).setAboveScale(true)
        .setKeyEnergyUser(false).setLandAreaCentimu(null).setEnergyBudgetKgce(null).build();
  }

  /** A month of 100 million yuan or a little more, at 8 kgce per 1,000 yuan times {@code energyFactor}. */
  private static MonthlyReport report(YearMonth month, long revision, int energyFactor) {
    long output = (100 + (month.getMonthValue() * 7) % 5) * 1_000_000L;
    return MonthlyReport.newBuilder().setCreditCode(CODE).setPeriod(month.toString()).setRevision(revision)
        .setSubmittedAt(NOW).setSource("test").setOutputValueYuan(output).setValueAddedYuan(output / 5)
        .setRevenueYuan(output).setProfitYuan(output / 10).setTaxYuan(output / 20)
        .setEnergyKgce(output * 8 / 1000 * energyFactor).setElectricityKwh(output / 125).setEmployees(100)
        .setRdExpenseYuan(0).setExportValueYuan(0).build();
  }

  private static <V extends SpecificRecord> void publish(KafkaSettings cluster, AvroSerdes serdes, String topic,
      String key, V value) throws Exception {
    @SuppressWarnings("unchecked")
    Class<V> type = (Class<V>) value.getClass();
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(cluster.producer("test"), new StringSerializer(),
        serdes.value(type).serializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }
}
