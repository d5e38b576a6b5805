package org.industrialreporting.kafka.access;

import java.util.Locale;

/**
 * The pipeline's Kafka principals, one per role: each is a SCRAM user named like the role ({@code User:streams})
 * and allowed what that role does ({@link AccessPolicy}).
 */
public enum KafkaRole {

  /** {@code setup}, {@code topics}, {@code register}, {@code rules}: creates topics, loads registries and rules. */
  SETUP,
  /** The streams application: reads the inputs, writes rollups, alerts, dead letters and its own topics. */
  STREAMS,
  /** The HTTP intake: writes reports, dead letters and, for admins, the registries. */
  INTAKE,
  /** {@code submit}: writes reports and dead letters. */
  SUBMITTER,
  /** The dashboard: reads rollups, alerts, registries, dead letters and the accepted reports. */
  DASHBOARD,
  /** {@code notify}, {@code alerts}, {@code bulletin}: read the alerts, the notifier in its group. */
  NOTIFIER,
  /** The Schema Registry (ours or Confluent's): its schemas topic and its group. */
  SCHEMA_REGISTRY;

  /** The SCRAM user, e.g. {@code schema-registry}. */
  public String userName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The principal ACLs name, e.g. {@code User:streams}. */
  public String principal() {
    return "User:" + userName();
  }
}
