package org.industrialreporting.streams.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.BatchingStateRestoreCallback;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * An in-memory store in a concurrent hash map, for a store read by key only: a global store read for every record by
 * every stream thread while the global thread writes it. Kafka Streams' own in-memory store is a sorted tree behind
 * one lock, and a read among half a million keys costs some twenty key comparisons, each a likely cache miss; here a
 * read is one hash look-up and takes no lock. The store has no key order: {@link #range} is not supported, and
 * {@link #all} iterates a snapshot in no particular order.
 */
public final class HashedKeyValueStore implements KeyValueStore<Bytes, byte[]> {

  private final String name;
  private final Map<Bytes, byte[]> map = new ConcurrentHashMap<>();
  private volatile boolean open;

  HashedKeyValueStore(String name) {
    this.name = name;
  }

  /** Supplies hashed stores of this name, for {@code Stores.keyValueStoreBuilder}. */
  public static KeyValueBytesStoreSupplier supplier(String name) {
    return new KeyValueBytesStoreSupplier() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public KeyValueStore<Bytes, byte[]> get() {
        return new HashedKeyValueStore(name);
      }

      @Override
      public String metricsScope() {
        return "in-memory-hashed";
      }
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void init(StateStoreContext context, StateStore root) {
    context.register(root, (BatchingStateRestoreCallback) records -> records.forEach(
        record -> put(Bytes.wrap(record.key), record.value)));
    open = true;
  }

  @Override
  public byte[] get(Bytes key) {
    return map.get(key);
  }

  @Override
  public void put(Bytes key, byte[] value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }

  @Override
  public byte[] putIfAbsent(Bytes key, byte[] value) {
    return value == null ? map.get(key) : map.putIfAbsent(key, value);
  }

  @Override
  public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
    entries.forEach(entry -> put(entry.key, entry.value));
  }

  @Override
  public byte[] delete(Bytes key) {
    return map.remove(key);
  }

  @Override
  public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
    throw new UnsupportedOperationException("store " + name + " is hashed: it has no key order to read a range in");
  }

  @Override
  public KeyValueIterator<Bytes, byte[]> all() {
    List<KeyValue<Bytes, byte[]>> snapshot = new ArrayList<>(map.size());
    map.forEach((key, value) -> snapshot.add(KeyValue.pair(key, value)));
    return new SnapshotIterator(snapshot.iterator());
  }

  @Override
  public long approximateNumEntries() {
    return map.size();
  }

  @Override
  public void flush() {
    // Nothing to flush: the store lives in memory only.
  }

  @Override
  public void close() {
    map.clear();
    open = false;
  }

  @Override
  public boolean persistent() {
    return false;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  private static final class SnapshotIterator implements KeyValueIterator<Bytes, byte[]> {
    private final Iterator<KeyValue<Bytes, byte[]>> entries;
    private KeyValue<Bytes, byte[]> next;

    SnapshotIterator(Iterator<KeyValue<Bytes, byte[]>> entries) {
      this.entries = entries;
    }

    @Override
    public boolean hasNext() {
      return next != null || entries.hasNext();
    }

    @Override
    public KeyValue<Bytes, byte[]> next() {
      if (next != null) {
        KeyValue<Bytes, byte[]> taken = next;
        next = null;
        return taken;
      }
      return entries.next();
    }

    @Override
    public Bytes peekNextKey() {
      if (next == null) {
        if (!entries.hasNext()) {
          throw new NoSuchElementException();
        }
        next = entries.next();
      }
      return next.key;
    }

    @Override
    public void close() {
      // A snapshot holds no resources.
    }
  }
}
