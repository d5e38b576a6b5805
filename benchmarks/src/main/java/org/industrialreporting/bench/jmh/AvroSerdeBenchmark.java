package org.industrialreporting.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.RollupTopology;
import org.industrialreporting.streams.StreamsSettings;
import org.industrialreporting.streams.rollup.Attribution;
import org.industrialreporting.streams.rollup.DistrictCells;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Avro serdes in Confluent's wire format, as every record crosses them: the monthly report read from
 * {@code indicator-reports}, the attributed report written to and read from the reports store, the rollup written
 * to {@code rollups-district}. The demo world's records of one month, in turn; the registry in memory and asked
 * once per schema, as the serdes' cache does in production.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AvroSerdeBenchmark {

  /** The topic Kafka Streams names to the serdes of the reports store: its changelog's. */
  private static final String REPORTS_STORE_CHANGELOG = StreamsSettings.DEFAULT_APPLICATION_ID + "-"
      + RollupTopology.REPORTS_STORE + "-changelog";

  private final TopicCatalog topics = TopicCatalog.defaults();
  private final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
  private final Serializer<MonthlyReport> reportSerializer = serdes.value(MonthlyReport.class).serializer();
  private final Deserializer<MonthlyReport> reportDeserializer = serdes.value(MonthlyReport.class).deserializer();
  private final Serializer<AttributedReport> attributedSerializer = serdes.value(AttributedReport.class).serializer();
  private final Deserializer<AttributedReport> attributedDeserializer =
      serdes.value(AttributedReport.class).deserializer();
  private final Serializer<Rollup> rollupSerializer = serdes.value(Rollup.class).serializer();
  private Rotation<MonthlyReport> reports;
  private Rotation<byte[]> reportBytes;
  private Rotation<AttributedReport> attributed;
  private Rotation<byte[]> attributedBytes;
  private Rollup rollup;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    List<MonthlyReport> month = world.reports(SimulatedWorld.MONTH);
    reports = new Rotation<>(month);
    reportBytes = Rotation.of(month, r -> reportSerializer.serialize(topics.indicatorReports().name(), r));
    List<AttributedReport> kept = month.stream().map(new Attribution(world)::attribute).toList();
    attributed = new Rotation<>(kept);
    attributedBytes = Rotation.of(kept, r -> attributedSerializer.serialize(REPORTS_STORE_CHANGELOG, r));
    rollup = DistrictCells.of(world, world.largestDistrict()).rollup();
  }

  @Benchmark
  public byte[] serializeReport() {
    return reportSerializer.serialize(topics.indicatorReports().name(), reports.next());
  }

  @Benchmark
  public MonthlyReport deserializeReport() {
    return reportDeserializer.deserialize(topics.indicatorReports().name(), reportBytes.next());
  }

  @Benchmark
  public byte[] serializeAttributedReport() {
    return attributedSerializer.serialize(REPORTS_STORE_CHANGELOG, attributed.next());
  }

  @Benchmark
  public AttributedReport deserializeAttributedReport() {
    return attributedDeserializer.deserialize(REPORTS_STORE_CHANGELOG, attributedBytes.next());
  }

  @Benchmark
  public byte[] serializeRollup() {
    return rollupSerializer.serialize(topics.districtRollups().name(), rollup);
  }
}
