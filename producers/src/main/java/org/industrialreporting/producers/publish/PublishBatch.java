package org.industrialreporting.producers.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.industrialreporting.kafka.TopicSpec;

/**
 * The records of one submission (a file, a request, a simulated world) on the shared producer, with their
 * acknowledgements counted: {@link #awaitAcknowledged} succeeds only when every record sent through this batch
 * was acknowledged, and otherwise names the ones that failed. Thread-safe.
 */
public final class PublishBatch implements RecordSink {

  private static final int FAILURES_NAMED = 10;

  private final KafkaProducer<String, byte[]> producer;
  private final Publisher publisher;
  private final Object lock = new Object();
  private long sent;
  private long pending;
  private long failed;
  private final List<String> failures = new ArrayList<>();
  private Exception firstFailure;

  PublishBatch(KafkaProducer<String, byte[]> producer, Publisher publisher) {
    this.producer = producer;
    this.publisher = publisher;
  }

  @Override
  public <V extends SpecificRecord> void send(TopicSpec<String, V> topic, String key, V value, String label) {
    byte[] bytes;
    try {
      bytes = publisher.serializer(topic.valueType()).serialize(topic.name(), value);
    } catch (RuntimeException e) {
      throw new PublishException("Cannot serialize " + label + " for " + topic.name() + ": " + e.getMessage(), e);
    }
    synchronized (lock) {
      if (failed > 0) {
        // The batch has failed already: stop early instead of waiting on a broken cluster for every record.
        throw failure();
      }
      sent++;
      pending++;
    }
    try {
      producer.send(new ProducerRecord<>(topic.name(), key, bytes), (metadata, error) -> acknowledged(label, error));
    } catch (KafkaException e) {
      acknowledged(label, e);
      throw new PublishException("Cannot send " + label + " to " + topic.name() + ": " + e.getMessage(), e);
    }
  }

  private void acknowledged(String label, Exception error) {
    synchronized (lock) {
      pending--;
      if (error != null) {
        failed++;
        if (failures.size() < FAILURES_NAMED) {
          failures.add(label + " (" + error.getMessage() + ")");
        }
        if (firstFailure == null) {
          firstFailure = error;
        }
      }
      lock.notifyAll();
    }
  }

  @Override
  public void awaitAcknowledged(Duration timeout) {
    producer.flush();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (pending > 0) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
          throw new PublishException(pending + " of " + sent + " records were not acknowledged within "
              + timeout.toSeconds() + " s; they may still arrive", null);
        }
        try {
          lock.wait(remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new PublishException("Interrupted while waiting for " + pending + " acknowledgements", e);
        }
      }
      if (failed > 0) {
        throw failure();
      }
    }
  }

  private PublishException failure() {
    return new PublishException(failed + " of " + sent + " records were not published: " + String.join("; ", failures)
        + (failed > failures.size() ? "; and " + (failed - failures.size()) + " more" : ""), firstFailure);
  }

  @Override
  public boolean publishes() {
    return true;
  }

  /** Records sent through this batch so far. */
  public long sent() {
    synchronized (lock) {
      return sent;
    }
  }
}
