package org.industrialreporting.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;

/**
 * What Kafka Streams itself allows on this machine, for comparison with the pipeline in the same run: the same
 * report topic, the application's own Kafka Streams configuration (exactly-once, threads, client tuning), and a
 * processor that does next to nothing — {@link Variant#READ_ONLY} decodes each report; {@link Variant#GET_PUT}
 * decodes it and reads and writes one logged RocksDB store entry per report, keyed by credit code, as the pipeline's
 * first stage reads and writes the enterprise's ledger. Runs in a JVM of its own, like the pipeline, so that its CPU
 * is measured alone; the benchmark times it by the offsets it commits.
 *
 * <p>Arguments: {@code variant bootstrap-servers registry-url topic application-id state-dir}.
 */
public final class StreamsFloor {

  /** The floor variants. */
  public enum Variant {
    READ_ONLY, GET_PUT
  }

  private StreamsFloor() {
  }

  public static void main(String[] args) throws InterruptedException {
    Variant variant = Variant.valueOf(args[0]);
    KafkaSettings kafka = KafkaSettings.of(args[1]);
    AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(args[2]));
    String topic = args[3];
    StreamsSettings settings = StreamsSettings.defaults(Path.of(args[5])).withApplicationId(args[4]);
    Properties props = settings.properties(kafka);
    // Nothing here asks for commits: Kafka Streams' own default interval with exactly-once.
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    Deserializer<MonthlyReport> reports = serdes.value(MonthlyReport.class).deserializer();

    Topology topology = new Topology();
    topology.addSource("reports", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topic);
    topology.addProcessor("floor", () -> new Floor(variant, reports, topic), "reports");
    if (variant == Variant.GET_PUT) {
      topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("floor-store"),
          Serdes.String(), Serdes.ByteArray()), "floor");
    }
    KafkaStreams streams = new KafkaStreams(topology, props);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close(Duration.ofSeconds(10));
      stopped.countDown();
    }));
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING) {
        System.out.println("Streams application: " + variant + " running");
      }
    });
    streams.start();
    stopped.await();
  }

  private static final class Floor implements Processor<String, byte[], Void, Void> {
    private final Variant variant;
    private final Deserializer<MonthlyReport> reports;
    private final String topic;
    private KeyValueStore<String, byte[]> store;
    private long checksum;

    Floor(Variant variant, Deserializer<MonthlyReport> reports, String topic) {
      this.variant = variant;
      this.reports = reports;
      this.topic = topic;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      if (variant == Variant.GET_PUT) {
        store = context.getStateStore("floor-store");
      }
    }

    @Override
    public void process(Record<String, byte[]> record) {
      MonthlyReport report = reports.deserialize(topic, record.value());
      checksum += report.getOutputValueYuan();
      if (store != null) {
        byte[] kept = store.get(report.getCreditCode());
        store.put(report.getCreditCode(), kept == null || kept.length < record.value().length ? record.value() : kept);
      }
    }
  }
}
