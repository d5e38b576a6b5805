package org.industrialreporting.streams.contribution;

import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.cell.Scope;

/** Targets (and their removal by a tombstone) as changes for the rollup stage, one record each: they are rare. */
public final class TargetChanges {

  private TargetChanges() {
  }

  /** The change a {@code targets} record makes; a key that is not a targets key is an error naming it. */
  public static KeyValue<String, Output> of(String key, Target target) {
    TopicKeys.TargetKey parsed = target == null ? TopicKeys.parseTarget(key)
        : new TopicKeys.TargetKey(target.getScopeType(), target.getScopeId(), target.getYear(), target.getIndicator());
    Scope scope = new Scope(parsed.scopeType(), parsed.scopeId());
    int bucket = Buckets.of(scope);
    ScopeBatch batch = new ScopeBatch(bucket, List.of(), List.of(new ScopeBatch.TargetChange(scope, parsed.year(),
        parsed.indicator(), target == null ? null : target.getTarget())));
    return KeyValue.pair(Buckets.key(bucket), new Output.Changes(batch));
  }
}
