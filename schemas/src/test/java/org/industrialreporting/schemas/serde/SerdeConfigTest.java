package org.industrialreporting.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.junit.jupiter.api.Test;

class SerdeConfigTest {

  @Test
  void readsConfluentsSerializerProperties() {
    RegistrySettings settings = SerdeConfig.registrySettings(Map.of(
        "schema.registry.url", "http://registry-1:8081, http://registry-2:8081/",
        "basic.auth.credentials.source", "USER_INFO",
        "basic.auth.user.info", "reporter:s3cret",
        "auto.register.schemas", "false",
        "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy",
        "key.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy",
        "schema.registry.ssl.truststore.location", "/etc/registry/truststore.p12",
        "schema.registry.ssl.truststore.password", "changeit",
        "schema.registry.ssl.truststore.type", "PKCS12"), false);

    assertThat(settings.urls()).containsExactly(URI.create("http://registry-1:8081"), URI.create("http://registry-2:8081"));
    assertThat(settings.basicAuth()).contains("reporter:s3cret");
    assertThat(settings.serdes()).isEqualTo(new SerdeSettings(false, SubjectNameStrategy.RECORD_NAME));
    assertThat(settings.tls().truststore()).hasValueSatisfying(store -> {
      assertThat(store.location()).isEqualTo(Path.of("/etc/registry/truststore.p12"));
      assertThat(store.type()).isEqualTo("PKCS12");
    });
    assertThat(settings.tls().keystore()).isEmpty();
  }

  @Test
  void keysUseTheKeyStrategyAndDefaultsAreConfluents() {
    Map<String, Object> configs = Map.of("schema.registry.url", "http://registry:8081",
        "key.subject.name.strategy", "TopicRecordNameStrategy");

    assertThat(SerdeConfig.registrySettings(configs, true).serdes())
        .isEqualTo(new SerdeSettings(true, SubjectNameStrategy.TOPIC_RECORD_NAME));
    assertThat(SerdeConfig.registrySettings(configs, false).serdes()).isEqualTo(SerdeSettings.defaults());
    assertThat(SerdeConfig.specificReader(configs)).isFalse();
    assertThat(SerdeConfig.specificReader(Map.of("specific.avro.reader", true))).isTrue();
  }

  @Test
  void userInfoMayComeFromTheUrl() {
    RegistrySettings settings = SerdeConfig.registrySettings(Map.of(
        "schema.registry.url", "https://reporter:s3cret@registry:8081",
        "basic.auth.credentials.source", "URL"), false);

    assertThat(settings.urls()).isEqualTo(List.of(URI.create("https://registry:8081")));
    assertThat(settings.basicAuth()).contains("reporter:s3cret");
  }

  @Test
  void missingOrBadValuesAreConfigErrorsNamingTheProperty() {
    assertThatThrownBy(() -> SerdeConfig.registrySettings(Map.of(), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
    assertThatThrownBy(() -> SerdeConfig.registrySettings(Map.of("schema.registry.url", "registry:8081"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not an http:// or https:// URL");
    assertThatThrownBy(() -> SerdeConfig.registrySettings(Map.of("schema.registry.url", "http://r:8081",
        "value.subject.name.strategy", "com.example.MyStrategy"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("com.example.MyStrategy");
    assertThatThrownBy(() -> SerdeConfig.registrySettings(Map.of("schema.registry.url", "http://r:8081",
        "auto.register.schemas", "yes"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("auto.register.schemas");
  }
}
