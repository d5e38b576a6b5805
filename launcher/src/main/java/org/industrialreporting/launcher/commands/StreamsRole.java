package org.industrialreporting.launcher.commands;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsRunner;
import org.industrialreporting.streams.StreamsSettings;

/** Starting the streams application as a service of a process; shared by {@code streams} and {@code run}. */
final class StreamsRole {

  private StreamsRole() {
  }

  /**
   * Starts the application and binds its metrics (Kafka Streams' own, with its clients', among them the records
   * each topic received and each sink produced) to the process's.
   */
  static StreamsRunner start(ServiceGroup services, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      StreamsSettings settings, ReportRules rules, ProcessMetrics metrics, LaunchContext context)
      throws InterruptedException {
    RollupTopology topology = new RollupTopology(topics, serdes, rules, settings);
    Properties props = topology.properties(kafka);
    StreamsRunner runner = services.add("streams application", StreamsRunner.start(topology.build(props), props,
        failure -> services.fail("streams application", failure)));
    KafkaStreamsMetrics streamsMetrics = services.add("streams metrics", new KafkaStreamsMetrics(runner.streams()));
    streamsMetrics.bindTo(metrics.registry());
    if (!runner.awaitRunning(Duration.ofMinutes(2))) {
      context.err().println("warning: the streams application is not running yet (state "
          + runner.streams().state() + ")");
    }
    context.out().println("Streams application: " + settings.applicationId() + " (state in "
        + settings.stateDir().toAbsolutePath() + ")");
    return runner;
  }
}
