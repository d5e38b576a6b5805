package org.industrialreporting.producers.simulator;

import org.industrialreporting.avro.Park;

/**
 * One simulated park.
 *
 * @param index position in the world, the key of its random draws
 * @param park the registry entry
 * @param group calibration group (0: not calibrated)
 * @param monthlyOutputYuan expected monthly output of its own enterprises at the reference month: its size
 */
record ParkProfile(int index, Park park, int group, double monthlyOutputYuan) {
}
