package org.industrialreporting.schemas.registry;

/**
 * A change to a registry's state, as written to its journal (for the embedded registry, the compacted
 * {@code _schemas} topic). Replaying the events in order rebuilds the registry, ids included.
 */
public sealed interface RegistryEvent {

  /** A version of a subject was registered, or soft-deleted ({@code deleted}) while its id stays readable. */
  record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) implements RegistryEvent {
  }

  /** A soft-deleted version was deleted permanently. */
  record SchemaVersionPurged(String subject, int version) implements RegistryEvent {
  }

  /** The compatibility level of a subject ({@code subject} null: the global level) was set, or removed (null level). */
  record CompatibilitySet(String subject, CompatibilityLevel level) implements RegistryEvent {
  }
}
