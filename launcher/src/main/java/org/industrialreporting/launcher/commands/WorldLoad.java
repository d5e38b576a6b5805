package org.industrialreporting.launcher.commands;

import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.industrialreporting.kafka.KafkaOperationException;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ProgressIndicator;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.producers.publish.Publisher;
import org.industrialreporting.producers.simulator.Simulation;
import org.industrialreporting.producers.simulator.WorldPublisher;
import org.industrialreporting.schemas.serde.AvroSerdes;

/** Publishing a simulated world to the topics: {@code simulate --publish}, and the demo data {@code run} loads. */
final class WorldLoad {

  private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private WorldLoad() {
  }

  /** Publishes the world with its reports from {@code from} to {@code to}, showing the months as they go. */
  static WorldPublisher.Published publish(Simulation simulation, YearMonth from, YearMonth to, KafkaSettings kafka,
      TopicCatalog topics, AvroSerdes serdes, LaunchContext context) {
    Publisher.requireTopics(kafka, topics);
    ProgressIndicator progress = ProgressIndicator.on(context.err());
    long months = from.until(to, ChronoUnit.MONTHS) + 1;
    try (Publisher publisher = Publisher.open(kafka, serdes, "reporting-simulator")) {
      WorldPublisher.Published published = new WorldPublisher(topics, publisher, ACK_TIMEOUT).publish(simulation,
          from, to, (period, reports) -> progress.show("Publishing " + period, "reports", reports,
              (double) (from.until(period, ChronoUnit.MONTHS) + 1) / months));
      progress.finish();
      return published;
    }
  }

  /**
   * {@code run}'s demo data: the demo world, published once the streams application runs so that its rollups
   * appear at once, unless the registry or report topics hold records already (a restart, or a cluster in use).
   */
  static void loadDemoIfEmpty(KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes, LaunchContext context) {
    if (!inputTopicsEmpty(kafka, topics)) {
      context.out().println("Demo data: not loaded, the topics hold data already");
      return;
    }
    Simulation demo = Simulation.demo(Simulation.DEFAULT_SEED);
    WorldPublisher.Published published = publish(demo, demo.defaultFrom(), demo.defaultTo(), kafka, topics, serdes,
        context);
    context.out().printf("Demo data: %,d enterprises, %,d parks, %,d targets, %,d park reports, %,d reports"
        + " (%s to %s) loaded in %.1f s%n", published.enterprises(), published.parks(), published.targets(),
        published.parkReports(), published.reports(), demo.defaultFrom(), demo.defaultTo(),
        published.elapsed().toMillis() / 1000.0);
  }

  /** Whether the registry and report topics hold no record at all. */
  static boolean inputTopicsEmpty(KafkaSettings kafka, TopicCatalog topics) {
    List<String> names = List.of(topics.enterpriseRegistry().name(), topics.parkRegistry().name(),
        topics.indicatorReports().name(), topics.parkReports().name());
    try (Admin admin = Admin.create(kafka.admin("reporting-demo-check"))) {
      Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> latest = described.values().stream()
          .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
          .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return offsets.values().stream().allMatch(o -> o.offset() == 0);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaOperationException("Cannot read the offsets of " + names + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaOperationException("Interrupted while reading the offsets of " + names, e);
    }
  }
}
