package org.industrialreporting.alerts.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apache.avro.Schema;
import org.industrialreporting.avro.AnomalyAlert;

/**
 * An alert as the JSON object a webhook receives: the fields of {@code AnomalyAlert} under their own names, enums
 * as their names, {@code detected_at} as an ISO-8601 instant, absent values as null. Figures stay exact integers.
 */
public final class AlertJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertJson() {
  }

  public static String of(AnomalyAlert alert) {
    ObjectNode node = JSON.createObjectNode();
    for (Schema.Field field : alert.getSchema().getFields()) {
      Object value = alert.get(field.pos());
      if (value == null) {
        node.putNull(field.name());
      } else if (value instanceof Number || value instanceof Boolean) {
        node.set(field.name(), JSON.valueToTree(value));
      } else if (value instanceof Instant instant) {
        node.put(field.name(), instant.toString());
      } else {
        node.put(field.name(), value.toString());
      }
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An alert could not be written as JSON", e);
    }
  }

  /** The key receivers de-duplicate by: {@code alert_id|status|revision}, one per record ever sent. */
  public static String idempotencyKey(AnomalyAlert alert) {
    return alert.getAlertId() + "|" + alert.getStatus() + "|" + alert.getRevision();
  }
}
