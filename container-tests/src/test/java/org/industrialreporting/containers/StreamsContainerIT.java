package org.industrialreporting.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.domain.creditcode.CreditCodes;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicProvisioner;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The streams role as a container: it rolls up what arrives, and when its container is killed in the middle of a
 * stream of reports and corrections and a new one takes over (with empty local state, restored from Kafka), the
 * rollups are still exact: nothing lost, nothing counted twice.
 */
class StreamsContainerIT {

  private static final String DISTRICT = "330411";
  private static final int ENTERPRISES = 40;
  private static final TopicCatalog TOPICS = TopicCatalog.defaults();

  @Test
  void rollupsStayExactWhenTheStreamsContainerIsKilledMidStream() throws Exception {
    try (Pipeline pipeline = new Pipeline()) {
      KafkaSettings kafka = KafkaSettings.of(pipeline.bootstrapServers());
      try (Admin admin = Admin.create(kafka.admin("container-it"))) {
        new TopicProvisioner(admin, Optional.empty(), Duration.ofSeconds(30)).ensure(TOPICS.all());
      }
      AvroSerdes serdes = AvroSerdes.connect(RegistrySettings.of(pipeline.registryUrl()));
      Map<String, Long> expectedOutput = new TreeMap<>(); // district|period → output of the latest revisions
      Map<String, Long> latest = new HashMap<>();
      AtomicInteger revision = new AtomicInteger();

      try (var producer = new KafkaProducer<>(kafka.producer("container-it"), new StringSerializer(),
          serdes.value(MonthlyReport.class).serializer())) {
        registerWorld(kafka, serdes);
        GenericContainer<?> streams = pipeline.start(streams(pipeline));
        send(producer, months(1, 3), revision, latest, expectedOutput, 1);
        awaitRollups(kafka, serdes, expectedOutput);

        // Reports for April to December and corrections of every earlier month, while the container dies.
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
          send(producer, months(4, 12), revision, latest, expectedOutput, 1);
          send(producer, months(1, 12), revision, latest, expectedOutput, 2);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> revision.get() > ENTERPRISES * 6);
        streams.getDockerClient().killContainerCmd(streams.getContainerId()).exec();
        streams.stop();
        pipeline.start(streams(pipeline));
        stream.get();

        awaitRollups(kafka, serdes, expectedOutput);
      }
    }
  }

  private static GenericContainer<?> streams(Pipeline pipeline) {
    return pipeline.role("streams", "streams", "--bootstrap-servers", Pipeline.KAFKA,
            "--schema-registry-url", Pipeline.REGISTRY, "--state-dir", "/var/lib/reporting/streams",
            // A killed member leaves the group sooner than the default 45 s.
            "--kafka-property", "session.timeout.ms=6000")
        .waitingFor(Wait.forLogMessage(".*Streams application: .*", 1));
  }

  private static void registerWorld(KafkaSettings kafka, AvroSerdes serdes) throws Exception {
    try (var parks = new KafkaProducer<>(kafka.producer("container-it-parks"), new StringSerializer(),
        serdes.value(Park.class).serializer());
        var enterprises = new KafkaProducer<>(kafka.producer("container-it-enterprises"), new StringSerializer(),
            serdes.value(Enterprise.class).serializer())) {
      Park zone = new Park("XZ-HTZ", "秀洲国家高新区", DISTRICT, ParkLevel.NATIONAL_HIGH_TECH, null);
      parks.send(new ProducerRecord<>(TOPICS.parkRegistry().name(), TopicKeys.park(zone), zone)).get();
      for (int n = 1; n <= ENTERPRISES; n++) {
        Enterprise e = Enterprise.newBuilder().setCreditCode(code(n)).setName("企业" + n).setDistrictCode(DISTRICT)
            .setParkId(n % 2 == 0 ? zone.getParkId() : null).setIndustryCode("C3825").setAboveScale(true)
            .setKeyEnergyUser(false).build();
        enterprises.send(new ProducerRecord<>(TOPICS.enterpriseRegistry().name(), TopicKeys.enterprise(e), e)).get();
      }
    }
  }

  private static List<YearMonth> months(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(m -> YearMonth.of(2025, m)).toList();
  }

  /** Sends one report per enterprise and month, {@code factor} scaling the output (2 = a correction). */
  private static void send(KafkaProducer<String, MonthlyReport> producer, List<YearMonth> months,
      AtomicInteger revision, Map<String, Long> latest, Map<String, Long> expected, int factor) {
    for (YearMonth month : months) {
      for (int n = 1; n <= ENTERPRISES; n++) {
        long output = factor * (1_000_000L + 10_000L * n + month.getMonthValue());
        MonthlyReport report = MonthlyReport.newBuilder()
            .setCreditCode(code(n)).setPeriod(month.toString()).setRevision(revision.incrementAndGet())
            .setSubmittedAt(Instant.now()).setSource("container-it")
            .setOutputValueYuan(output).setValueAddedYuan(output / 4).setRevenueYuan(output).setProfitYuan(0)
            .setTaxYuan(0).setEnergyKgce(output / 1000).setElectricityKwh(0).setEmployees(10).setRdExpenseYuan(0)
            .setExportValueYuan(0).build();
        producer.send(new ProducerRecord<>(TOPICS.indicatorReports().name(), TopicKeys.report(report), report));
        Long before = latest.put(code(n) + "|" + month, output);
        expected.merge(DISTRICT + "|" + month, output - (before == null ? 0 : before), Long::sum);
      }
      producer.flush();
    }
  }

  private static void awaitRollups(KafkaSettings kafka, AvroSerdes serdes, Map<String, Long> expected) {
    Map<String, Long> expectedNow = new TreeMap<>(expected);
    Map<String, Rollup> rollups = new TreeMap<>();
    try (var consumer = new KafkaConsumer<>(kafka.consumer(null), new StringDeserializer(),
        serdes.value(Rollup.class).deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(TOPICS.districtRollups().name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> rollups.put(r.key(), r.value()));
        Map<String, Long> actual = new TreeMap<>();
        rollups.forEach((key, rollup) -> actual.put(key, rollup.getMonth().getTotals().getOutputValueYuan()));
        assertThat(actual).isEqualTo(expectedNow);
      });
    }
  }

  private static String code(int n) {
    return CreditCodes.withCheckCharacter(String.format("91%s%09d", DISTRICT, n).substring(0, 17));
  }
}
