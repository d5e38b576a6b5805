package org.industrialreporting.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.schemas.registry.LocalSchemaRegistryClient;
import org.industrialreporting.schemas.registry.RegisteredSchema;
import org.industrialreporting.schemas.registry.SchemaRegistry;
import org.industrialreporting.schemas.registry.SchemaRegistryClient;
import org.junit.jupiter.api.Test;

class AvroSerdesTest {

  private final LocalSchemaRegistryClient registry = LocalSchemaRegistryClient.inMemory();
  private final AvroSerdes serdes = new AvroSerdes(registry);

  static MonthlyReport report() {
    return MonthlyReport.newBuilder()
        .setCreditCode("91330411MA2B3C4D5E").setPeriod("2026-09").setRevision(1_790_000_000_000_000L)
        .setSubmittedAt(Instant.parse("2026-10-08T02:00:00Z")).setSource("test")
        .setOutputValueYuan(123_456_789L).setValueAddedYuan(25_000_000L).setRevenueYuan(120_000_000L)
        .setProfitYuan(-1_500_000L).setTaxYuan(3_000_000L).setEnergyKgce(1_234_567L).setElectricityKwh(4_000_000L)
        .setEmployees(350).setRdExpenseYuan(2_000_000L).setExportValueYuan(0L)
        .build();
  }

  @Test
  void specificRecordRoundTripsInConfluentWireFormat() {
    Serde<MonthlyReport> serde = serdes.value(MonthlyReport.class);
    byte[] bytes = serde.serializer().serialize("indicator-reports", report());

    assertThat(bytes[0]).as("magic byte").isZero();
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    RegisteredSchema registered = registry.latest("indicator-reports-value");
    assertThat(registered.id()).isEqualTo(id);
    assertThat(registered.schema()).isEqualTo(MonthlyReport.getClassSchema());
    assertThat(serde.deserializer().deserialize("indicator-reports", bytes)).isEqualTo(report());
  }

  @Test
  void genericReaderSeesTheWritersFields() {
    byte[] bytes = serdes.value(MonthlyReport.class).serializer().serialize("indicator-reports", report());
    GenericRecord generic = serdes.genericValue().deserializer().deserialize("indicator-reports", bytes);

    assertThat(generic.getSchema().getFullName()).isEqualTo("org.industrialreporting.avro.MonthlyReport");
    assertThat(generic.get("output_value_yuan")).isEqualTo(123_456_789L);
    assertThat(generic.get("credit_code").toString()).isEqualTo("91330411MA2B3C4D5E");
  }

  @Test
  void aReaderWithANewerSchemaFillsDefaultsForOlderRecords() {
    // An older Enterprise schema, before the optional fields were added.
    Schema older = new Schema.Parser().parse("""
        {"type":"record","name":"Enterprise","namespace":"org.industrialreporting.avro","fields":[
          {"name":"credit_code","type":"string"},{"name":"name","type":"string"},
          {"name":"district_code","type":"string"},{"name":"industry_code","type":"string"},
          {"name":"above_scale","type":"boolean"},{"name":"key_energy_user","type":"boolean"}]}""");
    GenericRecord old = new GenericData.Record(older);
    old.put("credit_code", "91330411MA2B3C4D5E");
    old.put("name", "嘉兴某光伏科技有限公司");
    old.put("district_code", "330411");
    old.put("industry_code", "C3825");
    old.put("above_scale", true);
    old.put("key_energy_user", false);

    byte[] bytes = serdes.genericValue().serializer().serialize("enterprise-registry", old);
    Enterprise read = serdes.value(Enterprise.class).deserializer().deserialize("enterprise-registry", bytes);

    assertThat(read.getName()).isEqualTo("嘉兴某光伏科技有限公司");
    assertThat(read.getParkId()).isNull();
    assertThat(read.getTags()).isEmpty();
    assertThat(read.getEnergyBudgetKgce()).isNull();
    // The current schema is BACKWARD compatible with the older one, so it registers as version 2.
    assertThat(serdes.value(Enterprise.class).serializer().serialize("enterprise-registry", read)).isNotNull();
    assertThat(registry.versions("enterprise-registry-value")).containsExactly(1, 2);
  }

  @Test
  void anOlderReaderReadsNewerRecordsIgnoringTheirNewFields() throws Exception {
    Enterprise current = Enterprise.newBuilder().setCreditCode("91330411MA2B3C4D5E").setName("n")
        .setDistrictCode("330411").setIndustryCode("C3825").setAboveScale(true).setKeyEnergyUser(true)
        .setTags(List.of(EnterpriseTag.HIGH_TECH)).setEnergyBudgetKgce(5_000_000L).build();
    byte[] bytes = serdes.value(Enterprise.class).serializer().serialize("enterprise-registry", current);

    Schema older = new Schema.Parser().parse("""
        {"type":"record","name":"Enterprise","namespace":"org.industrialreporting.avro","fields":[
          {"name":"credit_code","type":"string"},{"name":"key_energy_user","type":"boolean"}]}""");
    Schema writer = registry.schemaById(ByteBuffer.wrap(bytes, 1, 4).getInt());
    GenericRecord read = new org.apache.avro.generic.GenericDatumReader<GenericRecord>(writer, older).read(null,
        org.apache.avro.io.DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
    assertThat(read.get("key_energy_user")).isEqualTo(true);
  }

  @Test
  void theRegistryIsAskedOncePerSchemaNotPerRecord() {
    AtomicInteger calls = new AtomicInteger();
    SchemaRegistryClient counting = new CountingClient(registry, calls);
    AvroSerdes countingSerdes = new AvroSerdes(counting);
    Serde<MonthlyReport> serde = countingSerdes.value(MonthlyReport.class);
    for (int i = 0; i < 1000; i++) {
      serde.deserializer().deserialize("t", serde.serializer().serialize("t", report()));
    }
    assertThat(calls).hasValue(2); // one register, one schemaById
  }

  @Test
  void withoutAutoRegistrationTheAlreadyRegisteredSchemaIsUsed() {
    AvroSerdes production = new AvroSerdes(registry, new SerdeSettings(false, SubjectNameStrategy.TOPIC_NAME));
    assertThatThrownBy(() -> production.value(MonthlyReport.class).serializer().serialize("indicator-reports", report()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("auto-registration is off")
        .hasMessageContaining("indicator-reports-value")
        .hasMessageContaining("40401");

    int id = registry.register("indicator-reports-value", MonthlyReport.getClassSchema());
    byte[] bytes = production.value(MonthlyReport.class).serializer().serialize("indicator-reports", report());
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
  }

  @Test
  void recordNameStrategyUsesTheRecordsFullName() {
    AvroSerdes byRecord = new AvroSerdes(registry, new SerdeSettings(true, SubjectNameStrategy.RECORD_NAME));
    byRecord.value(MonthlyReport.class).serializer().serialize("any-topic", report());
    assertThat(registry.subjects()).containsExactly("org.industrialreporting.avro.MonthlyReport");
  }

  @Test
  void bytesNotInTheWireFormatFailClearly() {
    var deserializer = serdes.value(MonthlyReport.class).deserializer();

    assertThatThrownBy(() -> deserializer.deserialize("indicator-reports",
        "{\"credit_code\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("topic indicator-reports")
        .hasMessageContaining("first byte is 0x7b")
        .hasMessageContaining("JSON");
    assertThatThrownBy(() -> deserializer.deserialize("indicator-reports", new byte[] {0, 0}))
        .hasMessageContaining("shorter than the 5-byte header");
    assertThatThrownBy(() -> deserializer.deserialize("indicator-reports", new byte[] {0, 0, 0, 0, 99, 1}))
        .hasMessageContaining("schema id 99").hasMessageContaining("40403");
  }

  @Test
  void tombstonesStayNull() {
    Serde<Enterprise> serde = serdes.value(Enterprise.class);
    assertThat(serde.serializer().serialize("enterprise-registry", null)).isNull();
    assertThat(serde.deserializer().deserialize("enterprise-registry", null)).isNull();
  }

  /** Counts the calls that reach the registry. */
  private record CountingClient(SchemaRegistryClient delegate, AtomicInteger calls) implements SchemaRegistryClient {
    @Override
    public int register(String subject, Schema schema) {
      calls.incrementAndGet();
      return delegate.register(subject, schema);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
      calls.incrementAndGet();
      return delegate.lookup(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
      calls.incrementAndGet();
      return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
      return delegate.latest(subject);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
      return delegate.version(subject, version);
    }

    @Override
    public List<String> subjects() {
      return delegate.subjects();
    }

    @Override
    public List<Integer> versions(String subject) {
      return delegate.versions(subject);
    }

    @Override
    public SchemaRegistry.CompatibilityCheck testCompatibility(String subject, Schema schema) {
      return delegate.testCompatibility(subject, schema);
    }

    @Override
    public org.industrialreporting.schemas.registry.CompatibilityLevel compatibility(String subject) {
      return delegate.compatibility(subject);
    }

    @Override
    public void setCompatibility(String subject, org.industrialreporting.schemas.registry.CompatibilityLevel level) {
      delegate.setCompatibility(subject, level);
    }
  }
}
