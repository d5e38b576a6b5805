package org.industrialreporting.schemas.registry;

import static org.industrialreporting.schemas.registry.SchemaRegistryException.ErrorCodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.industrialreporting.schemas.registry.RegistryEvent.CompatibilitySet;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersion;
import org.industrialreporting.schemas.registry.RegistryEvent.SchemaVersionPurged;

/**
 * The rules of a Confluent-protocol Schema Registry for Avro: subjects with numbered versions, schema ids that
 * are global (the same schema gets the same id under any subject), compatibility levels checked with Avro's own
 * rules, soft and permanent deletes, and Confluent's error codes.
 *
 * <p>State changes only through {@link RegistryEvent}s: a request decides which event it causes, hands it to the
 * {@link Journal}, and the journal applies it (at once in memory; after reading it back from a Kafka topic in the
 * embedded registry server). Requests that change state are serialised, so this is a single-writer registry;
 * reads run concurrently.
 */
public final class SchemaRegistry {

  /** Where events go; {@link #append} returns once the event has been {@linkplain #apply applied}. */
  @FunctionalInterface
  public interface Journal {
    void append(RegistryEvent event);
  }

  /** A (subject, version) that uses a schema id. */
  public record SubjectVersion(String subject, int version) {
  }

  /** Result of a compatibility test: whether it passes and, if not, why. */
  public record CompatibilityCheck(boolean compatible, List<String> messages) {
  }

  private record Version(int version, int id, boolean deleted) {
  }

  private final Journal journal;
  private final Object writes = new Object();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, Integer> idsBySchema = new HashMap<>();
  private final NavigableMap<String, NavigableMap<Integer, Version>> subjects = new TreeMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.DEFAULT;
  private int nextId = 1;

  /** A registry whose events go to {@code journal}, which must call {@link #apply} before returning. */
  public SchemaRegistry(Journal journal) {
    this.journal = journal;
  }

  private SchemaRegistry() {
    this.journal = this::apply;
  }

  /** A registry that keeps its state in memory only: for tests and for tools that need no persistence. */
  public static SchemaRegistry inMemory() {
    return new SchemaRegistry();
  }

  // ---------------------------------------------------------------------------------------------- state

  /** Applies one event of the journal. Called by the journal, in journal order. */
  public void apply(RegistryEvent event) {
    lock.writeLock().lock();
    try {
      if (event instanceof SchemaVersion v) {
        Schema schema = schemasById.computeIfAbsent(v.id(), id -> parse(v.schema()));
        idsBySchema.putIfAbsent(schema.toString(), v.id());
        nextId = Math.max(nextId, v.id() + 1);
        subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>())
            .put(v.version(), new Version(v.version(), v.id(), v.deleted()));
      } else if (event instanceof SchemaVersionPurged p) {
        NavigableMap<Integer, Version> versions = subjects.get(p.subject());
        if (versions != null) {
          versions.remove(p.version());
          if (versions.isEmpty()) {
            subjects.remove(p.subject());
          }
        }
      } else if (event instanceof CompatibilitySet c) {
        if (c.subject() == null) {
          globalLevel = c.level() == null ? CompatibilityLevel.DEFAULT : c.level();
        } else if (c.level() == null) {
          subjectLevels.remove(c.subject());
        } else {
          subjectLevels.put(c.subject(), c.level());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------- schemas

  /**
   * Registers {@code schemaText} under {@code subject}. A schema the subject already has returns its existing
   * version without a compatibility check; a schema known under another subject keeps its id.
   */
  public RegisteredSchema register(String subject, String schemaText) {
    Schema schema = parse(schemaText);
    synchronized (writes) {
      RegisteredSchema existing = read(() -> find(subject, schema, false));
      if (existing != null) {
        return existing;
      }
      SchemaVersion event = read(() -> {
        List<String> problems = level(subject).incompatibilities(schema, liveSchemas(subject));
        if (!problems.isEmpty()) {
          throw new SchemaRegistryException(409, ErrorCodes.INCOMPATIBLE_SCHEMA, "Schema being registered is"
              + " incompatible with an earlier schema for subject '" + subject + "' under " + level(subject)
              + " compatibility: " + String.join("; ", problems));
        }
        int id = idsBySchema.getOrDefault(schema.toString(), nextId);
        NavigableMap<Integer, Version> versions = subjects.get(subject);
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        return new SchemaVersion(subject, version, id, schema.toString(), false);
      });
      journal.append(event);
      return new RegisteredSchema(subject, event.version(), event.id(), schema);
    }
  }

  /** The version of {@code subject} that has {@code schemaText}; 40401 without the subject, 40403 without the schema. */
  public RegisteredSchema lookup(String subject, String schemaText, boolean includeDeleted) {
    Schema schema = parse(schemaText);
    return read(() -> {
      requireSubject(subject, includeDeleted);
      RegisteredSchema found = find(subject, schema, includeDeleted);
      if (found == null) {
        throw SchemaRegistryException.schemaNotFound("not found under subject '" + subject + "'; it");
      }
      return found;
    });
  }

  /** The schema registered under {@code id}, soft-deleted or not; 40403 when no schema has that id. */
  public Schema schemaById(int id) {
    return read(() -> {
      Schema schema = schemasById.get(id);
      if (schema == null) {
        throw SchemaRegistryException.schemaNotFound(Integer.toString(id));
      }
      return schema;
    });
  }

  /** The subjects and versions that use schema {@code id}; 40403 when no schema has that id. */
  public List<SubjectVersion> subjectVersionsOf(int id, boolean includeDeleted) {
    return read(() -> {
      if (!schemasById.containsKey(id)) {
        throw SchemaRegistryException.schemaNotFound(Integer.toString(id));
      }
      List<SubjectVersion> uses = new ArrayList<>();
      subjects.forEach((subject, versions) -> versions.values().stream()
          .filter(v -> v.id() == id && (includeDeleted || !v.deleted()))
          .forEach(v -> uses.add(new SubjectVersion(subject, v.version()))));
      return uses;
    });
  }

  // ---------------------------------------------------------------------------------------------- subjects

  /** Subjects with at least one version that is not soft-deleted (or any version, with {@code includeDeleted}). */
  public List<String> subjects(boolean includeDeleted) {
    return read(() -> subjects.entrySet().stream()
        .filter(e -> includeDeleted || e.getValue().values().stream().anyMatch(v -> !v.deleted()))
        .map(Map.Entry::getKey)
        .toList());
  }

  /** Version numbers of a subject, oldest first; 40401 when it has none. */
  public List<Integer> versions(String subject, boolean includeDeleted) {
    return read(() -> requireSubject(subject, includeDeleted).values().stream()
        .filter(v -> includeDeleted || !v.deleted())
        .map(Version::version)
        .toList());
  }

  /**
   * One version of a subject.
   *
   * @param versionSpec a positive version number, {@code latest} or {@code -1}; anything else is 42202
   */
  public RegisteredSchema version(String subject, String versionSpec, boolean includeDeleted) {
    return read(() -> {
      Version v = requireVersion(subject, versionSpec, includeDeleted);
      return new RegisteredSchema(subject, v.version(), v.id(), schemasById.get(v.id()));
    });
  }

  /**
   * Deletes every version of a subject. Soft (the default): the versions disappear from listings but their ids
   * stay readable. Permanent: only after a soft delete (40405 otherwise). Returns the versions deleted.
   */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    synchronized (writes) {
      List<RegistryEvent> events = read(() -> {
        NavigableMap<Integer, Version> versions = subjects.get(subject);
        if (versions == null) {
          throw SchemaRegistryException.subjectNotFound(subject);
        }
        boolean anyLive = versions.values().stream().anyMatch(v -> !v.deleted());
        List<RegistryEvent> changes = new ArrayList<>();
        if (permanent) {
          if (anyLive) {
            throw new SchemaRegistryException(404, ErrorCodes.SUBJECT_NOT_SOFT_DELETED,
                "Subject '" + subject + "' was not deleted first before being permanently deleted.");
          }
          versions.values().forEach(v -> changes.add(new SchemaVersionPurged(subject, v.version())));
          if (subjectLevels.containsKey(subject)) {
            changes.add(new CompatibilitySet(subject, null));
          }
        } else {
          if (!anyLive) {
            throw new SchemaRegistryException(404, ErrorCodes.SUBJECT_SOFT_DELETED,
                "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently.");
          }
          versions.values().stream().filter(v -> !v.deleted()).forEach(v -> changes.add(softDeleted(subject, v)));
        }
        return changes;
      });
      events.forEach(journal::append);
      return events.stream()
          .map(e -> e instanceof SchemaVersion v ? v.version() : e instanceof SchemaVersionPurged p ? p.version() : 0)
          .filter(v -> v > 0)
          .toList();
    }
  }

  /** Deletes one version, soft or (after a soft delete, 40407 otherwise) permanently. Returns its number. */
  public int deleteVersion(String subject, String versionSpec, boolean permanent) {
    synchronized (writes) {
      RegistryEvent event = read(() -> {
        Version v = requireVersion(subject, versionSpec, true);
        if (permanent) {
          if (!v.deleted()) {
            throw new SchemaRegistryException(404, ErrorCodes.VERSION_NOT_SOFT_DELETED, "Subject '" + subject
                + "' Version " + v.version() + " was not deleted first before being permanently deleted.");
          }
          return new SchemaVersionPurged(subject, v.version());
        }
        if (v.deleted()) {
          throw new SchemaRegistryException(404, ErrorCodes.VERSION_SOFT_DELETED, "Subject '" + subject
              + "' Version " + v.version() + " was soft deleted. Set permanent=true to delete permanently.");
        }
        return softDeleted(subject, v);
      });
      journal.append(event);
      return event instanceof SchemaVersion v ? v.version() : ((SchemaVersionPurged) event).version();
    }
  }

  private SchemaVersion softDeleted(String subject, Version v) {
    return new SchemaVersion(subject, v.version(), v.id(), schemasById.get(v.id()).toString(), true);
  }

  // ---------------------------------------------------------------------------------------------- compatibility

  /**
   * Whether {@code schemaText} could be registered under {@code subject} next to the given version
   * ({@code latest}, a number) or, with a null {@code versionSpec}, next to the versions its level looks at.
   * A subject without versions accepts any schema.
   */
  public CompatibilityCheck testCompatibility(String subject, String versionSpec, String schemaText) {
    Schema schema = parse(schemaText);
    return read(() -> {
      CompatibilityLevel level = level(subject);
      List<Schema> against;
      if (versionSpec == null) {
        against = liveSchemas(subject);
      } else if (isLatest(versionSpec) && liveSchemas(subject).isEmpty()) {
        against = List.of();
      } else {
        against = List.of(schemasById.get(requireVersion(subject, versionSpec, false).id()));
      }
      List<String> messages = level.incompatibilities(schema, against);
      return new CompatibilityCheck(messages.isEmpty(), messages);
    });
  }

  public CompatibilityLevel globalCompatibility() {
    return read(() -> globalLevel);
  }

  /** The level set for the subject itself, if any. */
  public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    return read(() -> Optional.ofNullable(subjectLevels.get(subject)));
  }

  /** Sets the level of a subject, or the global level when {@code subject} is null. */
  public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
    synchronized (writes) {
      journal.append(new CompatibilitySet(subject, level));
      return level;
    }
  }

  /** Removes a subject's own level, so the global one applies again; returns the removed level (40408 if none). */
  public CompatibilityLevel deleteSubjectCompatibility(String subject) {
    synchronized (writes) {
      CompatibilityLevel previous = subjectCompatibility(subject).orElseThrow(() -> new SchemaRegistryException(404,
          ErrorCodes.SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED,
          "Subject '" + subject + "' does not have subject-level compatibility configured."));
      journal.append(new CompatibilitySet(subject, null));
      return previous;
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers (read lock held)

  private CompatibilityLevel level(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  private List<Schema> liveSchemas(String subject) {
    NavigableMap<Integer, Version> versions = subjects.getOrDefault(subject, new TreeMap<>());
    return versions.values().stream().filter(v -> !v.deleted()).map(v -> schemasById.get(v.id())).toList();
  }

  private RegisteredSchema find(String subject, Schema schema, boolean includeDeleted) {
    Integer id = idsBySchema.get(schema.toString());
    NavigableMap<Integer, Version> versions = subjects.get(subject);
    if (id == null || versions == null) {
      return null;
    }
    return versions.descendingMap().values().stream()
        .filter(v -> v.id() == id && (includeDeleted || !v.deleted()))
        .findFirst()
        .map(v -> new RegisteredSchema(subject, v.version(), v.id(), schemasById.get(v.id())))
        .orElse(null);
  }

  private NavigableMap<Integer, Version> requireSubject(String subject, boolean includeDeleted) {
    NavigableMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null || (!includeDeleted && versions.values().stream().allMatch(Version::deleted))) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    return versions;
  }

  private Version requireVersion(String subject, String versionSpec, boolean includeDeleted) {
    int number = parseVersion(versionSpec);
    NavigableMap<Integer, Version> versions = requireSubject(subject, includeDeleted);
    Version found = number == -1
        ? versions.descendingMap().values().stream().filter(v -> includeDeleted || !v.deleted()).findFirst().orElse(null)
        : versions.get(number);
    if (found == null || (found.deleted() && !includeDeleted)) {
      throw SchemaRegistryException.versionNotFound(subject, versionSpec);
    }
    return found;
  }

  private static boolean isLatest(String versionSpec) {
    return "latest".equals(versionSpec) || "-1".equals(versionSpec);
  }

  private static int parseVersion(String versionSpec) {
    if (isLatest(versionSpec)) {
      return -1;
    }
    try {
      int number = Integer.parseInt(versionSpec);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new SchemaRegistryException(422, ErrorCodes.INVALID_VERSION, "The specified version '" + versionSpec
        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  private static Schema parse(String schemaText) {
    try {
      return new Schema.Parser().parse(schemaText);
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaRegistryException(422, ErrorCodes.INVALID_SCHEMA, "Invalid schema: " + e.getMessage(), e);
    }
  }
}
