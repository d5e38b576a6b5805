package org.industrialreporting.alerts.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;

/**
 * A record as the JSON object a webhook receives: the fields of its schema under their own names, enums as their
 * names, instants in ISO-8601, maps as objects, arrays as arrays, absent values as null. Figures stay exact integers.
 */
public final class WebhookJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookJson() {
  }

  public static String of(SpecificRecord record) {
    ObjectNode node = JSON.createObjectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A " + record.getSchema().getName() + " could not be written as JSON", e);
    }
  }

  private static JsonNode value(Object value) {
    if (value == null) {
      return JSON.nullNode();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return JSON.valueToTree(value);
    }
    if (value instanceof Instant instant) {
      return JSON.getNodeFactory().textNode(instant.toString());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.createObjectNode();
      map.forEach((k, v) -> object.set(k.toString(), value(v)));
      return object;
    }
    if (value instanceof Collection<?> list) {
      var array = JSON.createArrayNode();
      list.forEach(item -> array.add(value(item)));
      return array;
    }
    return JSON.getNodeFactory().textNode(value.toString());
  }

  /** The key receivers de-duplicate an alert by: {@code alert_id|status|revision}, one per record ever sent. */
  public static String idempotencyKey(AnomalyAlert alert) {
    return alert.getAlertId() + "|" + alert.getStatus() + "|" + alert.getRevision();
  }

  /** The key receivers de-duplicate a bulletin by: {@code BULLETIN|district_code|period|revision}. */
  public static String idempotencyKey(BulletinRevision bulletin) {
    return "BULLETIN|" + bulletin.getBulletinId() + "|" + bulletin.getRevision();
  }
}
