package org.industrialreporting.anomaly;

import java.util.Arrays;
import java.util.List;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;

/**
 * The rule of every kind that applies where no more specific rule does, written to {@code alert-rules} at start
 * when absent and used when the topic has none. Single figures must move by +80 % (or −44 %) against their
 * expected level and five of the enterprise's own deviations; a divergence by +50 % (or −33 %) each way; an
 * intensity jump by +20 %; RED from ten deviations and +150 % (+100 %, +50 %). Stoppage: output at most 15 % and
 * energy at most 30 % of their expected levels, RED at 5 %. Budget overrun: RED beyond 10 % of the pro-rata budget
 * (the national traffic-light practice). Rollup swings: +20 % (RED +50 %) and five deviations, judged once 95 % of
 * the expected reporters are in or the 15th of the following month is over. Reports are due by the 10th of the
 * following month, reminded of (催报) from three days before.
 */
public final class DefaultAlertRules {

  private DefaultAlertRules() {
  }

  /** One default rule per kind, for every indicator, district and industry. */
  public static List<AlertRule> all() {
    return Arrays.stream(AlertKind.values()).map(DefaultAlertRules::of).toList();
  }

  /** The default rule of a kind. */
  public static AlertRule of(AlertKind kind) {
    AlertRule.Builder rule = AlertRule.newBuilder().setKind(kind).setNote("default");
    switch (kind) {
      case ENERGY_OUTPUT_DIVERGENCE -> rule.setMinChangeBp(5_000).setRedChangeBp(10_000);
      case INTENSITY_JUMP, ROLLUP_SWING -> rule.setMinChangeBp(2_000).setRedChangeBp(5_000);
      case REPORT_MISSING -> rule.setReportingDeadlineDay(ReportingDeadline.DEFAULT_DAY);
      default -> {
        // the schema's defaults: +80 %, RED +150 %
      }
    }
    return rule.build();
  }
}
