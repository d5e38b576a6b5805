package org.industrialreporting.producers.simulator;

/**
 * What drives one enterprise's monthly series: its size and trend, how seasonal and how noisy it is, and the
 * ratios that turn output into the other figures.
 *
 * @param baseOutputYuan output of an ordinary month at the reference month (2025-01), before seasonality
 * @param growth annual trend growth, as a log rate
 * @param noiseSigma monthly variability of output, as a log standard deviation (volatile enterprises ≥ 0.10)
 * @param seasonAmplitude relative swing of the yearly cycle
 * @param peakMonth month of the yearly peak
 * @param festivalSensitivity how strongly the Spring Festival cuts production (1 = typical)
 * @param kgcePerYuan energy intensity: kgce per yuan of output
 * @param baseLoad share of energy used whatever the month's output (furnaces, cooling, lighting)
 * @param valueAddedRatio value added per yuan of output
 * @param revenueRatio revenue per yuan of output
 * @param margin profit per yuan of revenue
 * @param taxRate taxes per yuan of revenue
 * @param rdShare R&D expense per yuan of revenue
 * @param exportShare export delivery value per yuan of output
 * @param kwhPerKgce electricity per kgce of energy
 * @param employees average headcount at the reference month
 */
record SeriesParameters(double baseOutputYuan, double growth, double noiseSigma, double seasonAmplitude,
    int peakMonth, double festivalSensitivity, double kgcePerYuan, double baseLoad, double valueAddedRatio,
    double revenueRatio, double margin, double taxRate, double rdShare, double exportShare, double kwhPerKgce,
    double employees) {
}
