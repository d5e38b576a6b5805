package org.industrialreporting.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application: starts it, reports when it fails, and closes it. An uncaught exception shuts
 * the client down (its tasks move to the other instances) and is reported to {@code onFailure}, so that the
 * process can exit non-zero instead of lingering without work. Local state is never wiped on start; resetting
 * is an explicit operator action.
 */
public final class StreamsRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

  private final KafkaStreams streams;

  private StreamsRunner(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Starts the topology; {@code onFailure} hears of an error that stopped it. */
  public static StreamsRunner start(Topology topology, Properties props, Consumer<Throwable> onFailure) {
    KafkaStreams streams = new KafkaStreams(topology, props);
    String id = props.getProperty(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("Streams application {} failed", id, e);
      onFailure.accept(e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> {
      log.info("Streams application {}: {} -> {}", id, before, now);
      if (now == KafkaStreams.State.ERROR) {
        onFailure.accept(new IllegalStateException("Streams application " + id + " is in state ERROR"));
      }
    });
    streams.start();
    return new StreamsRunner(streams);
  }

  /** Waits until the application runs (or fails); returns whether it runs. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      KafkaStreams.State state = streams.state();
      if (state == KafkaStreams.State.RUNNING) {
        return true;
      }
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
        return false;
      }
      Thread.sleep(50); // polling a state machine, not waiting for time to pass
    }
    return false;
  }

  /** The running application, for interactive queries and metrics. */
  public KafkaStreams streams() {
    return streams;
  }

  /**
   * Stops the application and leaves the group, so that the others (or this instance started again) take its tasks
   * over at once rather than after the session timeout.
   */
  @Override
  public void close() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
