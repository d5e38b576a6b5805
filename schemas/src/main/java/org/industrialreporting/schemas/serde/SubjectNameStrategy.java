package org.industrialreporting.schemas.serde;

import org.apache.avro.Schema;

/** How a topic's keys or values map to a registry subject; the names follow Confluent's strategies. */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} / {@code <topic>-value}: one evolving schema per topic (the default). */
  TOPIC_NAME("TopicNameStrategy") {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return topic + (isKey ? "-key" : "-value");
    }
  },
  /** The record's full name: one schema per record type, whatever topic it is on. */
  RECORD_NAME("RecordNameStrategy") {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return schema.getFullName();
    }
  },
  /** {@code <topic>-<record full name>}: several record types per topic, each evolving on its own. */
  TOPIC_RECORD_NAME("TopicRecordNameStrategy") {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return topic + "-" + schema.getFullName();
    }
  };

  private final String confluentClass; // simple name of Confluent's class for the same strategy

  SubjectNameStrategy(String confluentClass) {
    this.confluentClass = confluentClass;
  }

  public abstract String subject(String topic, boolean isKey, Schema schema);

  /**
   * The strategy a client property names: Confluent's class name (as in
   * {@code value.subject.name.strategy=io.confluent.kafka.serializers.subject.RecordNameStrategy}), its simple
   * name, or one of ours ({@code RECORD_NAME}).
   */
  public static SubjectNameStrategy fromConfig(String name) {
    String simple = name.trim().substring(name.trim().lastIndexOf('.') + 1);
    for (SubjectNameStrategy strategy : values()) {
      if (strategy.name().equalsIgnoreCase(simple) || strategy.confluentClass.equals(simple)) {
        return strategy;
      }
    }
    throw new IllegalArgumentException("Unknown subject name strategy '" + name + "'; one of TopicNameStrategy,"
        + " RecordNameStrategy, TopicRecordNameStrategy (io.confluent.kafka.serializers.subject.*) expected");
  }
}
