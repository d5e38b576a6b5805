package org.industrialreporting.launcher.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The configuration a command sees besides its own flags, in the documented precedence (later wins):
 * code defaults, then the properties file ({@code --config-file} or {@code REPORTING_CONFIG_FILE}), then the
 * environment, then command-line flags (applied by picocli on top of what this class supplies).
 *
 * <ul>
 *   <li>Our options: {@code bootstrap-servers=...} in the file, {@code REPORTING_BOOTSTRAP_SERVERS} in the
 *       environment, {@code --bootstrap-servers} on the command line.</li>
 *   <li>Kafka client settings (SASL, TLS, timeouts): {@code kafka.security.protocol=...} in the file,
 *       {@code KAFKA_SECURITY_PROTOCOL} in the environment, {@code --kafka-property security.protocol=...} on
 *       the command line. Only names Kafka's clients know are taken from the environment, so variables such as
 *       {@code KAFKA_HEAP_OPTS} are left alone.</li>
 * </ul>
 */
public final class LaunchContext {

  private static final String OPTION_ENV_PREFIX = "REPORTING_";
  private static final String KAFKA_ENV_PREFIX = "KAFKA_";
  private static final String KAFKA_FILE_PREFIX = "kafka.";

  private final Properties file;
  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  public LaunchContext(Properties file, Map<String, String> env, PrintStream out, PrintStream err) {
    this.file = file;
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
  }

  /** Reads the config file named on the command line or in the environment, if any. */
  public static LaunchContext fromProcess(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Optional<Path> configFile = configFileArgument(args)
        .or(() -> Optional.ofNullable(env.get(OPTION_ENV_PREFIX + "CONFIG_FILE")))
        .map(Path::of);
    Properties file = new Properties();
    if (configFile.isPresent()) {
      try (Reader reader = Files.newBufferedReader(configFile.get(), StandardCharsets.UTF_8)) {
        file.load(reader);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read config file " + configFile.get() + ": " + e.getMessage(), e);
      }
    }
    return new LaunchContext(file, env, out, err);
  }

  private static Optional<String> configFileArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config-file") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith("--config-file=")) {
        return Optional.of(args[i].substring("--config-file=".length()));
      }
    }
    return Optional.empty();
  }

  /**
   * The value of one of our options from the environment or the config file, before command-line flags.
   *
   * @param longName the option's long name without dashes, e.g. {@code bootstrap-servers}
   */
  public Optional<String> option(String longName) {
    String envName = OPTION_ENV_PREFIX + longName.toUpperCase(Locale.ROOT).replace('-', '_');
    return Optional.ofNullable(env.get(envName)).or(() -> Optional.ofNullable(file.getProperty(longName)));
  }

  /** Kafka client properties from the config file and the environment (the environment wins). */
  public Map<String, String> kafkaProperties() {
    Map<String, String> props = new TreeMap<>();
    for (String name : file.stringPropertyNames()) {
      if (name.startsWith(KAFKA_FILE_PREFIX)) {
        props.put(name.substring(KAFKA_FILE_PREFIX.length()), file.getProperty(name));
      }
    }
    Set<String> known = knownClientConfigs();
    env.forEach((name, value) -> {
      if (name.startsWith(KAFKA_ENV_PREFIX)) {
        String key = name.substring(KAFKA_ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        if (known.contains(key)) {
          props.put(key, value);
        }
      }
    });
    return props;
  }

  private static Set<String> knownClientConfigs() {
    var names = new java.util.HashSet<String>();
    names.addAll(ProducerConfig.configNames());
    names.addAll(ConsumerConfig.configNames());
    names.addAll(AdminClientConfig.configNames());
    return names;
  }

  /** Where a command reports to its user. */
  public PrintStream out() {
    return out;
  }

  /** Where a command reports problems. */
  public PrintStream err() {
    return err;
  }
}
