package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.dashboard.reminders.ReportingReminders;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewConsumer;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
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
 * 催报 end to end on a real broker: a district deadline set with {@code rules set}, reports accepted by the streams
 * application, {@code missing} listing who has not reported, and the reminders' notice on the alerts topic as
 * {@code alerts} shows it — YELLOW as the deadline nears, RED once it passed, CLEARED when the last report came in.
 */
@ExtendWith(SharedKafka.class)
class MissingReportsIT {

  private static final Instant ACCEPTED_UNTIL = Instant.parse("2026-10-20T00:00:00Z");
  private static final String REPORTED = CreditCodes.withCheckCharacter("91330411MA0000011");
  private static final String LATE = CreditCodes.withCheckCharacter("91330411MA0000012");
  private static final String BELOW_SCALE = CreditCodes.withCheckCharacter("91330411MA0000013");

  @TempDir
  Path dir;

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  void listsWhoIsMissingAndRemindsAsTheDeadlineNearsAndPassesUntilEveryoneReported(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test))) {
      Cli.Run set = pipeline.cli("rules", "set", "--kind", "REPORT_MISSING", "--district", "330411",
          "--reporting-deadline-day", "12", "--reminder-lead-days", "2");
      assertThat(set.status()).as(set.err()).isZero();
      assertThat(pipeline.cli("rules", "list").out()).contains("REPORT_MISSING|*|330411|*",
          "due by day 12 of the next month, reminders 2 days before");
      assertThat(pipeline.cli("rules", "set", "--kind", "REPORT_MISSING", "--reminder-lead-days", "30").err())
          .contains("reminder_lead_days must be from 0 to 27 days before the deadline, not 30");

      KafkaSettings cluster = pipeline.kafka();
      String application = pipeline.prefix() + "app";
      StreamsSettings settings = StreamsSettings.defaults(dir.resolve("state")).withApplicationId(application)
          .withThreads(1);
      RollupTopology topology = new RollupTopology(pipeline.topics(), pipeline.serdes(),
          ReportRules.defaults(Clock.fixed(ACCEPTED_UNTIL, ZoneOffset.UTC)), settings);
      Properties props = topology.properties(cluster);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      TestClock clock = new TestClock();
      // The deadline of 2026-09 is the end of 12 October in Beijing (16:00 UTC); reminders from the end of the 10th.
      clock.now.set(Instant.parse("2026-10-11T02:00:00Z"));
      ReadModel model = new ReadModel(DistrictNames.builtIn());
      try (StreamsRunner streams = StreamsRunner.start(topology.build(props), props, failure::set);
          ViewConsumer view = ViewConsumer.start(cluster, new ViewTopics(pipeline.topics(), application,
              pipeline.serdes()), model, new SimpleMeterRegistry(), failure::set)) {
        assertThat(streams.awaitRunning(Duration.ofMinutes(1))).isTrue();
        String registry = pipeline.topics().enterpriseRegistry().name();
        publish(pipeline, registry, REPORTED, enterprise(REPORTED, "嘉兴已报科技有限公司", true));
        publish(pipeline, registry, LATE, enterprise(LATE, "嘉兴迟报机械有限公司", true));
        publish(pipeline, registry, BELOW_SCALE, enterprise(BELOW_SCALE, "嘉兴小微制品厂", false));
        String reports = pipeline.topics().indicatorReports().name();
        publish(pipeline, reports, REPORTED, report(REPORTED));
        publish(pipeline, reports, BELOW_SCALE, report(BELOW_SCALE));

        String[] missing = {"missing", "--district", "330411", "--period", "2026-09",
            "--streams-application-id", application};
        await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.cli(missing).out().contains("已报 1"));
        Cli.Run list = pipeline.cli(missing);
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains("秀洲区 (330411) 2026-09: 应报 2, 已报 1, 未报 1, 报送率 50.0%, 规下企业报送 1")
            .contains(LATE + "  嘉兴迟报机械有限公司").doesNotContain(REPORTED);
        String[] csv = {"missing", "--district", "330411", "--period", "2026-09", "--csv",
            "--streams-application-id", application};
        assertThat(pipeline.cli(csv).out()).isEqualTo("credit_code,name,park_id,park_name,town\n"
            + LATE + ",嘉兴迟报机械有限公司,,,新塍镇\n");
        assertThat(pipeline.cli("missing", "--district", "330499", "--period", "2026-09", "--streams-application-id",
            application).err()).contains("--district 330499: no enterprise of the registry is in this district");
        assertThat(pipeline.cli("missing", "--park", "XZ-NONE", "--period", "2026-09").err())
            .contains("--park 'XZ-NONE' is not in the park registry");
        assertThat(pipeline.cli("missing", "--district", "330411", "--period", "2026-9").err())
            .contains("--period must be a month YYYY-MM, not '2026-9'");

        // Started once the reports are in, as at a month's end; a report in flight would make a first notice
        // list its enterprise and the next one correct it.
        await().atMost(Duration.ofMinutes(1)).until(() -> model.read(v -> v.enterprises().hasReport(REPORTED,
            YearMonth.of(2026, 9))));
        try (ReportingReminders reminders = ReportingReminders.start(cluster, pipeline.topics(), pipeline.serdes(),
            model, view, clock, Duration.ofMillis(200))) {
          String[] alerts = {"alerts", "--no-follow", "--kind", "REPORT_MISSING", "--color", "never"};
          await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.cli(alerts).out().contains("r1"));
          assertThat(pipeline.cli(alerts).out()).isEqualTo("YELLOW  2026-09 REPORT_MISSING 330411 r1 "
              + "秀洲区 2026年9月应报企业 2 家，已报 1 家，未报 1 家（报送率 50.0%），报送截止日 2026年10月12日，"
              + "嘉兴迟报机械有限公司尚未报送，请督促按时报送。\n");

          clock.now.set(Instant.parse("2026-10-12T16:00:00Z"));
          await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.cli(alerts).out().contains("r2"));
          assertThat(pipeline.cli(alerts).out()).contains("RED     2026-09 REPORT_MISSING 330411 r2 ",
              "报送截止日 2026年10月12日已过：嘉兴迟报机械有限公司未报，请催报。");

          publish(pipeline, reports, LATE, report(LATE));
          await().atMost(Duration.ofMinutes(1)).until(() -> pipeline.cli(alerts).out().contains("r3"));
          assertThat(pipeline.cli(alerts).out().lines().toList()).hasSize(3).last().isEqualTo(
              "CLEARED 2026-09 REPORT_MISSING 330411 r3 秀洲区 2026年9月催报撤销：应报企业均已报送。");
          assertThat(pipeline.cli(missing).out()).contains("应报 2, 已报 2, 未报 0, 报送率 100.0%");
        }
      }
      assertThat(failure.get()).isNull();
    }
  }

  private static Enterprise enterprise(String code, String name, boolean aboveScale) {
    return Enterprise.newBuilder().setCreditCode(code).setName(name).setDistrictCode("330411").setTown("新塍镇")
        .setIndustryCode("C3484").setTags(List.of()).setAboveScale(aboveScale).setKeyEnergyUser(false).build();
  }

  private static MonthlyReport report(String code) {
    long output = 100_000_000L;
    return MonthlyReport.newBuilder().setCreditCode(code).setPeriod("2026-09").setRevision(0)
        .setSubmittedAt(ACCEPTED_UNTIL).setSource("test").setOutputValueYuan(output).setValueAddedYuan(output / 5)
        .setRevenueYuan(output).setProfitYuan(output / 10).setTaxYuan(output / 20).setEnergyKgce(output / 125)
        .setElectricityKwh(output / 125).setEmployees(100).setRdExpenseYuan(0).setExportValueYuan(0).build();
  }

  private static <V extends SpecificRecord> void publish(TestPipeline pipeline, String topic, String key, V value)
      throws Exception {
    @SuppressWarnings("unchecked")
    Class<V> type = (Class<V>) value.getClass();
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(pipeline.kafka().producer("test"),
        new StringSerializer(), pipeline.serdes().value(type).serializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }
}
