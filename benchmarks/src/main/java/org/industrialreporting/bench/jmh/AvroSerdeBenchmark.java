package org.industrialreporting.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.serde.AvroSerdes;
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
 * The Avro serdes in Confluent's wire format, as every report crosses them: the monthly report written by the entry
 * points and read from {@code indicator-reports}. The demo world's records of one month, in turn; the registry in
 * memory and asked once per schema, as the serdes' cache does in production.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AvroSerdeBenchmark {

  private final TopicCatalog topics = TopicCatalog.defaults();
  private final AvroSerdes serdes = new AvroSerdes(LocalSchemaRegistryClient.inMemory());
  private final Serializer<MonthlyReport> reportSerializer = serdes.value(MonthlyReport.class).serializer();
  private final Deserializer<MonthlyReport> reportDeserializer = serdes.value(MonthlyReport.class).deserializer();
  private Rotation<MonthlyReport> reports;
  private Rotation<byte[]> reportBytes;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    List<MonthlyReport> month = world.reports(SimulatedWorld.MONTH);
    reports = new Rotation<>(month);
    reportBytes = Rotation.of(month, r -> reportSerializer.serialize(topics.indicatorReports().name(), r));
  }

  @Benchmark
  public byte[] serializeReport() {
    return reportSerializer.serialize(topics.indicatorReports().name(), reports.next());
  }

  @Benchmark
  public MonthlyReport deserializeReport() {
    return reportDeserializer.deserialize(topics.indicatorReports().name(), reportBytes.next());
  }
}
