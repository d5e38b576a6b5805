package org.industrialreporting.streams.state;

import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * Runs a processor's action at every commit of its task, just before the task's output is flushed and its input
 * offsets are committed (with exactly-once, in the same transaction), and when the task is suspended or closed
 * cleanly. What the action forwards goes to the processor's children as if the processor had forwarded it.
 *
 * <p>This is what lets a processor keep work in plain memory between commits — sums of many inputs, objects
 * decoded once — and still lose nothing and double-count nothing: the work is passed on or written before the
 * inputs it came from count as processed, and a crash in between aborts both. Kafka Streams offers no public hook
 * for this; its own record cache is flushed the same way (the task flushes every {@link CachedStateStore} before it
 * commits), and so is this store, which holds no data of its own and has no changelog. The internal types it uses
 * are those of the Kafka Streams version the build pins; the topology tests exercise them.
 */
public final class CommitHook implements StateStore, CachedStateStore<Object, Object> {

  private final String name;
  private InternalProcessorContext<?, ?> context;
  private ProcessorNode<?, ?, ?, ?> node;
  private Runnable action;
  private CommitPacing pacing;
  private boolean open;

  private CommitHook(String name) {
    this.name = name;
  }

  /** The builder to add to the topology, connected to the processor that calls {@link #onCommit}. */
  public static StoreBuilder<CommitHook> builder(String name) {
    return new Builder(name);
  }

  /**
   * Sets the action to run at every commit; call from the processor's {@code init}, whose context and node the
   * action then runs in.
   *
   * @param commitPacing the pace of the thread's commits, told of each
   */
  public void onCommit(ProcessorContext<?, ?> processorContext, CommitPacing commitPacing, Runnable commitAction) {
    this.context = (InternalProcessorContext<?, ?>) processorContext;
    this.node = context.currentNode();
    this.pacing = commitPacing;
    this.action = commitAction;
  }

  @Override
  public void flushCache() {
    if (action == null) {
      return;
    }
    ProcessorNode<?, ?, ?, ?> previousNode = context.currentNode();
    ProcessorRecordContext previousRecord = context.recordContext();
    context.setCurrentNode(node);
    // As for a punctuation: no input record is being processed; what is forwarded carries its own timestamp.
    context.setRecordContext(new ProcessorRecordContext(context.currentSystemTimeMs(), -1, -1, null,
        new RecordHeaders()));
    try {
      pacing.committing();
      action.run();
    } finally {
      context.setCurrentNode(previousNode);
      context.setRecordContext(previousRecord);
    }
  }

  @Override
  public boolean setFlushListener(CacheFlushListener<Object, Object> listener, boolean sendOldValues) {
    return false;
  }

  @Override
  public void clearCache() {
    // Nothing is kept here; the processor drops its own pending work when its task closes dirty.
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void init(StateStoreContext stateStoreContext, StateStore root) {
    // Registered without a changelog, so that the task flushes it before each commit.
    stateStoreContext.register(root, (key, value) -> {
      throw new IllegalStateException("Store " + name + " has no changelog to restore from");
    });
    open = true;
  }

  @Override
  public void flush() {
    // Flushing happens in flushCache, before the commit; there is nothing durable to flush.
  }

  @Override
  public void close() {
    open = false;
    action = null;
  }

  @Override
  public boolean persistent() {
    return false;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public org.apache.kafka.streams.query.Position getPosition() {
    return org.apache.kafka.streams.query.Position.emptyPosition();
  }

  private record Builder(String name) implements StoreBuilder<CommitHook> {
    @Override
    public StoreBuilder<CommitHook> withCachingEnabled() {
      return this;
    }

    @Override
    public StoreBuilder<CommitHook> withCachingDisabled() {
      return this;
    }

    @Override
    public StoreBuilder<CommitHook> withLoggingEnabled(Map<String, String> config) {
      throw new UnsupportedOperationException("A commit hook keeps no data and has no changelog");
    }

    @Override
    public StoreBuilder<CommitHook> withLoggingDisabled() {
      return this;
    }

    @Override
    public CommitHook build() {
      return new CommitHook(name);
    }

    @Override
    public Map<String, String> logConfig() {
      return Map.of();
    }

    @Override
    public boolean loggingEnabled() {
      return false;
    }
  }
}
