package org.industrialreporting.producers.publish;

import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.kafka.TopicSpec;

/**
 * Where the records of one submission go: a {@link PublishBatch} of a Kafka producer, or nowhere for a dry run.
 * Not thread-safe unless the implementation says so; one per submission.
 */
public interface RecordSink {

  /**
   * Sends one record.
   *
   * @param label what the record is, for error messages, e.g. {@code reports.csv:12}
   * @throws PublishException when the record cannot even be handed to the producer (serialization, Schema
   *     Registry, or the cluster not reachable for longer than the producer waits)
   */
  <V extends SpecificRecord> void send(TopicSpec<String, V> topic, String key, V value, String label);

  /**
   * Waits until every record sent so far is acknowledged by the cluster.
   *
   * @throws PublishException naming the records that failed, or when the acknowledgements do not come in time
   */
  void awaitAcknowledged(Duration timeout);

  /** Whether records really reach a topic (false for a dry run). */
  boolean publishes();

  /** A sink that drops every record: validation without publishing. */
  static RecordSink discard() {
    return new RecordSink() {
      @Override
      public <V extends SpecificRecord> void send(TopicSpec<String, V> topic, String key, V value, String label) {
        // a dry run publishes nothing
      }

      @Override
      public void awaitAcknowledged(Duration timeout) {
        // nothing was sent
      }

      @Override
      public boolean publishes() {
        return false;
      }
    };
  }
}
