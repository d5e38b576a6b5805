package org.industrialreporting.launcher.config;

import java.time.YearMonth;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.producers.simulator.Simulation;
import picocli.CommandLine.Option;

/** Which simulated world and months a command works on: the commands that generate or evaluate one. */
public final class WorldOptions {

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Simulation.DEFAULT_SEED,
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--world", paramLabel = "demo|national", defaultValue = "demo",
      description = "demo: Xiuzhou, Changshu and Kaizhou; national: synthetic districts and parks (default: ${DEFAULT-VALUE}).")
  String world;

  @Option(names = "--enterprises", paramLabel = "N", defaultValue = "" + Simulation.NATIONAL_ENTERPRISES,
      description = "Enterprises of the national world (default: ${DEFAULT-VALUE}); the demo world has its own.")
  int enterprises;

  @Option(names = "--from", paramLabel = "YYYY-MM",
      description = "First month (default: 2025-01 for demo, 2026-09 for national).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: 2026-09).")
  String to;

  public long seed() {
    return seed;
  }

  /** The world asked for; an unknown name is a usage error. */
  public Simulation simulation() {
    return switch (world) {
      case "demo" -> Simulation.demo(seed);
      case "national" -> Simulation.national(seed, enterprises);
      default -> throw new IllegalArgumentException("--world must be demo or national, not '" + world + "'");
    };
  }

  public YearMonth from(Simulation simulation) {
    return month("--from", from, simulation.defaultFrom());
  }

  public YearMonth to(Simulation simulation) {
    return month("--to", to, simulation.defaultTo());
  }

  private static YearMonth month(String option, String text, YearMonth fallback) {
    if (text == null) {
      return fallback;
    }
    return PeriodRule.parse(text).orElseThrow(
        () -> new IllegalArgumentException(option + " must be a month YYYY-MM, not '" + text + "'"));
  }
}
