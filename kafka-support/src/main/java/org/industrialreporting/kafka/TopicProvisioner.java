package org.industrialreporting.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates missing topics and checks existing ones against their {@link TopicSpec}, on any cluster. Running it
 * again is a no-op; a topic that exists with other settings is reported, never altered, because changing the
 * partition count of a keyed topic would move keys between partitions.
 */
public final class TopicProvisioner {

  private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

  private final Admin admin;
  private final Optional<Short> replicationFactor;
  private final Duration timeout;

  /**
   * @param replicationFactor replication factor of new topics; empty for the cluster's default
   */
  public TopicProvisioner(Admin admin, Optional<Short> replicationFactor, Duration timeout) {
    this.admin = admin;
    this.replicationFactor = replicationFactor;
    this.timeout = timeout;
  }

  /** Creates what is missing and compares what exists. */
  public Result ensure(Collection<? extends TopicSpec<?, ?>> specs) {
    Map<String, TopicSpec<?, ?>> byName = specs.stream()
        .collect(Collectors.toMap(TopicSpec::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    var existing = await(admin.listTopics().names());
    List<String> created = new ArrayList<>();
    List<TopicSpec<?, ?>> toCreate = byName.values().stream().filter(s -> !existing.contains(s.name())).toList();
    if (!toCreate.isEmpty()) {
      CreateTopicsResult result = admin.createTopics(toCreate.stream().map(s -> s.newTopic(replicationFactor)).toList());
      for (var entry : result.values().entrySet()) {
        try {
          await(entry.getValue());
          created.add(entry.getKey());
          log.info("Created topic {}", entry.getKey());
        } catch (KafkaOperationException e) {
          // Another instance created it between our listing and our request: it is checked below like any other.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    }
    awaitLeaders(created);
    List<String> checked = byName.keySet().stream().filter(n -> !created.contains(n)).toList();
    List<Mismatch> mismatches = checked.isEmpty() ? List.of() : compare(checked, byName);
    List<String> matching = checked.stream()
        .filter(n -> mismatches.stream().noneMatch(m -> m.topic().equals(n)))
        .toList();
    return new Result(created, matching, mismatches);
  }

  private List<Mismatch> compare(List<String> names, Map<String, TopicSpec<?, ?>> specs) {
    // A topic created a moment ago (by another instance) may not be known to every broker yet: retry.
    Map<String, TopicDescription> descriptions = retrying(() -> admin.describeTopics(names).allTopicNames());
    List<ConfigResource> resources = names.stream()
        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs = retrying(() -> admin.describeConfigs(resources).all());
    List<Mismatch> mismatches = new ArrayList<>();
    for (String name : names) {
      TopicSpec<?, ?> spec = specs.get(name);
      int partitions = descriptions.get(name).partitions().size();
      if (partitions != spec.partitions()) {
        mismatches.add(new Mismatch(name, "partitions", Integer.toString(spec.partitions()), Integer.toString(partitions)));
      }
      Config actual = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
      spec.configs().forEach((key, expected) -> {
        ConfigEntry entry = actual.get(key);
        String value = entry == null ? null : entry.value();
        if (!expected.equals(value)) {
          mismatches.add(new Mismatch(name, key, expected, value));
        }
      });
    }
    return mismatches;
  }

  /**
   * Waits until every partition of the topics just created has a leader. A write that arrives before the broker
   * leads the partition is refused as NOT_LEADER_OR_FOLLOWER and retried, and an idempotent producer's first batch
   * retried that way was seen to loop on OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout.
   */
  private void awaitLeaders(List<String> topics) {
    if (topics.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<String, TopicDescription> descriptions = retrying(() -> admin.describeTopics(topics).allTopicNames());
      boolean led = descriptions.values().stream()
          .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
      if (led) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new KafkaOperationException("The topics " + topics + " have partitions without a leader after "
            + timeout.toSeconds() + " s", null);
      }
      try {
        Thread.sleep(20); // polling the cluster's metadata, not waiting for time to pass
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaOperationException("Interrupted while waiting for the topics' leaders", e);
      }
    }
  }

  private <T> T retrying(Supplier<KafkaFuture<T>> request) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        return await(request.get());
      } catch (KafkaOperationException e) {
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
          throw e;
        }
        log.debug("Retrying after {}", e.getCause().toString());
      }
    }
  }

  private <T> T await(KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaOperationException("Interrupted while talking to the cluster", e);
    } catch (ExecutionException e) {
      throw new KafkaOperationException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaOperationException("The cluster did not answer within " + timeout.toSeconds() + " s", e);
    }
  }

  /** What {@link #ensure} found and did. */
  public record Result(List<String> created, List<String> matching, List<Mismatch> mismatches) {
    public boolean consistent() {
      return mismatches.isEmpty();
    }
  }

  /** A setting of an existing topic that differs from its specification. */
  public record Mismatch(String topic, String setting, String expected, String actual) {
    @Override
    public String toString() {
      return topic + ": " + setting + " is " + actual + ", expected " + expected;
    }
  }
}
