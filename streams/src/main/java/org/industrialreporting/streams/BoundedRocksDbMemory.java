package org.industrialreporting.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of all RocksDB stores of this process: one block cache shared by every store, with the
 * memtables charged to it through one write-buffer manager, and index and filter blocks kept in the cache rather
 * than beside it. Without this each store sizes its own cache and memtables, and a process with many tasks grows
 * without limit.
 *
 * <p>Kafka Streams creates one setter per store, so the shared cache is static: the documented way to bound RocksDB
 * memory. Its size comes from {@link #TOTAL_BYTES} the first time a store is configured.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  /** Streams configuration key: bytes of off-heap memory all RocksDB stores of the process share. */
  public static final String TOTAL_BYTES = "reporting.rocksdb.memory.bytes";
  public static final long DEFAULT_TOTAL_BYTES = 256L * 1024 * 1024;

  private static final double MEMTABLE_SHARE = 0.25;
  private static final double HIGH_PRIORITY_SHARE = 0.1; // index and filter blocks, evicted last
  private static final long WRITE_BUFFER_BYTES = 8L * 1024 * 1024;

  private static Cache cache;
  private static WriteBufferManager writeBuffers;

  private static synchronized void init(long totalBytes) {
    if (cache == null) {
      cache = new LRUCache(totalBytes, -1, false, HIGH_PRIORITY_SHARE);
      writeBuffers = new WriteBufferManager((long) (totalBytes * MEMTABLE_SHARE), cache);
    }
  }

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Object configured = configs.get(TOTAL_BYTES);
    init(configured == null ? DEFAULT_TOTAL_BYTES : Long.parseLong(configured.toString()));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(cache);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(writeBuffers);
    options.setWriteBufferSize(WRITE_BUFFER_BYTES);
    options.setMaxWriteBufferNumber(2);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and manager are shared by every store of the process; closing one store must not free them.
  }
}
