package org.industrialreporting.producers.submission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.producers.publish.RecordSink;

/** A sink that keeps what it is sent, for tests without Kafka. */
public final class RecordingSink implements RecordSink {

  /** One record as sent. */
  public record Sent(String topic, String key, SpecificRecord value, String label) {
  }

  private final List<Sent> sent = new ArrayList<>();
  private int awaited;

  @Override
  public <V extends SpecificRecord> void send(TopicSpec<String, V> topic, String key, V value, String label) {
    sent.add(new Sent(topic.name(), key, value, label));
  }

  @Override
  public void awaitAcknowledged(Duration timeout) {
    awaited++;
  }

  @Override
  public boolean publishes() {
    return true;
  }

  public List<Sent> sent() {
    return sent;
  }

  public List<Sent> to(String topic) {
    return sent.stream().filter(s -> s.topic().equals(topic)).toList();
  }

  /** How often acknowledgements were awaited. */
  public int awaited() {
    return awaited;
  }
}
