package org.industrialreporting.producers.simulator;

/**
 * One district's output and value added over the written months of the last simulated year (January to the last
 * month when they were all written), with growth against the same months a year earlier on comparable basis
 * (enterprises that reported in both), from exact sums.
 *
 * @param name the district's name where the world knows it, else its code
 * @param enterprises enterprises with reports in the window
 * @param outputGrowthBp growth of output in basis points, or null without a previous year
 * @param valueAddedGrowthBp growth of value added in basis points, or null without a previous year
 */
public record YearToDateTotal(String districtCode, String name, int enterprises, long outputYuan,
    Integer outputGrowthBp, long valueAddedYuan, Integer valueAddedGrowthBp) {
}
