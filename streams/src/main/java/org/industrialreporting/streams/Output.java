package org.industrialreporting.streams;

import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.streams.contribution.ScopeBatch;

/**
 * What the application's processors pass on, each to its own sink: the topology splits their output by kind. Keys
 * travel on the record: a rejected report's input key, an alert's scope id, a batch's bucket, a rollup's topic key.
 */
public sealed interface Output {

  /** A refused input for the dead-letter topic. */
  record DeadLetter(RejectedReport rejection) implements Output {
  }

  /** An alert record for {@code anomaly-alerts}. */
  record Alert(AnomalyAlert alert) implements Output {

    /** Passes alert records on, keyed by their scope id and stamped {@code timestamp}. */
    public static void forward(ProcessorContext<String, Output> context, List<AnomalyAlert> alerts, long timestamp) {
      for (AnomalyAlert alert : alerts) {
        context.forward(new Record<>(alert.getScopeId(), new Alert(alert), timestamp));
      }
    }
  }

  /** Cell changes for the rollup stage, through the internal topic. */
  record Changes(ScopeBatch batch) implements Output {
  }

  /** A rollup for the rollup topic of its scope type ({@code rollups-district}, …); a null rollup is a tombstone. */
  record ScopeRollup(ScopeType scopeType, Rollup rollup) implements Output {
  }
}
