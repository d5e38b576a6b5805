package org.industrialreporting.launcher.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.launcher.Cli;
import org.industrialreporting.launcher.TestPipeline;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code simulate --publish}: a world straight to the topics, through the publishing path of submit. */
@ExtendWith(SharedKafka.class)
class SimulatePublishIT {

  @Test
  void publishesAWorldRegistriesFirstAndEveryRecordAcknowledged(EmbeddedKafka kafka, TestInfo test) {
    try (TestPipeline pipeline = TestPipeline.start(kafka, TestNames.prefix(test))) {
      assertThat(WorldLoad.inputTopicsEmpty(pipeline.kafka(), pipeline.topics())).isTrue();

      Cli.Run run = pipeline.cli("simulate", "--publish", "--world", "national", "--enterprises", "300",
          "--from", "2026-08", "--to", "2026-09");

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("Published 2,500 parks, 300 enterprises, 5,000 targets, 5,000 park reports and");
      assertThat(pipeline.records(pipeline.topics().parkRegistry())).hasSize(2_500);
      assertThat(pipeline.records(pipeline.topics().enterpriseRegistry())).hasSize(300);
      assertThat(pipeline.records(pipeline.topics().parkReports())).hasSize(5_000);
      int reports = pipeline.records(pipeline.topics().indicatorReports()).size();
      assertThat(reports).isBetween(500, 600);
      assertThat(run.out()).contains(String.format("and %,d reports", reports));
      assertThat(WorldLoad.inputTopicsEmpty(pipeline.kafka(), pipeline.topics())).isFalse();
    }
  }
}
