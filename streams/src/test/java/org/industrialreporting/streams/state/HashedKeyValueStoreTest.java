package org.industrialreporting.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;

class HashedKeyValueStoreTest {

  private final HashedKeyValueStore store = (HashedKeyValueStore) HashedKeyValueStore.supplier("s").get();

  private static Bytes key(String text) {
    return Bytes.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsWhatWasWrittenByEqualKeys() {
    store.put(key("a"), new byte[] {1});
    store.put(key("a"), new byte[] {2});

    assertThat(store.get(key("a"))).containsExactly(2);
    assertThat(store.get(key("b"))).isNull();
    assertThat(store.approximateNumEntries()).isEqualTo(1);
  }

  @Test
  void aNullValueAndADeleteRemoveTheKey() {
    store.putAll(List.of(KeyValue.pair(key("a"), new byte[] {1}), KeyValue.pair(key("b"), new byte[] {2})));

    store.put(key("a"), null);
    assertThat(store.delete(key("b"))).containsExactly(2);

    assertThat(store.get(key("a"))).isNull();
    assertThat(store.get(key("b"))).isNull();
    assertThat(store.approximateNumEntries()).isZero();
  }

  @Test
  void putIfAbsentKeepsWhatIsThere() {
    assertThat(store.putIfAbsent(key("a"), new byte[] {1})).isNull();
    assertThat(store.putIfAbsent(key("a"), new byte[] {2})).containsExactly(1);
    assertThat(store.get(key("a"))).containsExactly(1);
  }

  @Test
  void iteratesEveryEntryOfASnapshotButNoRange() {
    store.put(key("a"), new byte[] {1});
    store.put(key("b"), new byte[] {2});
    List<String> seen = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> all = store.all()) {
      assertThat(all.peekNextKey()).isIn(key("a"), key("b"));
      store.put(key("c"), new byte[] {3}); // after the snapshot
      all.forEachRemaining(kv -> seen.add(new String(kv.key.get(), StandardCharsets.UTF_8) + "=" + kv.value[0]));
    }

    assertThat(seen).containsExactlyInAnyOrder("a=1", "b=2");
    assertThatThrownBy(() -> store.range(key("a"), key("b"))).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("no key order");
  }
}
