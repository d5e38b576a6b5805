package org.industrialreporting.producers.submission;

import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.producers.publish.RecordSink;

/**
 * An accepted record and where it goes: its topic and its key ({@code TopicKeys}).
 *
 * @param <V> the record's Avro class
 */
record Publication<V extends SpecificRecord>(TopicSpec<String, V> topic, String key, V value) {

  void sendTo(RecordSink sink, String label) {
    sink.send(topic, key, value, label);
  }
}
