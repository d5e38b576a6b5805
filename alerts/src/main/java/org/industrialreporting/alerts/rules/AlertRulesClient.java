package org.industrialreporting.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.AcknowledgedSend;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSnapshot;

/**
 * The alert rules on their compacted topic: listed as they are now, set, deleted (a tombstone: the next less
 * specific rule applies again, for a default key the built-in default), and the defaults written where absent.
 * Every write waits for the broker's acknowledgement.
 */
public final class AlertRulesClient {

  private final KafkaSettings kafka;
  private final String topic;
  private final Serde<AlertRule> serde;

  public AlertRulesClient(KafkaSettings kafka, String topic, Serde<AlertRule> serde) {
    this.kafka = kafka;
    this.topic = topic;
    this.serde = serde;
  }

  /** The rules on the topic now, by key. */
  public Map<String, AlertRule> list() {
    Map<String, AlertRule> rules = new TreeMap<>();
    TopicSnapshot.read(kafka, topic, serde.deserializer(), (key, rule) -> {
      if (rule == null) {
        rules.remove(key);
      } else {
        rules.put(key, rule);
      }
    });
    return rules;
  }

  /** The rules in force: those on the topic over the defaults. */
  public RuleBook inForce() {
    return RuleBook.of(list().values());
  }

  /** Writes a rule under its key; returns the key. */
  public String set(AlertRule rule) {
    String key = TopicKeys.alertRule(rule);
    write(List.of(new ProducerRecord<>(topic, key, rule)));
    return key;
  }

  /** Removes the rule of a key. */
  public void delete(String key) {
    write(List.of(new ProducerRecord<>(topic, key, null)));
  }

  /** Writes the default rule of every kind whose catch-all key the topic lacks; returns the keys written. */
  public List<String> ensureDefaults() {
    Map<String, AlertRule> present = list();
    List<ProducerRecord<String, AlertRule>> missing = new ArrayList<>();
    for (AlertRule rule : DefaultAlertRules.all()) {
      String key = TopicKeys.alertRule(rule);
      if (!present.containsKey(key)) {
        missing.add(new ProducerRecord<>(topic, key, rule));
      }
    }
    write(missing);
    return missing.stream().map(ProducerRecord::key).toList();
  }

  private void write(List<ProducerRecord<String, AlertRule>> records) {
    if (records.isEmpty()) {
      return;
    }
    try (KafkaProducer<String, AlertRule> producer = new KafkaProducer<>(kafka.producer("reporting-rules"),
        new StringSerializer(), serde.serializer())) {
      AcknowledgedSend.send(producer, topic, records, "alert rules");
    }
  }
}
