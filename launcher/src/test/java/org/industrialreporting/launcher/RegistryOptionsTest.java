package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.config.EmbeddedRegistryOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.LayeredDefaults;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class RegistryOptionsTest {

  @Command(name = "role")
  static final class Role {
    @Mixin
    RegistryOptions registry;

    @Mixin
    EmbeddedRegistryOptions embedded;
  }

  private static Role parse(Map<String, String> env, Properties file, String... args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    Role role = new Role();
    new CommandLine(role).setDefaultValueProvider(new LayeredDefaults(new LaunchContext(file, env, sink, sink)))
        .parseArgs(args);
    return role;
  }

  @Test
  void registryClientOptionsComeFromEveryLayer() {
    Properties file = new Properties();
    file.setProperty("schema-registry-url", "http://from-file:8081");
    file.setProperty("auto-register-schemas", "false");

    Role role = parse(Map.of("REPORTING_SCHEMA_REGISTRY_USER_INFO", "reporter:s3cret"), file,
        "--schema-registry-url", "https://registry-1:8081,https://registry-2:8081");

    assertThat(role.registry.url()).contains("https://registry-1:8081,https://registry-2:8081");
    RegistrySettings settings = role.registry.settings(role.registry.url().orElseThrow());
    assertThat(settings.urls()).containsExactly(URI.create("https://registry-1:8081"), URI.create("https://registry-2:8081"));
    assertThat(settings.basicAuth()).contains("reporter:s3cret");
    assertThat(settings.serdes().autoRegister()).isFalse();
  }

  @Test
  void withoutARegistryUrlTheEmbeddedOneRunsOnConfluentsPortAndTopic() {
    Role role = parse(Map.of(), new Properties());

    assertThat(role.registry.url()).isEmpty();
    assertThat(role.registry.settings("http://127.0.0.1:8081").serdes().autoRegister()).isTrue();
    SchemaRegistryServer.Settings server = role.embedded.settings(KafkaSettings.of("broker:9092"));
    assertThat(server.port()).isEqualTo(8081);
    assertThat(server.topic()).isEqualTo("_schemas");
    assertThat(server.host()).isEqualTo("127.0.0.1");
  }

  @Test
  void aMalformedRegistryUrlSaysWhatIsWrong() {
    Role role = parse(Map.of(), new Properties(), "--schema-registry-url", "registry:8081");
    assertThatThrownBy(() -> role.registry.settings(role.registry.url().orElseThrow()))
        .hasMessageContaining("'registry:8081' is not an http:// or https:// URL");
  }
}
