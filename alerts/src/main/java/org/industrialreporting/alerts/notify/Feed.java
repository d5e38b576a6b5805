package org.industrialreporting.alerts.notify;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Deserializer;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;

/**
 * One topic the webhook notifier delivers: how its values decode, which of them it delivers, and what a webhook
 * receives of each (a JSON body and the key receivers de-duplicate by).
 */
public record Feed<V>(String topic, Deserializer<V> values, Predicate<V> wanted, Function<V, String> json,
    Function<V, String> idempotencyKey) {

  /** The anomaly alerts (and 催报 notices) that pass the filter. */
  public static Feed<AnomalyAlert> alerts(String topic, Deserializer<AnomalyAlert> values, AlertFilter filter) {
    return new Feed<>(topic, values, filter::matches, WebhookJson::of, WebhookJson::idempotencyKey);
  }

  /** The monthly bulletins' revisions, of the districts given (every district when empty). */
  public static Feed<BulletinRevision> bulletins(String topic, Deserializer<BulletinRevision> values,
      Set<String> districts) {
    return new Feed<>(topic, values, b -> districts.isEmpty() || districts.contains(b.getDistrictCode()),
        WebhookJson::of, WebhookJson::idempotencyKey);
  }

  /** What to POST for a record's value; null for a tombstone or a value not wanted. */
  WebhookClient.Outbound outbound(byte[] bytes) {
    V value = bytes == null ? null : values.deserialize(topic, bytes);
    return value == null || !wanted.test(value) ? null
        : new WebhookClient.Outbound(json.apply(value), idempotencyKey.apply(value));
  }
}
