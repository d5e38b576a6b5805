package org.industrialreporting.anomaly.evaluation;

import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;

/** An enterprise, a month and a kind of anomaly: a label of a simulated world, or what a detector reported. */
public record Flag(String creditCode, YearMonth period, AlertKind kind) {
}
