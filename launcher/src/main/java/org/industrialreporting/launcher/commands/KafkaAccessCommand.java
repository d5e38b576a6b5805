package org.industrialreporting.launcher.commands;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.access.AccessPolicy;
import org.industrialreporting.kafka.access.AccessProvisioner;
import org.industrialreporting.kafka.access.KafkaRole;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.registry.server.SchemaRegistryServer;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Gives each role of the pipeline its Kafka user (SCRAM-SHA-512) and exactly its ACLs ({@link AccessPolicy}), as the
 * cluster's super user: the one-shot job that secures the container stack's broker before the roles start.
 */
@Command(name = "kafka-access", mixinStandardHelpOptions = true,
    description = {"Create or update the Kafka users of the pipeline's roles (SCRAM-SHA-512) and make their ACLs"
        + " exactly what each role needs; returns once the broker applies them. Idempotent.",
        "Users: setup, streams, intake, submitter, dashboard, notifier, schema-registry; a role without a password"
            + " option keeps its credentials as they are. Connect as a super user: --admin-password for the"
            + " super user of 'reporting broker' (SASL/PLAIN), or any client settings with --kafka-property.",
        "--print lists the ACLs without connecting, e.g. to apply them with other tools."})
public final class KafkaAccessCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--admin-user", paramLabel = "NAME", defaultValue = "admin",
      description = "The super user (default: ${DEFAULT-VALUE}).")
  String adminUser;

  @Option(names = "--admin-password", paramLabel = "PASSWORD",
      description = "Its password, to authenticate over SASL/PLAIN on the broker's admin listener"
          + " (env REPORTING_ADMIN_PASSWORD).")
  String adminPassword;

  @Option(names = "--setup-password", paramLabel = "PASSWORD", description = "env REPORTING_SETUP_PASSWORD")
  String setup;

  @Option(names = "--streams-password", paramLabel = "PASSWORD", description = "env REPORTING_STREAMS_PASSWORD")
  String streams;

  @Option(names = "--intake-password", paramLabel = "PASSWORD", description = "env REPORTING_INTAKE_PASSWORD")
  String intake;

  @Option(names = "--submitter-password", paramLabel = "PASSWORD",
      description = "env REPORTING_SUBMITTER_PASSWORD")
  String submitter;

  @Option(names = "--dashboard-password", paramLabel = "PASSWORD",
      description = "env REPORTING_DASHBOARD_PASSWORD")
  String dashboard;

  @Option(names = "--notifier-password", paramLabel = "PASSWORD", description = "env REPORTING_NOTIFIER_PASSWORD")
  String notifier;

  @Option(names = "--schema-registry-password", paramLabel = "PASSWORD",
      description = "env REPORTING_SCHEMA_REGISTRY_PASSWORD")
  String schemaRegistry;

  @Option(names = "--streams-application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "The streams application: its group, transactions and internal topics (default: ${DEFAULT-VALUE}).")
  String streamsApplicationId;

  @Option(names = "--notifier-group", paramLabel = "ID", defaultValue = "reporting-notifier",
      description = "The notifier's consumer group (default: ${DEFAULT-VALUE}).")
  String notifierGroup;

  @Option(names = "--registry-topic", paramLabel = "TOPIC", defaultValue = SchemaRegistryServer.DEFAULT_TOPIC,
      description = "The Schema Registry's topic (default: ${DEFAULT-VALUE}).")
  String registryTopic;

  @Option(names = "--registry-group", paramLabel = "ID", defaultValue = "schema-registry",
      description = "The group Confluent's Schema Registry elects its leader in (default: ${DEFAULT-VALUE}).")
  String registryGroup;

  @Option(names = "--demo", arity = "1", paramLabel = "true|false", defaultValue = "false",
      description = "Let setup also write the report topics, so that 'setup --demo' can load the demo world"
          + " (env REPORTING_DEMO; default: ${DEFAULT-VALUE}).")
  boolean demo;

  @Option(names = "--print", description = "Print the ACLs and change nothing.")
  boolean print;

  private final LaunchContext context;

  KafkaAccessCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    AccessPolicy policy = new AccessPolicy(kafka.catalog(), streamsApplicationId,
        ViewTopics.ledgersTopic(streamsApplicationId), notifierGroup, registryTopic, registryGroup, demo);
    var out = context.out();
    if (print) {
      policy.all().forEach((role, bindings) -> bindings.forEach(binding -> out.println(line(binding))));
      return 0;
    }
    KafkaSettings cluster = kafka.requireCluster("kafka-access", context);
    Map<String, Object> admin = cluster.admin("reporting-kafka-access");
    if (adminPassword != null) {
      admin.putAll(new EmbeddedKafka.Security(adminUser, adminPassword, 0).superUserClient());
    }
    Map<KafkaRole, String> passwords = passwords();
    try (Admin client = Admin.create(admin)) {
      AccessProvisioner.Result result = new AccessProvisioner(client, Duration.ofSeconds(60)).apply(policy, passwords);
      List<String> untouched = Arrays.stream(KafkaRole.values()).filter(r -> !passwords.containsKey(r))
          .map(KafkaRole::userName).toList();
      out.println("Kafka users: " + (result.usersSet().isEmpty() ? "no password given" : String.join(", ",
          result.usersSet()) + " (" + EmbeddedKafka.CLIENT_MECHANISM + ", passwords set)")
          + (untouched.isEmpty() ? "" : "; left as they are: " + String.join(", ", untouched)));
      out.printf("Kafka ACLs: %d created, %d deleted, %d in place, for %d users%n", result.created().size(),
          result.deleted().size(), result.kept(), KafkaRole.values().length);
      result.deleted().forEach(binding -> out.println("  deleted " + line(binding)));
    }
    return 0;
  }

  private Map<KafkaRole, String> passwords() {
    Map<KafkaRole, String> passwords = new EnumMap<>(KafkaRole.class);
    Map<KafkaRole, String> given = new EnumMap<>(KafkaRole.class);
    given.put(KafkaRole.SETUP, setup);
    given.put(KafkaRole.STREAMS, streams);
    given.put(KafkaRole.INTAKE, intake);
    given.put(KafkaRole.SUBMITTER, submitter);
    given.put(KafkaRole.DASHBOARD, dashboard);
    given.put(KafkaRole.NOTIFIER, notifier);
    given.put(KafkaRole.SCHEMA_REGISTRY, schemaRegistry);
    given.forEach((role, password) -> {
      if (password != null && !password.isEmpty()) {
        passwords.put(role, password);
      }
    });
    return passwords;
  }

  /** One ACL as {@code kafka-acls --list} words it. */
  private static String line(AclBinding binding) {
    return String.format("%-22s %-7s %-16s %-9s %s", binding.entry().principal(), binding.entry().permissionType(),
        binding.entry().operation(), binding.pattern().resourceType(), binding.pattern().name()
            + (binding.pattern().patternType() == PatternType.PREFIXED ? "*" : ""));
  }
}
