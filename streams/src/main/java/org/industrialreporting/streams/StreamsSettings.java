package org.industrialreporting.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.streams.rollup.EmissionPolicy;
import org.industrialreporting.streams.state.CommitPacing;

/**
 * Settings of the streams application, and the one place its Kafka Streams configuration is built, for
 * production and tests alike.
 *
 * @param applicationId Kafka Streams application id; instances with the same id share the work
 * @param stateDir      where the local state (RocksDB) lives; kept across restarts, never cleaned on start
 * @param threads       stream threads in this instance
 * @param exactlyOnce   exactly_once_v2 (the default) or at_least_once
 * @param pacing        how often the application commits and writes rollups
 * @param rocksDbBytes  off-heap memory shared by all RocksDB stores of the process (block cache and memtables)
 */
public record StreamsSettings(String applicationId, Path stateDir, int threads, boolean exactlyOnce, Pacing pacing,
    long rocksDbBytes) {

  public static final String DEFAULT_APPLICATION_ID = "reporting-rollups";

  /**
   * How often the application commits and writes rollups. Every commit passes on, and writes, what the processors
   * kept in memory since the last one; results become visible to read_committed consumers at commits (see
   * {@link CommitPacing}).
   *
   * @param commitInterval    time between commits while input flows and is caught up
   * @param maxCommitInterval longest time between commits, while input flows far behind (Kafka Streams'
   *                          {@code commit.interval.ms})
   * @param minCommitInterval shortest time between the commits asked for when the input pauses
   * @param inputPause        how long without input counts as the input pausing
   * @param emission          when a changed rollup is written
   * @param tick              how often pending work is looked at
   */
  public record Pacing(Duration commitInterval, Duration maxCommitInterval, Duration minCommitInterval,
      Duration inputPause, EmissionPolicy emission, Duration tick) {

    public static Pacing defaults() {
      return new Pacing(Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofMillis(20), Duration.ofMillis(5),
          new EmissionPolicy(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofMillis(500)),
          Duration.ofMillis(5));
    }

    /** How often the rollup stage looks for rollups due: often enough for the shortest rollup interval. */
    public Duration emissionTick() {
      Duration quarter = emission.minInterval().dividedBy(4);
      return quarter.compareTo(tick) > 0 ? quarter : tick;
    }

    public CommitPacing commits() {
      return new CommitPacing(minCommitInterval, commitInterval, maxCommitInterval, inputPause, tick);
    }
  }

  /** Production defaults: exactly-once, two threads (one per core of the reference machine). */
  public static StreamsSettings defaults(Path stateDir) {
    return new StreamsSettings(DEFAULT_APPLICATION_ID, stateDir, 2, true, Pacing.defaults(),
        BoundedRocksDbMemory.DEFAULT_TOTAL_BYTES);
  }

  public StreamsSettings withApplicationId(String id) {
    return new StreamsSettings(id, stateDir, threads, exactlyOnce, pacing, rocksDbBytes);
  }

  public StreamsSettings withThreads(int count) {
    return new StreamsSettings(applicationId, stateDir, count, exactlyOnce, pacing, rocksDbBytes);
  }

  public StreamsSettings withPacing(Pacing changed) {
    return new StreamsSettings(applicationId, stateDir, threads, exactlyOnce, changed, rocksDbBytes);
  }

  /** The Kafka Streams configuration: these settings over the cluster's, with default serdes deliberately unset. */
  public Properties properties(KafkaSettings kafka) {
    Properties props = new Properties();
    kafka.clientProperties().forEach(props::put);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
        exactlyOnce ? StreamsConfig.EXACTLY_ONCE_V2 : StreamsConfig.AT_LEAST_ONCE);
    // The processors ask for the commits of a caught-up or paused input; Kafka Streams' own are the longest apart.
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, pacing.maxCommitInterval().toMillis());
    // A thread without input waits in poll; punctuations (a paused input's commit, a rollup due) run only after it
    // returns, so Kafka Streams' 100 ms would add up to 100 ms per stage to a lone correction.
    props.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, pacing.tick().toMillis());
    // No store has Kafka Streams' record cache: keys repeat only in the rollup stage, which keeps its own objects.
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0L);
    // Only the rollup stage's tasks read several partitions, whose changes add up in any order: waiting for an empty
    // one to fill would gain nothing, and deciding whether to costs Kafka Streams work on every loop.
    props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
    // Every store and internal topic is named in the topology; an unnamed one is a bug, not a default.
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // Internal topics take the cluster's default replication factor.
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
    clientDefault(props, StreamsConfig::producerPrefix, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // One changelog record per report: large batches keep the per-batch work of producer and broker small.
    clientDefault(props, StreamsConfig::producerPrefix, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
    clientDefault(props, StreamsConfig::producerPrefix, ProducerConfig.LINGER_MS_CONFIG, 5);
    // With transactions v2 the first write after a commit can meet CONCURRENT_TRANSACTIONS while the coordinator
    // finishes the previous one; the default 100 ms retry backoff would then cap throughput (KAFKA-18654).
    clientDefault(props, StreamsConfig::producerPrefix, ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
    clientDefault(props, StreamsConfig::consumerPrefix, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    props.put(BoundedRocksDbMemory.TOTAL_BYTES, rocksDbBytes);
    return props;
  }

  /**
   * Sets a client setting for the application's producers or consumers unless the cluster's settings already
   * have it, plain or prefixed: a prefixed value would otherwise override what the operator chose.
   */
  private static void clientDefault(Properties props, UnaryOperator<String> prefix, String key, Object value) {
    if (!props.containsKey(key) && !props.containsKey(prefix.apply(key))) {
      props.put(prefix.apply(key), value);
    }
  }
}
