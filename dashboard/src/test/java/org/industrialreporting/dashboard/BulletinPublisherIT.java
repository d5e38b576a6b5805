package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.dashboard.bulletin.BulletinPublisher;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewConsumer;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.TopicSnapshot;
import org.industrialreporting.testing.SharedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletins produced by themselves on the shared broker, from the real streams application's output: once
 * September's reporting deadline has passed, revision 1; a correction, revision 2 marked as such; a restarted
 * dashboard, reading everything from the topics again, sends nothing.
 */
@ExtendWith(SharedKafka.class)
class BulletinPublisherIT {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Duration INTERVAL = Duration.ofMillis(100);
  /** A day after September's reports were due (end of 10 October in Beijing). */
  private static final Clock AFTER_DEADLINE = Clock.fixed(Instant.parse("2026-10-11T02:00:00Z"), ZoneOffset.UTC);
  private static final YearMonth SEPTEMBER = SmallWorld.LAST;

  @Test
  void afterTheDeadlineOneRevisionThenARevisionPerCorrectionAndARestartSendsNothingAgain(EmbeddedKafka broker,
      TestInfo test, @TempDir Path dir) throws Exception {
    try (Pipeline pipeline = new Pipeline(broker, test).loadSmallWorld()) {
      DashboardServer dashboard = pipeline.dashboard();
      int reports = SmallWorld.reports().size();
      await().atMost(WAIT).until(() -> dashboard.model().read(view -> view.enterprises().size()) == reports);
      awaitQuiet(dashboard.model()); // the rollups, targets and park reports follow the reports in force
      EvaluationRulesFile rules = EvaluationRulesFile.defaultsOnly();

      try (BulletinPublisher publisher = BulletinPublisher.start(pipeline.kafka, pipeline.topics, pipeline.serdes,
          dashboard.model(), dashboard.status(), AFTER_DEADLINE, INTERVAL, rules, dir)) {
        List<BulletinRevision> first = await().atMost(WAIT).until(() -> bulletins(pipeline), l -> !l.isEmpty());
        assertThat(first).extracting(BulletinRevision::getBulletinId, BulletinRevision::getRevision)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("330411|2026-09", 1));
        assertThat(first.get(0).getMarkdown()).startsWith("# 秀洲区2026年9月工业经济与能源运行通报");
        // The files follow the record once Kafka acknowledged it.
        await().atMost(WAIT).until(() -> files(dir).size() == 4);
        assertThat(files(dir)).containsExactly("bulletin-330411-2026-09-r1.csv", "bulletin-330411-2026-09-r1.html",
            "bulletin-330411-2026-09-r1.md", "bulletin-330411-2026-09-r1.xlsx");
        Thread.sleep(20 * INTERVAL.toMillis()); // passes over unchanged content
        assertThat(bulletins(pipeline)).hasSize(1);

        // Enterprise 1 corrects September: twice the output.
        long output = SmallWorld.reports().stream().filter(r -> r.getCreditCode().equals(SmallWorld.code(1))
            && r.getPeriod().equals(SEPTEMBER.toString())).findFirst().orElseThrow().getOutputValueYuan();
        pipeline.send(pipeline.topics.indicatorReports(), TopicKeys.enterprise(SmallWorld.code(1)),
            SmallWorld.report(1, SEPTEMBER, 2, 2 * output));
        awaitQuiet(dashboard.model());
        List<BulletinRevision> second = await().atMost(WAIT).until(() -> bulletins(pipeline), l -> l.size() == 2);
        BulletinRevision revision = second.get(1);
        assertThat(revision.getRevision()).isEqualTo(2);
        assertThat(revision.getTitle()).endsWith("（修订 2）");
        assertThat(revision.getChanges()).anySatisfy(c -> assertThat(c).startsWith("工业总产值（2026年1–9月）："))
            .contains("「一、主要指标」有更新");
        assertThat(revision.getMarkdown()).contains("**修订说明**（修订 2）");
        await().atMost(WAIT).until(() -> files(dir).size() == 8);
      }

      // A restart: a new view read from the topics and a new publisher send nothing they sent before.
      ReadModel restartedModel = new ReadModel(DistrictNames.builtIn());
      try (ViewConsumer view = ViewConsumer.start(pipeline.kafka, new ViewTopics(pipeline.topics,
          pipeline.applicationId, pipeline.serdes), restartedModel, new SimpleMeterRegistry(), e -> { });
          BulletinPublisher restarted = BulletinPublisher.start(pipeline.kafka, pipeline.topics, pipeline.serdes,
              restartedModel, view, AFTER_DEADLINE, INTERVAL, rules, dir)) {
        await().atMost(WAIT).until(view::ready);
        Thread.sleep(30 * INTERVAL.toMillis());
      }
      assertThat(bulletins(pipeline)).extracting(BulletinRevision::getRevision).containsExactly(1, 2);
      assertThat(files(dir)).hasSize(8);
      assertThat(pipeline.failure()).isNull();
    }
  }

  /** Waits until the view has not changed for two seconds: the streams application has caught up. */
  private static void awaitQuiet(ReadModel model) throws InterruptedException {
    long version;
    do {
      version = model.version();
      Thread.sleep(2_000);
    } while (model.version() != version);
  }

  private static List<BulletinRevision> bulletins(Pipeline pipeline) {
    List<BulletinRevision> records = new ArrayList<>();
    TopicSnapshot.read(pipeline.kafka, pipeline.topics.bulletins().name(),
        pipeline.serdes.value(BulletinRevision.class).deserializer(), (key, value) -> records.add(value));
    return records;
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".partial")).sorted().toList();
    }
  }
}
