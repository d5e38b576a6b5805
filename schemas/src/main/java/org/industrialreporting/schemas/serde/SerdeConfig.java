package org.industrialreporting.schemas.serde;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.industrialreporting.schemas.registry.RegistrySettings;
import org.industrialreporting.schemas.registry.TlsSettings;

/**
 * Confluent's serializer and deserializer properties, as a Kafka producer or consumer configured by properties
 * hands them to {@code configure(configs, isKey)}: the same names as Confluent's {@code KafkaAvroSerializer}, so
 * that a client's configuration works with either.
 */
public final class SerdeConfig {

  /** Comma-separated base URLs of the registry; required. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** {@code USER_INFO} (the default) takes {@link #BASIC_AUTH_USER_INFO}; {@code URL} the URL's user info. */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  /** {@code user:password}; {@code schema.registry.basic.auth.user.info} is read as well. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  /** Deserializers: true reads into the generated class named by the writer schema, false into GenericRecords. */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

  private static final String PREFIX = "schema.registry.";
  private static final String SSL = PREFIX + "ssl.";

  private SerdeConfig() {
  }

  /** The registry and serde settings the properties describe; a missing URL or a bad value is a ConfigException. */
  public static RegistrySettings registrySettings(Map<String, ?> configs, boolean isKey) {
    String urls = string(configs, SCHEMA_REGISTRY_URL).orElseThrow(() -> new ConfigException(
        "Missing required configuration \"" + SCHEMA_REGISTRY_URL + "\" which has no default value."));
    SubjectNameStrategy strategy = string(configs, isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY)
        .map(name -> {
          try {
            return SubjectNameStrategy.fromConfig(name);
          } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
          }
        })
        .orElse(SubjectNameStrategy.TOPIC_NAME);
    boolean autoRegister = bool(configs, AUTO_REGISTER_SCHEMAS, true);
    try {
      return RegistrySettings.of(withoutUserInfo(urls))
          .withBasicAuth(basicAuth(configs, urls).orElse(null))
          .withTls(tls(configs))
          .withSerdes(new SerdeSettings(autoRegister, strategy));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Whether a deserializer reads generated classes ({@link #SPECIFIC_AVRO_READER}); false by default. */
  public static boolean specificReader(Map<String, ?> configs) {
    return bool(configs, SPECIFIC_AVRO_READER, false);
  }

  private static Optional<String> basicAuth(Map<String, ?> configs, String urls) {
    String source = string(configs, BASIC_AUTH_CREDENTIALS_SOURCE).orElse("USER_INFO");
    return switch (source) {
      case "USER_INFO" -> string(configs, BASIC_AUTH_USER_INFO).or(() -> string(configs, PREFIX + BASIC_AUTH_USER_INFO));
      case "URL" -> Optional.ofNullable(URI.create(urls.split(",")[0].trim()).getUserInfo());
      default -> throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, source, "USER_INFO or URL expected");
    };
  }

  /** The URLs without {@code user:password@}, which goes into the Authorization header instead. */
  private static String withoutUserInfo(String urls) {
    return urls.replaceAll("//[^/@,]*@", "//");
  }

  private static TlsSettings tls(Map<String, ?> configs) {
    return new TlsSettings(store(configs, "truststore"), store(configs, "keystore"),
        string(configs, SSL + "key.password").orElse(null));
  }

  private static Optional<TlsSettings.Store> store(Map<String, ?> configs, String kind) {
    return string(configs, SSL + kind + ".location").map(location -> new TlsSettings.Store(Path.of(location),
        string(configs, SSL + kind + ".password").orElse(null),
        string(configs, SSL + kind + ".type").orElse(null)));
  }

  private static Optional<String> string(Map<String, ?> configs, String name) {
    Object value = configs.get(name);
    if (value instanceof Class<?> type) {
      return Optional.of(type.getName()); // Confluent lets strategies be given as classes
    }
    return Optional.ofNullable(value).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static boolean bool(Map<String, ?> configs, String name, boolean defaultValue) {
    return string(configs, name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(name, value, "true or false expected");
    }).orElse(defaultValue);
  }
}
