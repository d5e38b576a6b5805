package org.industrialreporting.domain.creditcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeRuleTest {

  private static List<Reason> check(CreditCodeRule rule, String code) {
    Reasons reasons = new Reasons();
    rule.check("credit_code", code, reasons);
    return reasons.list();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91350100M000100Y43", // the example of GB 32100-2015
      "91110000802100433B", "91440300708461136T", // real-format enterprise codes
      "12100000400000624D", // a public institution (机构编制, 事业单位)
      "Y1330411MA2B3C4D50", "N2330411MA2B3C4D5A", "93330411MA2B3C4D5E"})
  void acceptsValidCodes(String code) {
    String valid = CreditCodes.withCheckCharacter(code.substring(0, 17));
    assertThat(check(CreditCodeRule.strict(), valid)).isEmpty();
    assertThat(CreditCodeRule.strict().isValid(valid)).isTrue();
  }

  @Test
  void realCodesCarryTheirComputedCheckCharacter() {
    assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCodes.checkCharacter("91110000802100433")).isEqualTo('B');
    assertThat(CreditCodes.withCheckCharacter("91440300708461136")).isEqualTo("91440300708461136T");
  }

  @Test
  void checkCharacterZeroStandsForThirtyOne() {
    // Find a prefix whose weighted sum is a multiple of 31 by varying one character.
    String found = null;
    for (char c : CreditCodes.ALPHABET.toCharArray()) {
      String first17 = "9133041100000000" + c;
      if (CreditCodes.checkCharacter(first17) == '0') {
        found = first17;
      }
    }
    assertThat(found).isNotNull();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "91350100M000100Y47 | CHECK_CHARACTER    | check character is '7', expected '3'",
      "91350100M000100Y4  | CREDIT_CODE_FORMAT | has 17 characters; a unified social credit code has 18",
      "91350100M000100Y433| CREDIT_CODE_FORMAT | has 19 characters",
      "91350100m000100y43 | CREDIT_CODE_FORMAT | lower-case letters; write it in upper case: 91350100M000100Y43",
      "91350100MO00100Y43 | CREDIT_CODE_FORMAT | 'O' at position 10; the letters I, O, Z, S and V are not used",
      "91350100M0001-0Y43 | CREDIT_CODE_FORMAT | '-' at position 14",
      "B1350100M000100Y43 | CREDIT_CODE_FORMAT | 'B' at position 1 is no registration authority",
      "95350100M000100Y43 | CREDIT_CODE_FORMAT | '5' at position 2 is no entity type of registration authority 9",
      "9135A100M000100Y43 | CREDIT_CODE_FORMAT | positions 3-8 must be the 6-digit administrative division code",
  })
  void refusesWithAMessageThatSaysWhatIsWrong(String code, ReasonCode reasonCode, String message) {
    List<Reason> reasons = check(CreditCodeRule.strict(), code);
    assertThat(reasons).extracting(Reason::code).contains(reasonCode);
    assertThat(reasons).anySatisfy(r -> assertThat(r.message()).contains(message).contains(code));
    assertThat(reasons).allSatisfy(r -> assertThat(r.field()).isEqualTo("credit_code"));
  }

  @Test
  void reportsStructureAndCheckCharacterTogether() {
    List<Reason> reasons = check(CreditCodeRule.strict(), "B5350100M000100Y43");
    assertThat(reasons).extracting(Reason::code)
        .containsExactly(ReasonCode.CREDIT_CODE_FORMAT, ReasonCode.CHECK_CHARACTER);
  }

  @Test
  void allowListedLegacyCodesPass(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("legacy-codes.txt");
    Files.writeString(file, "\uFEFF# legacy codes accepted by the district\n\n 91350100M000100Y47 \n",
        StandardCharsets.UTF_8);
    CreditCodeAllowList allowList = CreditCodeAllowList.load(file);
    assertThat(allowList.size()).isEqualTo(1);
    CreditCodeRule rule = new CreditCodeRule(allowList);
    assertThat(check(rule, "91350100M000100Y47")).isEmpty();
    assertThat(check(rule, "91350100M000100Y48")).extracting(Reason::code).containsExactly(ReasonCode.CHECK_CHARACTER);
    assertThat(new CreditCodeRule(CreditCodeAllowList.of(List.of("LEGACY-CODE"))).isValid("LEGACY-CODE")).isTrue();
  }

  @Test
  void generatingNeedsSeventeenCodeCharacters() {
    assertThatThrownBy(() -> CreditCodes.withCheckCharacter("9135")).hasMessageContaining("17");
    assertThatThrownBy(() -> CreditCodes.withCheckCharacter("91350100M000100I4")).hasMessageContaining("'I'");
  }
}
