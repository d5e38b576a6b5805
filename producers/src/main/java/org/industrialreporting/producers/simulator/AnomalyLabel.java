package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;

/**
 * What a detector should report for an enterprise and month: one row of labels.csv.
 *
 * @param creditCode the enterprise
 * @param period the month
 * @param kind the alert kind expected
 */
public record AnomalyLabel(String creditCode, YearMonth period, AlertKind kind) {
}
