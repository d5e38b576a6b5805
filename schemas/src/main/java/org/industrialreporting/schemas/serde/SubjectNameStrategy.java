package org.industrialreporting.schemas.serde;

import org.apache.avro.Schema;

/** How a topic's keys or values map to a registry subject; the names follow Confluent's strategies. */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} / {@code <topic>-value}: one evolving schema per topic (the default). */
  TOPIC_NAME {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return topic + (isKey ? "-key" : "-value");
    }
  },
  /** The record's full name: one schema per record type, whatever topic it is on. */
  RECORD_NAME {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return schema.getFullName();
    }
  },
  /** {@code <topic>-<record full name>}: several record types per topic, each evolving on its own. */
  TOPIC_RECORD_NAME {
    @Override
    public String subject(String topic, boolean isKey, Schema schema) {
      return topic + "-" + schema.getFullName();
    }
  };

  public abstract String subject(String topic, boolean isKey, Schema schema);
}
