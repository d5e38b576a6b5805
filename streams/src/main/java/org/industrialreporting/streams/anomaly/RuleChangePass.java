package org.industrialreporting.streams.anomaly;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges a task's alerts again when the alert rules change. A new rule applies to the next report at once (the
 * detectors read the rules in force for every evaluation); this pass brings every other subject of the task in line
 * too — each enterprise ledger, or each scope's cells, in key order, a slice per punctuation so that reports keep
 * flowing meanwhile — and an alert the new rules no longer find clears as {@code RULE_CHANGE}.
 *
 * <p>Which rules the subjects were last judged on ({@link org.industrialreporting.anomaly.RuleBook#fingerprint}) and
 * how far a pass got are kept in a store of the task's, so a pass cut short by a restart goes on where it stopped,
 * and rules changed while the application was down apply after its start. A task without that record (its first
 * start, or state from a version before the pass) makes one pass, which sends only what differs.
 *
 * @param <V> the subjects' values in their store
 */
public final class RuleChangePass<V> {

  /** How a task's subjects are judged again. */
  public interface Subjects<V> {
    /** Judges again the subject stored under {@code key}; {@code now} is the wall-clock time of the pass. */
    void rejudge(String key, V value, long now);

    /**
     * A pass starts, before the stored subjects: the place to judge again those changed in memory and not yet in their
     * store.
     */
    default void passStarts(long now) {
    }
  }

  private static final Logger log = LoggerFactory.getLogger(RuleChangePass.class);
  private static final String KEY = "rules-judged-on";
  /** How often the rules in force are compared with those the subjects were judged on. */
  private static final Duration INTERVAL = Duration.ofMillis(100);
  /** How long one slice of a pass may take before the thread goes back to its input. */
  private static final Duration SLICE = Duration.ofMillis(20);

  private final String what;
  private final RuleSnapshot rules;
  private final Subjects<V> subjects;
  private final long sliceNanos;
  private KeyValueStore<String, String> progress;
  private KeyValueStore<String, V> store;
  private ProcessorContext<?, ?> context;
  /** The fingerprint of the rules the subjects are judged on, or being judged on while {@link #cursor} is set. */
  private String judgedOn;
  /** While a pass runs: the last key judged again, empty before the first; null when no pass runs. */
  private String cursor;
  private long passStarted;
  private long passJudged;

  /** @param what the subjects, for the log: {@code enterprises}, {@code scopes} */
  public RuleChangePass(String what, RuleSnapshot rules, Subjects<V> subjects) {
    this(what, rules, subjects, SLICE);
  }

  RuleChangePass(String what, RuleSnapshot rules, Subjects<V> subjects, Duration slice) {
    this.what = what;
    this.rules = rules;
    this.subjects = subjects;
    this.sliceNanos = slice.toNanos();
  }

  /** The store of a stage's passes, by name (a few bytes per task, logged). */
  public static StoreBuilder<KeyValueStore<String, String>> storeBuilder(String name) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.String());
  }

  /**
   * Starts looking for rule changes; call from the processor's {@code init}.
   *
   * @param progressStore the store of {@link #storeBuilder}
   * @param subjectStore  the store whose keys are the subjects, iterated in key order
   */
  public void start(ProcessorContext<?, ?> context, String progressStore, KeyValueStore<String, V> subjectStore) {
    this.context = context;
    this.progress = context.getStateStore(progressStore);
    this.store = subjectStore;
    String kept = progress.get(KEY);
    if (kept != null) {
      int newline = kept.indexOf('\n');
      judgedOn = newline < 0 ? kept : kept.substring(0, newline);
      cursor = newline < 0 ? null : kept.substring(newline + 1);
    }
    context.schedule(INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::step);
  }

  /** Goes on with the pass, or starts one when the rules in force are not those the subjects were judged on. */
  void step(long now) {
    String inForce = rules.current().fingerprint();
    if (inForce.equals(judgedOn) && cursor == null) {
      return;
    }
    if (!inForce.equals(judgedOn)) {
      // A pass under rules replaced since is moot: start again from the first subject.
      if (judgedOn != null) {
        log.info("Alert rules {} are in force, the {} of task {} were judged on {}: judging them again", inForce,
            what, context.taskId(), judgedOn);
      }
      judgedOn = inForce;
      cursor = "";
      passStarted = System.nanoTime();
      passJudged = 0;
      subjects.passStarts(now);
    }
    long sliceEnd = System.nanoTime() + sliceNanos;
    try (KeyValueIterator<String, V> next = cursor.isEmpty() ? store.all() : store.range(cursor, null)) {
      while (next.hasNext()) {
        KeyValue<String, V> subject = next.next();
        if (subject.key.equals(cursor)) {
          continue;
        }
        subjects.rejudge(subject.key, subject.value, now);
        cursor = subject.key;
        passJudged++;
        if (System.nanoTime() - sliceEnd > 0) {
          progress.put(KEY, judgedOn + '\n' + cursor);
          return;
        }
      }
    }
    // A task's first start (nothing recorded, usually nothing stored) is not worth a line.
    if (passJudged > 0) {
      log.info("The {} of task {} are judged on alert rules {}: {} stored records gone through in {} ms", what,
          context.taskId(), judgedOn, passJudged, (System.nanoTime() - passStarted) / 1_000_000);
    }
    cursor = null;
    progress.put(KEY, judgedOn);
  }
}
