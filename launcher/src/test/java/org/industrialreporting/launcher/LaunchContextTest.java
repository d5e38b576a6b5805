package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.launcher.config.LaunchContext;
import org.junit.jupiter.api.Test;

class LaunchContextTest {

  private static LaunchContext context(Properties file, Map<String, String> env) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return new LaunchContext(file, env, sink, sink);
  }

  @Test
  void environmentWinsOverConfigFile() {
    Properties file = new Properties();
    file.setProperty("bootstrap-servers", "file:9092");
    file.setProperty("data-dir", "/from/file");

    LaunchContext context = context(file, Map.of("REPORTING_BOOTSTRAP_SERVERS", "env:9092"));

    assertThat(context.option("bootstrap-servers")).contains("env:9092");
    assertThat(context.option("data-dir")).contains("/from/file");
    assertThat(context.option("kafka-port")).isEmpty();
  }

  @Test
  void kafkaClientPropertiesComeFromFileAndKnownEnvironmentVariables() {
    Properties file = new Properties();
    file.setProperty("kafka.security.protocol", "SSL");
    file.setProperty("kafka.ssl.truststore.location", "/etc/truststore.jks");

    LaunchContext context = context(file, Map.of(
        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "KAFKA_HEAP_OPTS", "-Xmx1g"));

    assertThat(context.kafkaProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "security.protocol", "SASL_SSL",
        "sasl.mechanism", "SCRAM-SHA-512",
        "ssl.truststore.location", "/etc/truststore.jks"));
  }
}
