package org.industrialreporting.dashboard.view;

/**
 * One decoded record for the view.
 *
 * @param source what the record's topic carries
 * @param key    the record key, as written
 * @param value  the decoded value (a Park, Enterprise, Rollup, AnomalyAlert or AttributedReport), null for a
 *               tombstone, and null for dead letters, which are only counted
 */
public record ViewRecord(ViewSource source, String key, Object value) {
}
