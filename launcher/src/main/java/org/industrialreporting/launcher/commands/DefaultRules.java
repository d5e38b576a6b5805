package org.industrialreporting.launcher.commands;

import java.util.List;
import org.industrialreporting.alerts.rules.AlertRulesClient;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * Writes the default alert rules that {@code alert-rules} lacks, so that {@code rules list} shows every rule in
 * force; part of preparing a cluster ({@code setup}, {@code run}), whose principal may write the rules. The streams
 * application applies the same defaults to kinds the topic has no rule for, so it needs to write none.
 */
final class DefaultRules {

  private DefaultRules() {
  }

  static void ensure(KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes, LaunchContext context) {
    List<String> written = new AlertRulesClient(kafka, topics.alertRules().name(), serdes.value(AlertRule.class))
        .ensureDefaults();
    if (!written.isEmpty()) {
      context.out().println("Alert rules: wrote the defaults of " + written.size() + " kinds");
    }
  }
}
