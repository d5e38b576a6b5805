package org.industrialreporting.alerts.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.industrialreporting.kafka.KafkaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every record of its feeds — the alerts, the monthly bulletins — to every configured webhook, at least
 * once and in order per key (per partition):
 * <ul>
 *   <li>A record is done when each webhook accepted it (or refused it for good); only then is the consumer offset
 *       past it committed, so a restart resumes with the first record not yet done and loses none.</li>
 *   <li>When a webhook cannot take a record, its partition waits — paused, the consumer still polling so it stays
 *       in its group — and tries again after 1, 2, 4 … seconds up to a ceiling, for as long as it takes; the
 *       records behind it wait too, so a receiver that was down gets them later in their order. Other partitions go
 *       on.</li>
 *   <li>A webhook that already accepted the waiting record is not sent it again while the others catch up; a
 *       restart may send it again. Every request carries an {@code Idempotency-Key} ({@code alert_id|status|revision},
 *       {@code BULLETIN|district_code|period|revision}) so that receivers drop what they already have.</li>
 * </ul>
 * Instances with the same group id share the partitions.
 */
public final class WebhookNotifier implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);
  private static final Duration POLL = Duration.ofMillis(100);

  /**
   * @param webhooks where to POST every record
   * @param groupId consumer group whose committed offsets say what was delivered
   * @param firstRetry wait before the first retry, doubled for each further one
   * @param maxRetry the longest wait between retries
   * @param requestTimeout how long one request may take
   */
  public record Settings(List<URI> webhooks, String groupId, Duration firstRetry,
      Duration maxRetry, Duration requestTimeout) {

    public Settings {
      webhooks = List.copyOf(webhooks);
      if (webhooks.isEmpty()) {
        throw new IllegalArgumentException("the notifier needs at least one webhook URL");
      }
    }
  }

  /** A partition waiting to retry its first undelivered record. */
  private record Waiting(int attempts, long retryAtNanos) {
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Feed<?>> feeds = new HashMap<>();
  private final Settings settings;
  private final WebhookClient client;
  private final Map<TopicPartition, Waiting> waiting = new HashMap<>();
  private final Map<TopicPartition, Set<URI>> acceptedByWebhook = new HashMap<>();
  private final Thread thread;
  private volatile boolean stopping;

  private WebhookNotifier(KafkaSettings kafka, List<Feed<?>> feeds, Settings settings, Consumer<Throwable> onFailure) {
    this.consumer = new KafkaConsumer<>(kafka.consumer(settings.groupId()), new StringDeserializer(),
        new ByteArrayDeserializer());
    this.settings = settings;
    this.client = new WebhookClient(settings.requestTimeout());
    feeds.forEach(feed -> this.feeds.put(feed.topic(), feed));
    consumer.subscribe(List.copyOf(this.feeds.keySet()), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        forget(partitions); // delivered offsets are committed as they happen
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // resume from the committed offsets
      }

      @Override
      public void onPartitionsLost(Collection<TopicPartition> partitions) {
        forget(partitions);
      }
    });
    this.thread = new Thread(() -> run(onFailure), "webhook-notifier");
  }

  /** Starts delivering on a thread of its own; {@code onFailure} hears of an error that stopped it. */
  public static WebhookNotifier start(KafkaSettings kafka, List<Feed<?>> feeds, Settings settings,
      Consumer<Throwable> onFailure) {
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("the notifier needs at least one topic to deliver");
    }
    WebhookNotifier notifier = new WebhookNotifier(kafka, feeds, settings, onFailure);
    notifier.thread.start();
    return notifier;
  }

  private void run(Consumer<Throwable> onFailure) {
    try {
      while (!stopping) {
        resumeDue();
        deliver(consumer.poll(POLL));
      }
    } catch (WakeupException | InterruptedException e) {
      // asked to stop
    } catch (RuntimeException e) {
      log.error("The webhook notifier stopped", e);
      onFailure.accept(e);
    } finally {
      consumer.close();
    }
  }

  private void deliver(ConsumerRecords<String, byte[]> records) throws InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      Feed<?> feed = feeds.get(partition.topic());
      for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
        if (!deliveredEverywhere(partition, feed.outbound(record.value()))) {
          holdBack(partition, record.offset());
          break;
        }
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        waiting.remove(partition);
        acceptedByWebhook.remove(partition);
      }
    }
    if (!done.isEmpty()) {
      consumer.commitSync(done);
    }
  }

  /** Whether every webhook has the record now (null: a tombstone or a record not wanted, which needs none). */
  private boolean deliveredEverywhere(TopicPartition partition, WebhookClient.Outbound record)
      throws InterruptedException {
    if (record == null) {
      return true;
    }
    Set<URI> accepted = acceptedByWebhook.computeIfAbsent(partition, p -> new HashSet<>());
    for (URI webhook : settings.webhooks()) {
      if (!accepted.contains(webhook) && client.post(webhook, record) != WebhookClient.Outcome.TRY_AGAIN) {
        accepted.add(webhook);
      }
    }
    return accepted.size() == settings.webhooks().size();
  }

  /** Holds a partition at its first undelivered record until its next retry is due. */
  private void holdBack(TopicPartition partition, long offset) {
    int attempts = waiting.containsKey(partition) ? waiting.get(partition).attempts() + 1 : 1;
    long delay = Math.min(settings.maxRetry().toNanos(),
        settings.firstRetry().toNanos() << Math.min(attempts - 1, 30));
    waiting.put(partition, new Waiting(attempts, System.nanoTime() + delay));
    consumer.seek(partition, offset);
    consumer.pause(List.of(partition));
    log.info("Records of {} wait from offset {}: retry {} in {} ms", partition, offset, attempts, delay / 1_000_000);
  }

  private void resumeDue() {
    long now = System.nanoTime();
    List<TopicPartition> due = waiting.entrySet().stream()
        .filter(w -> w.getValue().retryAtNanos() <= now && consumer.paused().contains(w.getKey()))
        .map(Map.Entry::getKey).toList();
    consumer.resume(due);
  }

  private void forget(Collection<TopicPartition> partitions) {
    partitions.forEach(p -> {
      waiting.remove(p);
      acceptedByWebhook.remove(p);
    });
  }

  /** Stops after the request in flight; what was not delivered is delivered after the next start. */
  @Override
  public void close() {
    stopping = true;
    consumer.wakeup();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
