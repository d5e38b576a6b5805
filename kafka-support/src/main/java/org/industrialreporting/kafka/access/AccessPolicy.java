package org.industrialreporting.kafka.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSpec;

/**
 * What each of the pipeline's principals may do on the cluster, as ACLs for Kafka's StandardAuthorizer (nothing is
 * allowed without one). Only the intake and {@code submit} write the report topics, only the streams application
 * the rollups; the alerts the streams application and, for its 催报 notices, the dashboard; the notifier only reads. Every role may describe the catalog's topics, so
 * that a missing topic is reported as missing.
 *
 * @param topics                 the topics, with their prefix
 * @param streamsApplicationId   the streams application: its group, transactional ids and internal topics
 * @param ledgersTopic           the streams application's ledger changelog, which the dashboard drills down into
 * @param notifierGroup          the notifier's consumer group
 * @param schemasTopic           the Schema Registry's topic
 * @param schemaRegistryGroup    the group Confluent's Schema Registry elects its leader in
 * @param demo                   whether {@code setup --demo} may also write the report topics, to load the demo
 *                               world's reports; leave it off in production
 */
public record AccessPolicy(TopicCatalog topics, String streamsApplicationId, String ledgersTopic,
    String notifierGroup, String schemasTopic, String schemaRegistryGroup, boolean demo) {

  public AccessPolicy {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(streamsApplicationId, "streamsApplicationId");
    Objects.requireNonNull(ledgersTopic, "ledgersTopic");
    Objects.requireNonNull(notifierGroup, "notifierGroup");
    Objects.requireNonNull(schemasTopic, "schemasTopic");
    Objects.requireNonNull(schemaRegistryGroup, "schemaRegistryGroup");
  }

  /** Every role's ACLs. */
  public Map<KafkaRole, List<AclBinding>> all() {
    Map<KafkaRole, List<AclBinding>> all = new EnumMap<>(KafkaRole.class);
    for (KafkaRole role : KafkaRole.values()) {
      all.put(role, bindings(role));
    }
    return all;
  }

  /** The ACLs of one role. */
  public List<AclBinding> bindings(KafkaRole role) {
    Grants grants = new Grants(role);
    if (role != KafkaRole.SCHEMA_REGISTRY) {
      topics.all().forEach(topic -> grants.topic(topic.name(), AclOperation.DESCRIBE));
    }
    TopicSpec<?, ?>[] reports = {topics.indicatorReports(), topics.parkReports()};
    TopicSpec<?, ?>[] registries = {topics.enterpriseRegistry(), topics.parkRegistry()};
    switch (role) {
      case SETUP -> {
        topics.all().forEach(topic -> grants.topic(topic.name(), AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS));
        grants.write(topics.enterpriseRegistry(), topics.parkRegistry(), topics.targets(), topics.alertRules(),
            topics.rejectedReports());
        grants.read(topics.enterpriseRegistry(), topics.parkRegistry(), topics.targets(), topics.alertRules());
        if (demo) {
          grants.write(reports);
        }
      }
      case STREAMS -> {
        grants.read(reports);
        grants.read(registries);
        grants.read(topics.targets(), topics.alertRules());
        grants.write(topics.allRollups().toArray(TopicSpec<?, ?>[]::new));
        grants.write(topics.anomalyAlerts(), topics.rejectedReports());
        // Its changelogs and repartition topics, its group and its transactions all carry the application id.
        grants.add(ResourceType.TOPIC, streamsApplicationId, PatternType.PREFIXED, AclOperation.ALL);
        grants.add(ResourceType.GROUP, streamsApplicationId, PatternType.LITERAL, AclOperation.READ);
        grants.add(ResourceType.TRANSACTIONAL_ID, streamsApplicationId, PatternType.PREFIXED, AclOperation.WRITE,
            AclOperation.DESCRIBE);
      }
      case INTAKE -> {
        grants.read(registries);
        grants.write(reports);
        grants.write(topics.rejectedReports());
        grants.write(topics.enterpriseRegistry(), topics.parkRegistry(), topics.targets()); // admin tokens load them
      }
      case SUBMITTER -> {
        grants.read(registries);
        grants.write(reports);
        grants.write(topics.rejectedReports());
      }
      case DASHBOARD -> {
        grants.read(topics.allRollups().toArray(TopicSpec<?, ?>[]::new));
        grants.read(topics.anomalyAlerts(), topics.rejectedReports());
        grants.read(registries);
        grants.read(topics.alertRules()); // the reporting deadline
        grants.topic(ledgersTopic, AclOperation.READ);
        grants.write(topics.anomalyAlerts()); // its 催报 notices (REPORT_MISSING)
        grants.read(topics.bulletins()); // the monthly bulletins it produced, whose revisions it continues
        grants.write(topics.bulletins());
      }
      case NOTIFIER -> {
        grants.read(topics.anomalyAlerts(), topics.bulletins());
        grants.add(ResourceType.GROUP, notifierGroup, PatternType.LITERAL, AclOperation.READ);
      }
      case SCHEMA_REGISTRY -> {
        grants.topic(schemasTopic, AclOperation.READ, AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE,
            AclOperation.DESCRIBE_CONFIGS);
        grants.add(ResourceType.GROUP, schemaRegistryGroup, PatternType.LITERAL, AclOperation.READ);
      }
      default -> throw new IllegalArgumentException("No ACLs for " + role);
    }
    return grants.list();
  }

  /** ALLOW entries of one principal, from any host. */
  private static final class Grants {
    private final KafkaRole role;
    private final List<AclBinding> list = new ArrayList<>();

    Grants(KafkaRole role) {
      this.role = role;
    }

    void read(TopicSpec<?, ?>... specs) {
      for (TopicSpec<?, ?> spec : specs) {
        topic(spec.name(), AclOperation.READ);
      }
    }

    void write(TopicSpec<?, ?>... specs) {
      for (TopicSpec<?, ?> spec : specs) {
        topic(spec.name(), AclOperation.WRITE);
      }
    }

    void topic(String name, AclOperation... operations) {
      add(ResourceType.TOPIC, name, PatternType.LITERAL, operations);
    }

    void add(ResourceType type, String name, PatternType pattern, AclOperation... operations) {
      for (AclOperation operation : operations) {
        AclBinding binding = new AclBinding(new ResourcePattern(type, name, pattern),
            new AccessControlEntry(role.principal(), "*", operation, AclPermissionType.ALLOW));
        if (!list.contains(binding)) {
          list.add(binding);
        }
      }
    }

    List<AclBinding> list() {
      return List.copyOf(list);
    }
  }
}
