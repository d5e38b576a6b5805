package org.industrialreporting.dashboard.view;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;
import org.industrialreporting.avro.AnomalyAlert;

/**
 * The view's meters: what it read from each topic, and from that the pipeline's own counts as any reader of its
 * output topics sees them (reports accepted, reports rejected, alerts emitted), plus the size of what it holds.
 * Counts start from the beginning of each topic when the process starts, as the view does.
 */
final class ViewMetrics {

  private final MeterRegistry registry;
  private final Map<ViewSource, Counter> records = new EnumMap<>(ViewSource.class);
  private final Map<ViewSource, Counter> undecodable = new EnumMap<>(ViewSource.class);
  private final Counter rejected;

  ViewMetrics(MeterRegistry registry, ReadModel model, BooleanSupplier ready) {
    this.registry = registry;
    for (ViewSource source : ViewSource.values()) {
      String tag = source.name().toLowerCase(Locale.ROOT);
      records.put(source, Counter.builder("reporting.view.records").tag("source", tag)
          .description("Records the dashboard's view read, by what their topic carries").register(registry));
      undecodable.put(source, Counter.builder("reporting.view.undecodable").tag("source", tag)
          .description("Records the view skipped because they could not be decoded").register(registry));
    }
    FunctionCounter.builder("reporting.reports.accepted", model,
            m -> m.read(view -> view.enterprises().acceptedRevisions()))
        .description("Accepted report revisions: months whose report in force is new or changed in the streams"
            + " application's enterprise ledgers").register(registry);
    rejected = Counter.builder("reporting.reports.rejected")
        .description("Rejected inputs on the dead-letter topic indicator-reports-rejected").register(registry);
    Gauge.builder("reporting.view.ready", () -> ready.getAsBoolean() ? 1 : 0)
        .description("1 once the view has read every topic up to its end offset as of start").register(registry);
    gauge("reporting.view.open.alerts", "Open anomaly alerts", model, view -> view.alerts().size());
    gauge("reporting.view.enterprise.months", "Enterprise-months held for drill-down", model,
        view -> view.enterprises().size());
    gauge("reporting.view.district.rollups", "District rollups held", model, view -> view.districtRollups().size());
    gauge("reporting.view.park.rollups", "Park rollups held", model, view -> view.parkRollups().size());
    gauge("reporting.view.town.rollups", "Town rollups held", model, view -> view.townRollups().size());
    gauge("reporting.view.industry.rollups", "Industry rollups held", model,
        view -> view.industryRollups().size());
  }

  private void gauge(String name, String description, ReadModel model, ToIntFunction<View> size) {
    Gauge.builder(name, () -> model.read(size::applyAsInt)).description(description).register(registry);
  }

  void read(ViewRecord record) {
    records.get(record.source()).increment();
    switch (record.source()) {
      case REJECTED_REPORTS -> rejected.increment();
      case ANOMALY_ALERTS -> {
        if (record.value() instanceof AnomalyAlert alert) {
          Counter.builder("reporting.alerts")
              .tag("status", alert.getStatus().name())
              .tag("severity", alert.getSeverity() == null ? "none" : alert.getSeverity().name())
              .tag("kind", alert.getKind().name())
              .description("Anomaly alert records on anomaly-alerts: opened or updated (OPEN) and retracted (CLEARED)")
              .register(registry).increment();
        }
      }
      default -> {
        // registries and rollups: counted above
      }
    }
  }

  void undecodable(ViewSource source) {
    undecodable.get(source).increment();
  }
}
