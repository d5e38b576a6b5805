package org.industrialreporting.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.kafka.KafkaSettings;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

  private final StreamsSettings settings = StreamsSettings.defaults(Path.of("state"));

  @Test
  void tunesTheApplicationsClients() {
    Properties props = settings.properties(KafkaSettings.of("broker:9092"));

    assertThat(props).containsEntry("producer.compression.type", "lz4").containsEntry("producer.linger.ms", 5)
        .containsEntry("consumer.max.poll.records", 2000);
  }

  @Test
  void pollsNoLongerThanTheTickSoThatALoneCorrectionsCommitsRunOnTime() {
    assertThat(settings.properties(KafkaSettings.of("broker:9092"))).containsEntry("poll.ms", 5L);
    assertThat(settings.properties(new KafkaSettings("broker:9092", Map.of("poll.ms", "50"))))
        .containsEntry("poll.ms", "50");
  }

  @Test
  void leavesWhatTheOperatorChoseForTheClients() {
    Properties props = settings.properties(new KafkaSettings("broker:9092",
        Map.of("compression.type", "zstd", "consumer.max.poll.records", "500")));

    assertThat(props).containsEntry("compression.type", "zstd").doesNotContainKey("producer.compression.type")
        .containsEntry("consumer.max.poll.records", "500").containsEntry("producer.linger.ms", 5);
  }
}
