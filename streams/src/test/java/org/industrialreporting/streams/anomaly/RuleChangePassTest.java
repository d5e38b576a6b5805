package org.industrialreporting.streams.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.anomaly.DefaultAlertRules;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pass over a task's subjects after a rule change: when it runs, in slices, and where a restart resumes it. */
class RuleChangePassTest {

  private static final String PASS_STORE = "pass";
  private static final Duration WHOLE = Duration.ofSeconds(60);
  /** A slice that ends after its first subject. */
  private static final Duration ONE_AT_A_TIME = Duration.ZERO;

  private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
  private final RuleSnapshot rules = new RuleSnapshot();
  private final List<String> judged = new ArrayList<>();
  private final List<String> starts = new ArrayList<>();
  private KeyValueStore<String, String> subjects;
  private KeyValueStore<String, String> progress;

  @BeforeEach
  void stores() {
    subjects = store("subjects");
    progress = store(PASS_STORE);
    for (String key : List.of("a", "b", "c", "d", "e")) {
      subjects.put(key, key.toUpperCase());
    }
  }

  private KeyValueStore<String, String> store(String name) {
    KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
        Serdes.String(), Serdes.String()).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  /** A pass started as a processor's init starts it (a restart is another one on the same stores). */
  private RuleChangePass<String> started(Duration slice) {
    RuleChangePass<String> pass = new RuleChangePass<>("subjects", rules, new RuleChangePass.Subjects<>() {
      @Override
      public void rejudge(String key, String value, long now) {
        assertThat(value).isEqualTo(key.toUpperCase());
        judged.add(key);
      }

      @Override
      public void passStarts(long now) {
        starts.add("start");
      }
    }, slice);
    pass.start(context, PASS_STORE, subjects);
    return pass;
  }

  private static RuleBook stricterEnergyRises() {
    return RuleBook.of(List.of(AlertRule.newBuilder(DefaultAlertRules.of(AlertKind.ENERGY_RISE))
        .setMinChangeBp(15_000).build()));
  }

  @Test
  void aTaskWithoutARecordOfItsRulesJudgesEverySubjectOnceAndRecordsThem() {
    RuleChangePass<String> pass = started(WHOLE);

    pass.step(0);
    pass.step(100);

    assertThat(judged).containsExactly("a", "b", "c", "d", "e");
    assertThat(starts).hasSize(1);
    assertThat(progress.get("rules-judged-on")).isEqualTo(RuleBook.defaults().fingerprint());
  }

  @Test
  void subjectsJudgedOnTheRulesInForceAreNotJudgedAgainAfterARestart() {
    started(WHOLE).step(0);
    judged.clear();

    RuleChangePass<String> restarted = started(WHOLE);
    restarted.step(100);

    assertThat(judged).isEmpty();
    rules.replace(stricterEnergyRises());
    restarted.step(200);
    assertThat(judged).containsExactly("a", "b", "c", "d", "e");
    assertThat(progress.get("rules-judged-on")).isEqualTo(stricterEnergyRises().fingerprint());
  }

  @Test
  void aPassGoesOnInSlicesAndAfterARestartWhereItStopped() {
    RuleChangePass<String> pass = started(ONE_AT_A_TIME);
    pass.step(0);
    pass.step(100);
    assertThat(judged).containsExactly("a", "b");
    assertThat(progress.get("rules-judged-on")).isEqualTo(RuleBook.defaults().fingerprint() + "\nb");

    RuleChangePass<String> restarted = started(WHOLE);
    restarted.step(200);

    assertThat(judged).containsExactly("a", "b", "c", "d", "e");
    assertThat(starts).as("the pass resumed is the same pass").hasSize(1);
    assertThat(progress.get("rules-judged-on")).isEqualTo(RuleBook.defaults().fingerprint());
  }

  @Test
  void rulesChangedDuringAPassStartItAgainFromTheFirstSubject() {
    RuleChangePass<String> pass = started(ONE_AT_A_TIME);
    pass.step(0);
    pass.step(100);

    rules.replace(stricterEnergyRises());
    pass.step(200);

    assertThat(judged).containsExactly("a", "b", "a");
    assertThat(starts).hasSize(2);
  }

  @Test
  void thePassIsScheduledOnTheWallClock() {
    started(WHOLE);

    context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);

    assertThat(judged).hasSize(5);
  }
}
