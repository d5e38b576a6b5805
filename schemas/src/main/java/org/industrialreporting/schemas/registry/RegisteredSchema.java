package org.industrialreporting.schemas.registry;

import org.apache.avro.Schema;

/** One version of a subject: the schema and the global id it is registered under. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
}
