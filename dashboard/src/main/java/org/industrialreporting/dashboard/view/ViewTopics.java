package org.industrialreporting.dashboard.view;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.ledger.LedgerCodec;

/** The topics the view reads, what each carries, and how its values are decoded. */
public final class ViewTopics {

  private final Map<String, ViewSource> sources = new HashMap<>();
  private final Map<ViewSource, Deserializer<?>> decoders = new EnumMap<>(ViewSource.class);

  /**
   * @param streamsApplicationId the streams application whose ledger changelog holds the accepted reports
   */
  public ViewTopics(TopicCatalog catalog, String streamsApplicationId, AvroSerdes serdes) {
    sources.put(catalog.parkRegistry().name(), ViewSource.PARK_REGISTRY);
    sources.put(catalog.enterpriseRegistry().name(), ViewSource.ENTERPRISE_REGISTRY);
    sources.put(catalog.districtRollups().name(), ViewSource.DISTRICT_ROLLUPS);
    sources.put(catalog.parkRollups().name(), ViewSource.PARK_ROLLUPS);
    sources.put(catalog.townRollups().name(), ViewSource.TOWN_ROLLUPS);
    sources.put(catalog.industryRollups().name(), ViewSource.INDUSTRY_ROLLUPS);
    sources.put(catalog.anomalyAlerts().name(), ViewSource.ANOMALY_ALERTS);
    sources.put(catalog.rejectedReports().name(), ViewSource.REJECTED_REPORTS);
    sources.put(catalog.alertRules().name(), ViewSource.ALERT_RULES);
    sources.put(catalog.bulletins().name(), ViewSource.BULLETINS);
    sources.put(ledgersTopic(streamsApplicationId), ViewSource.ENTERPRISE_LEDGERS);
    for (ViewSource source : ViewSource.values()) {
      if (source.valueType() != null) {
        decoders.put(source, serdes.value(source.valueType()).deserializer());
      }
    }
    decoders.put(ViewSource.ENTERPRISE_LEDGERS, new LedgerCodec());
  }

  /**
   * The changelog topic of the streams application's {@value RollupTopology#LEDGER_STORE}, named as Kafka Streams
   * names changelogs: {@code <application id>-<store>-changelog}.
   */
  public static String ledgersTopic(String streamsApplicationId) {
    return streamsApplicationId + "-" + RollupTopology.LEDGER_STORE + "-changelog";
  }

  /** Every topic the view reads. */
  public Set<String> names() {
    return Set.copyOf(sources.keySet());
  }

  public ViewSource source(String topic) {
    ViewSource source = sources.get(topic);
    if (source == null) {
      throw new IllegalArgumentException("The view does not read topic " + topic);
    }
    return source;
  }

  /** The record as the view takes it: its value decoded, or null for a tombstone and for counted-only topics. */
  public ViewRecord decode(String topic, String key, byte[] value) {
    ViewSource source = source(topic);
    Deserializer<?> decoder = decoders.get(source);
    return new ViewRecord(source, key, value == null || decoder == null ? null : decoder.deserialize(topic, value));
  }
}
