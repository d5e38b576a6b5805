package org.industrialreporting.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.schemas.registry.SchemaRegistryException.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaRegistryTest {

  static final String V1 = """
      {"type":"record","name":"Report","namespace":"t","fields":[
        {"name":"code","type":"string"}]}""";
  // V1 plus an optional field: BACKWARD and FORWARD compatible.
  static final String V2_OPTIONAL = """
      {"type":"record","name":"Report","namespace":"t","fields":[
        {"name":"code","type":"string"},
        {"name":"energy","type":["null","long"],"default":null}]}""";
  // V1 plus a required field: new readers cannot read old data (not BACKWARD), old readers can read new (FORWARD).
  static final String V2_REQUIRED = """
      {"type":"record","name":"Report","namespace":"t","fields":[
        {"name":"code","type":"string"},
        {"name":"energy","type":"long"}]}""";
  // V1 without its field: old readers cannot read new data (not FORWARD), new readers can read old (BACKWARD).
  static final String V2_REMOVED = """
      {"type":"record","name":"Report","namespace":"t","fields":[]}""";

  private final SchemaRegistry registry = SchemaRegistry.inMemory();

  @Test
  void idsAreGlobalAndVersionsCountPerSubject() {
    RegisteredSchema first = registry.register("a-value", V1);
    RegisteredSchema sameElsewhere = registry.register("b-value", V1);
    RegisteredSchema second = registry.register("a-value", V2_OPTIONAL);

    assertThat(first.id()).isEqualTo(1);
    assertThat(first.version()).isEqualTo(1);
    assertThat(sameElsewhere.id()).as("same schema, same id under any subject").isEqualTo(1);
    assertThat(sameElsewhere.version()).isEqualTo(1);
    assertThat(second.id()).isEqualTo(2);
    assertThat(second.version()).isEqualTo(2);
    assertThat(registry.subjects(false)).containsExactly("a-value", "b-value");
    assertThat(registry.subjectVersionsOf(1, false)).containsExactly(
        new SchemaRegistry.SubjectVersion("a-value", 1), new SchemaRegistry.SubjectVersion("b-value", 1));
  }

  @Test
  void registeringAKnownSchemaAgainReturnsItsVersionWithoutANewOne() {
    registry.register("a-value", V1);
    registry.register("a-value", V2_OPTIONAL);
    // Whitespace differs, the parsed schema does not.
    RegisteredSchema again = registry.register("a-value", V1.replace("\n", " "));

    assertThat(again.version()).isEqualTo(1);
    assertThat(again.id()).isEqualTo(1);
    assertThat(registry.versions("a-value", false)).containsExactly(1, 2);
  }

  @Test
  void storedFormIsAvrosCanonicalToString() {
    int id = registry.register("a-value", V1).id();
    assertThat(registry.schemaById(id).toString())
        .isEqualTo("{\"type\":\"record\",\"name\":\"Report\",\"namespace\":\"t\",\"fields\":[{\"name\":\"code\",\"type\":\"string\"}]}");
  }

  @ParameterizedTest(name = "{0}: optional field added {1}, required field added {2}, field removed {3}")
  @CsvSource({
      "NONE, true, true, true",
      "BACKWARD, true, false, true",
      "BACKWARD_TRANSITIVE, true, false, true",
      "FORWARD, true, true, false",
      "FORWARD_TRANSITIVE, true, true, false",
      "FULL, true, false, false",
      "FULL_TRANSITIVE, true, false, false"})
  void compatibilityLevelsFollowAvrosRules(CompatibilityLevel level, boolean optional, boolean required,
      boolean removed) {
    registry.setCompatibility(null, level);
    registry.register("s", V1);

    assertThat(registry.testCompatibility("s", "latest", V2_OPTIONAL).compatible()).isEqualTo(optional);
    assertThat(registry.testCompatibility("s", "latest", V2_REQUIRED).compatible()).isEqualTo(required);
    assertThat(registry.testCompatibility("s", "latest", V2_REMOVED).compatible()).isEqualTo(removed);
    if (!required) {
      assertThatThrownBy(() -> registry.register("s", V2_REQUIRED))
          .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.errorCode()).isEqualTo(ErrorCodes.INCOMPATIBLE_SCHEMA);
            assertThat(e.getMessage()).contains("incompatible").contains("energy");
          });
    }
  }

  @Test
  void transitiveLevelsCheckEveryEarlierVersion() {
    registry.setCompatibility("s", CompatibilityLevel.BACKWARD);
    registry.register("s", V1);
    registry.register("s", V2_REMOVED);
    // A field with a default can be read from data that lacks it.
    String withDefault = """
        {"type":"record","name":"Report","namespace":"t","fields":[
          {"name":"code","type":"string","default":"x"}]}""";
    assertThat(registry.testCompatibility("s", null, withDefault).compatible()).isTrue();

    String withoutCode = V2_REMOVED.replace("[]", "[{\"name\":\"n\",\"type\":\"int\"}]");
    // Readers of the latest (empty) version can read it; readers of V1 need 'code', which is gone.
    registry.setCompatibility("s", CompatibilityLevel.FORWARD);
    assertThat(registry.testCompatibility("s", null, withoutCode).compatible()).isTrue();
    registry.setCompatibility("s", CompatibilityLevel.FORWARD_TRANSITIVE);
    assertThat(registry.testCompatibility("s", null, withoutCode).compatible()).isFalse();
  }

  @Test
  void subjectWithoutVersionsAcceptsAnything() {
    assertThat(registry.testCompatibility("new-subject", "latest", V1)).isEqualTo(
        new SchemaRegistry.CompatibilityCheck(true, List.of()));
  }

  @Test
  void subjectLevelWinsOverGlobalAndCanBeRemoved() {
    registry.setCompatibility("s", CompatibilityLevel.FULL);
    assertThat(registry.subjectCompatibility("s")).contains(CompatibilityLevel.FULL);
    assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);

    assertThat(registry.deleteSubjectCompatibility("s")).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.subjectCompatibility("s")).isEmpty();
    assertError(() -> registry.deleteSubjectCompatibility("s"), 404, ErrorCodes.SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED);
  }

  @Test
  void lookupFindsTheVersionOfASchema() {
    registry.register("s", V1);
    registry.register("s", V2_OPTIONAL);

    assertThat(registry.lookup("s", V2_OPTIONAL, false)).extracting(RegisteredSchema::version, RegisteredSchema::id)
        .containsExactly(2, 2);
    assertError(() -> registry.lookup("s", V2_REMOVED, false), 404, ErrorCodes.SCHEMA_NOT_FOUND);
    assertError(() -> registry.lookup("other", V1, false), 404, ErrorCodes.SUBJECT_NOT_FOUND);
  }

  @Test
  void versionSpecsAreNumbersOrLatest() {
    registry.register("s", V1);
    registry.register("s", V2_OPTIONAL);

    assertThat(registry.version("s", "latest", false).version()).isEqualTo(2);
    assertThat(registry.version("s", "-1", false).version()).isEqualTo(2);
    assertThat(registry.version("s", "1", false).id()).isEqualTo(1);
    assertError(() -> registry.version("s", "3", false), 404, ErrorCodes.VERSION_NOT_FOUND);
    assertError(() -> registry.version("s", "0", false), 422, ErrorCodes.INVALID_VERSION);
    assertError(() -> registry.version("s", "first", false), 422, ErrorCodes.INVALID_VERSION);
    assertError(() -> registry.version("missing", "1", false), 404, ErrorCodes.SUBJECT_NOT_FOUND);
  }

  @Test
  void softDeleteHidesVersionsButKeepsIdsReadable() {
    registry.register("s", V1);
    assertThat(registry.deleteSubject("s", false)).containsExactly(1);

    assertThat(registry.subjects(false)).isEmpty();
    assertThat(registry.subjects(true)).containsExactly("s");
    assertThat(registry.schemaById(1)).isNotNull();
    assertError(() -> registry.versions("s", false), 404, ErrorCodes.SUBJECT_NOT_FOUND);
    assertError(() -> registry.deleteSubject("s", false), 404, ErrorCodes.SUBJECT_SOFT_DELETED);
  }

  @Test
  void permanentDeleteNeedsASoftDeleteFirst() {
    registry.register("s", V1);
    registry.register("s", V2_OPTIONAL);

    assertError(() -> registry.deleteSubject("s", true), 404, ErrorCodes.SUBJECT_NOT_SOFT_DELETED);
    assertError(() -> registry.deleteVersion("s", "1", true), 404, ErrorCodes.VERSION_NOT_SOFT_DELETED);
    assertThat(registry.deleteVersion("s", "1", false)).isEqualTo(1);
    assertError(() -> registry.deleteVersion("s", "1", false), 404, ErrorCodes.VERSION_SOFT_DELETED);
    assertThat(registry.deleteVersion("s", "1", true)).isEqualTo(1);
    assertThat(registry.versions("s", true)).containsExactly(2);

    registry.deleteSubject("s", false);
    assertThat(registry.deleteSubject("s", true)).containsExactly(2);
    assertError(() -> registry.versions("s", true), 404, ErrorCodes.SUBJECT_NOT_FOUND);
    assertError(() -> registry.deleteSubject("s", false), 404, ErrorCodes.SUBJECT_NOT_FOUND);
  }

  @Test
  void invalidSchemaIsRefused() {
    assertError(() -> registry.register("s", "{\"type\":\"record\",\"name\":\"X\"}"), 422, ErrorCodes.INVALID_SCHEMA);
    assertError(() -> registry.register("s", "not json"), 422, ErrorCodes.INVALID_SCHEMA);
  }

  @Test
  void replayingTheJournalRebuildsTheSameState() {
    List<RegistryEvent> journal = new ArrayList<>();
    SchemaRegistry[] live = new SchemaRegistry[1];
    live[0] = new SchemaRegistry(event -> {
      journal.add(event);
      live[0].apply(event);
    });
    live[0].register("a-value", V1);
    live[0].register("a-value", V2_OPTIONAL);
    live[0].register("b-value", V2_OPTIONAL);
    live[0].setCompatibility("b-value", CompatibilityLevel.FULL);
    live[0].deleteVersion("a-value", "1", false);

    SchemaRegistry replayed = SchemaRegistry.inMemory();
    journal.forEach(replayed::apply);

    assertThat(replayed.subjects(true)).isEqualTo(live[0].subjects(true));
    assertThat(replayed.versions("a-value", true)).containsExactly(1, 2);
    assertThat(replayed.versions("a-value", false)).containsExactly(2);
    assertThat(replayed.subjectCompatibility("b-value")).contains(CompatibilityLevel.FULL);
    assertThat(replayed.register("c-value", V2_OPTIONAL).id()).as("ids survive a replay").isEqualTo(2);
    assertThat(replayed.register("d-value", V2_REQUIRED).id()).as("new ids continue after the highest").isEqualTo(3);
  }

  private static void assertError(Runnable call, int status, int code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
      assertThat(e.status()).as("status").isEqualTo(status);
      assertThat(e.errorCode()).as("error code of: " + e.getMessage()).isEqualTo(code);
    });
  }
}
