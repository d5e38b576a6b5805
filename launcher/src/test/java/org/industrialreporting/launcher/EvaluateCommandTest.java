package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality of the detectors on small fixed worlds — 1,000 enterprises of the simulator's national world (seed 7,
 * 2025-01 to 2026-09) and 300 of the independent world (seed 7) — beside the naive rule: the numbers are pinned, so
 * that a change in detection quality fails here and is looked at.
 */
class EvaluateCommandTest {

  private static final String[] WORLDS = {"evaluate", "--world", "national", "--enterprises", "1000", "--seed", "7",
      "--from", "2025-01", "--to", "2026-09", "--independent-enterprises", "300"};

  @Test
  void measuresEachKindOnBothWorldsBesideTheNaiveRule() {
    Cli.Run run = Cli.run(Map.of(), WORLDS);

    assertThat(run.status()).isZero();
    assertThat(run.out()).containsSubsequence(
        "Evaluating the anomaly detectors on the national world of 1000 enterprises",
        "| ENERGY_RISE | 30 | 1.000 | 1.000 | 1.000 | 30 / 0 / 0 | 0.021 | 0.400 | 0.039 |",
        "| ENERGY_FALL | 25 | 0.926 | 1.000 | 0.962 | 25 / 2 / 0 | 0.103 | 0.360 | 0.161 |",
        "| OUTPUT_RISE | 21 | 1.000 | 0.952 | 0.976 | 20 / 0 / 1 | 0.008 | 0.333 | 0.015 |",
        "| OUTPUT_FALL | 29 | 0.935 | 1.000 | 0.967 | 29 / 2 / 0 | 0.088 | 0.448 | 0.147 |",
        "| ENERGY_OUTPUT_DIVERGENCE | 29 | 1.000 | 1.000 | 1.000 | 29 / 0 / 0 | — | — | — |",
        "| INTENSITY_JUMP | 14 | 1.000 | 0.929 | 0.963 | 13 / 0 / 1 | — | — | — |",
        "| STOPPAGE | 44 | 1.000 | 1.000 | 1.000 | 44 / 0 / 0 | — | — | — |",
        "| BUDGET_OVERRUN | 716 | 0.996 | 1.000 | 0.998 | 716 / 3 / 0 | — | — | — |",
        "Normal enterprise-months (no label) flagged: detector 5 of 20,099 (0.02 %), naive rule 1,002 (4.99 %).",
        "The naive rule cannot fire without the same month a year earlier: 12,000 of the 21,000 enterprise-months"
            + " judged.",
        "Evaluating the anomaly detectors on the independent world of 300 enterprises (97 stable, 76 noisy, 82"
            + " seasonal, 45 trending; 153 incidents; seed 7), 2024-01 to 2026-09, default rules",
        "| ENERGY_RISE | 34 | 0.943 | 0.971 | 0.957 | 33 / 2 / 1 | 0.034 | 0.647 | 0.065 |",
        "| ENERGY_FALL | 38 | 0.974 | 0.974 | 0.974 | 37 / 1 / 1 | 0.123 | 0.816 | 0.213 |",
        "| OUTPUT_RISE | 37 | 0.974 | 1.000 | 0.987 | 37 / 1 / 0 | 0.028 | 0.703 | 0.054 |",
        "| OUTPUT_FALL | 39 | 0.973 | 0.923 | 0.947 | 36 / 1 / 3 | 0.109 | 0.795 | 0.191 |",
        "| ENERGY_OUTPUT_DIVERGENCE | 12 | 1.000 | 1.000 | 1.000 | 12 / 0 / 0 | — | — | — |",
        "| INTENSITY_JUMP | 0 | 0.000 | — | — | 0 / 2 / 0 | — | — | — |",
        "| STOPPAGE | 39 | 1.000 | 1.000 | 1.000 | 39 / 0 / 0 | — | — | — |",
        "| BUDGET_OVERRUN | 1570 | 0.989 | 0.968 | 0.978 | 1520 / 17 / 50 | — | — | — |",
        "Normal enterprise-months (no label) flagged: detector 18 of 8,092 (0.22 %), naive rule 895 (11.06 %).",
        "The naive rule cannot fire without the same month a year earlier: 2,758 of the 9,786 enterprise-months"
            + " judged.");
  }

  @Test
  void scoresOneWorldWhenAsked() {
    Cli.Run run = Cli.run(Map.of(), "evaluate", "--against", "independent", "--independent-enterprises", "50");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("independent world of 50 enterprises").doesNotContain("simulated", "national");
  }

  @Test
  void anUnknownWorldIsAUsageErrorNamingTheChoices() {
    Cli.Run run = Cli.run(Map.of(), "evaluate", "--against", "moon");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--against must be simulator, independent or both, not 'moon'");
  }
}
