package org.industrialreporting.producers.simulator;

import java.time.Duration;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.publish.PublishBatch;
import org.industrialreporting.producers.publish.Publisher;

/**
 * Publishes a simulated world straight to the topics, through the same {@link Publisher} as submit and the
 * intake: the registries first (parks, then enterprises) and the targets, all acknowledged before any report is
 * sent, so that the streams application knows them first; then the park reports and the enterprise reports month after month.
 * Records keep the simulator's revisions (its submission times), so publishing a world twice changes nothing and
 * any later submission corrects it.
 */
public final class WorldPublisher {

  /** Called after each month of reports with the reports published so far. */
  @FunctionalInterface
  public interface Progress {
    void month(YearMonth period, long reportsPublished);
  }

  /** What was published, and how long it took until the last acknowledgement. */
  public record Published(long parks, long enterprises, long targets, long parkReports, long reports,
      Duration elapsed) {

    public long records() {
      return parks + enterprises + targets + parkReports + reports;
    }
  }

  private final TopicCatalog topics;
  private final Publisher publisher;
  private final Duration ackTimeout;

  public WorldPublisher(TopicCatalog topics, Publisher publisher, Duration ackTimeout) {
    this.topics = topics;
    this.publisher = publisher;
    this.ackTimeout = ackTimeout;
  }

  /** Publishes the world with its reports from {@code from} to {@code to}. */
  public Published publish(Simulation simulation, YearMonth from, YearMonth to, Progress progress) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("the first month " + from + " is after the last " + to);
    }
    long started = System.nanoTime();
    PublishBatch batch = publisher.batch();
    long parks = publishAll(batch, simulation.parks().stream(), this::park);
    long enterprises = publishAll(batch, simulation.enterprises(), this::enterprise);
    long targets = publishAll(batch, Stream.iterate(from.getYear(), y -> y <= to.getYear(), y -> y + 1)
        .flatMap(year -> simulation.targets(year).stream()), this::target);
    batch.awaitAcknowledged(ackTimeout);
    long parkReports = 0;
    long reports = 0;
    for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
      parkReports += publishAll(batch, simulation.parkReports(period), this::parkReport);
      reports += publishAll(batch, simulation.reports(period), this::report);
      progress.month(period, reports);
    }
    batch.awaitAcknowledged(ackTimeout);
    return new Published(parks, enterprises, targets, parkReports, reports,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static <T> long publishAll(PublishBatch batch, Stream<T> records, Sender<T> sender) {
    long[] count = {0};
    records.forEach(record -> {
      sender.send(batch, record);
      count[0]++;
    });
    return count[0];
  }

  @FunctionalInterface
  private interface Sender<T> {
    void send(PublishBatch batch, T record);
  }

  private void park(PublishBatch batch, Park park) {
    batch.send(topics.parkRegistry(), TopicKeys.park(park), park, "simulated park " + park.getParkId());
  }

  private void enterprise(PublishBatch batch, Enterprise enterprise) {
    batch.send(topics.enterpriseRegistry(), TopicKeys.enterprise(enterprise), enterprise,
        "simulated enterprise " + enterprise.getCreditCode());
  }

  private void target(PublishBatch batch, Target target) {
    batch.send(topics.targets(), TopicKeys.target(target), target, "simulated target " + TopicKeys.target(target));
  }

  private void parkReport(PublishBatch batch, ParkReport report) {
    batch.send(topics.parkReports(), TopicKeys.parkReport(report), report,
        "simulated park report " + report.getParkId() + " " + report.getPeriod());
  }

  private void report(PublishBatch batch, MonthlyReport report) {
    batch.send(topics.indicatorReports(), TopicKeys.report(report), report,
        "simulated report " + report.getCreditCode() + " " + report.getPeriod());
  }
}
