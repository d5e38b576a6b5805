package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality of the detectors on a small fixed world (1,000 enterprises of the national world, seed 7, 2025-01 to
 * 2026-09): the numbers are pinned, so that a change in detection quality fails here and is looked at.
 */
class EvaluateCommandTest {

  @Test
  void measuresEachKindAgainstTheLabelsBesideTheNaiveRule() {
    Cli.Run run = Cli.run(Map.of(), "evaluate", "--world", "national", "--enterprises", "1000", "--seed", "7",
        "--from", "2025-01", "--to", "2026-09");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(
        "| ENERGY_RISE | 30 | 1.000 | 0.967 | 0.983 | 29 / 0 / 1 | 0.021 | 0.400 | 0.039 |",
        "| ENERGY_FALL | 25 | 1.000 | 1.000 | 1.000 | 25 / 0 / 0 | 0.103 | 0.360 | 0.161 |",
        "| OUTPUT_RISE | 21 | 1.000 | 1.000 | 1.000 | 21 / 0 / 0 | 0.008 | 0.333 | 0.015 |",
        "| OUTPUT_FALL | 29 | 1.000 | 1.000 | 1.000 | 29 / 0 / 0 | 0.088 | 0.448 | 0.147 |",
        "| ENERGY_OUTPUT_DIVERGENCE | 29 | 0.967 | 1.000 | 0.983 | 29 / 1 / 0 | — | — | — |",
        "| INTENSITY_JUMP | 14 | 0.933 | 1.000 | 0.966 | 14 / 1 / 0 | — | — | — |",
        "| STOPPAGE | 44 | 1.000 | 1.000 | 1.000 | 44 / 0 / 0 | — | — | — |",
        "| BUDGET_OVERRUN | 716 | 1.000 | 1.000 | 1.000 | 716 / 0 / 0 | — | — | — |",
        "Normal enterprise-months (no label) flagged: detector 1 of 20,099 (0.00 %), naive rule 1,002 (4.99 %).",
        "The naive rule cannot fire without the same month a year earlier: 12,000 of the 21,000 enterprise-months"
            + " judged.");
  }
}
