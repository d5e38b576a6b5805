package org.industrialreporting.dashboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationRulesFileTest {

  @TempDir
  Path dir;

  @Test
  void withoutAFileTheDefaultsApplyAndADeletedFileBringsThemBack() throws Exception {
    Path file = dir.resolve("evaluation-rules.json");
    EvaluationRulesFile rules = EvaluationRulesFile.open(file);
    assertThat(rules.rules()).isEqualTo(EvaluationRules.defaults());

    Files.writeString(file, "{\"weights\": {\"rd_share\": 15}}");
    assertThat(rules.rules().weights().get(EvaluationIndicator.RD_SHARE)).isEqualByComparingTo(BigDecimal.valueOf(15));

    Files.delete(file);
    assertThat(rules.rules()).isEqualTo(EvaluationRules.defaults());
    assertThat(rules.problem()).isNull();
  }

  @Test
  void anInvalidFileStopsTheStartNamingTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("rules.json"), "{\"class_cutoffs_percent\": {\"D\": 5}}");

    assertThatThrownBy(() -> EvaluationRulesFile.open(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": class_cutoffs_percent: D is the rest of the ranking and takes no cut-off");
  }
}
