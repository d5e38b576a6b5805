package org.industrialreporting.launcher.config;

import java.util.Optional;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.serde.SerdeSettings;
import org.industrialreporting.schemas.serde.SubjectNameStrategy;
import picocli.CommandLine.Option;

/** Options of every role that reads or writes Avro through a Schema Registry. */
public final class RegistryOptions {

  @Option(names = "--schema-registry-url", paramLabel = "URL,...",
      description = "Schema Registry to use, e.g. a Confluent registry (env REPORTING_SCHEMA_REGISTRY_URL)."
          + " `run` starts an embedded one when this is not set.")
  String url;

  @Option(names = "--schema-registry-user-info", paramLabel = "USER:PASSWORD",
      description = "Basic auth credentials for the Schema Registry (env REPORTING_SCHEMA_REGISTRY_USER_INFO).")
  String userInfo;

  @Option(names = "--auto-register-schemas", paramLabel = "true|false", arity = "1", defaultValue = "true",
      description = "Register the schemas of written records on first use (default: ${DEFAULT-VALUE});"
          + " false where schemas are registered ahead of deployment (env REPORTING_AUTO_REGISTER_SCHEMAS).")
  boolean autoRegister;

  /** The external registry, if one was named. */
  public Optional<String> url() {
    return Optional.ofNullable(url).filter(u -> !u.isBlank());
  }

  /** Settings for the registry the options name; without one, a usage error saying that {@code command} needs it. */
  public RegistrySettings requireRegistry(String command) {
    return settings(url().orElseThrow(() -> new IllegalArgumentException(command
        + " needs a Schema Registry: pass --schema-registry-url URL or set REPORTING_SCHEMA_REGISTRY_URL")));
  }

  /** Client settings for the registry at {@code registryUrl}; a malformed URL or user info is a usage error. */
  public RegistrySettings settings(String registryUrl) {
    return RegistrySettings.of(registryUrl)
        .withBasicAuth(userInfo)
        .withSerdes(new SerdeSettings(autoRegister, SubjectNameStrategy.TOPIC_NAME));
  }
}
