package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;

/**
 * An injected anomaly: in its month the enterprise's output and energy are multiplied by the given factors
 * relative to what they would otherwise have been; the next month is normal again.
 *
 * @param period the month
 * @param kind the label a detector should give it
 * @param outputFactor multiplier of output (and of the money figures that follow output)
 * @param energyFactor multiplier of energy (and of electricity)
 */
record AnomalyEvent(YearMonth period, AlertKind kind, double outputFactor, double energyFactor) {
}
