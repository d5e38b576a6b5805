package org.industrialreporting.dashboard.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSnapshot;

/**
 * A read model filled once from some of the view's topics, each read to the end it has now: for a command that
 * answers one question and exits, where the dashboard follows the topics instead.
 */
public final class ViewSnapshot {

  private ViewSnapshot() {
  }

  /** Reads the topics of {@code sources} into {@code model}, one topic after the other. */
  public static ReadModel read(KafkaSettings kafka, ViewTopics topics, ReadModel model, Set<ViewSource> sources) {
    for (String topic : topics.names()) {
      if (sources.contains(topics.source(topic))) {
        List<ViewRecord> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TopicSnapshot.records(kafka, topic)) {
          batch.add(topics.decode(topic, record.key(), record.value()));
        }
        model.apply(batch);
      }
    }
    return model;
  }
}
