package org.industrialreporting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.Random;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitParsingTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "THOUSAND_YUAN | 12345.678   | 12345678",
      "THOUSAND_YUAN | 0.001       | 1",
      "THOUSAND_YUAN | 1           | 1000",
      "THOUSAND_YUAN | '  12.5 '   | 12500",
      "THOUSAND_YUAN | +12.5       | 12500",
      "THOUSAND_YUAN | 007         | 7000",
      "THOUSAND_YUAN | 12.5000     | 12500",
      "THOUSAND_YUAN | 999999999999.999 | 999999999999999",
      "TCE           | 1520.125    | 1520125",
      "MU            | 120.25      | 12025",
      "MU            | 0.01        | 1",
      "KWH           | 4200000     | 4200000",
      "KWH           | 4200000.00  | 4200000",
      "PERSONS       | 312         | 312",
      "THOUSAND_USD  | 5000.125    | 5000125",
  })
  void parsesExactly(Unit unit, String text, long stored) {
    Reasons reasons = new Reasons();
    assertThat(unit.parse("f", text, false, reasons)).hasValue(stored);
    assertThat(reasons.list()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "THOUSAND_YUAN | 12.3456     | TOO_MANY_DECIMALS | has 4 decimals, at most 3 are allowed",
      "MU            | 1.001       | TOO_MANY_DECIMALS | at most 2 are allowed",
      "KWH           | 10.5        | TOO_MANY_DECIMALS | whole number",
      "PERSONS       | 3.2         | TOO_MANY_DECIMALS | at most 0 are allowed",
      "THOUSAND_YUAN | 1,234.5     | NOT_A_NUMBER      | thousands separators; write the number without them, e.g. 1234.5",
      "THOUSAND_YUAN | １２３      | NOT_A_NUMBER      | full-width",
      "THOUSAND_YUAN | 1e3         | NOT_A_NUMBER      | exponent",
      "THOUSAND_YUAN | .5          | NOT_A_NUMBER      | not a decimal number",
      "THOUSAND_YUAN | 5.          | NOT_A_NUMBER      | not a decimal number",
      "THOUSAND_YUAN | abc         | NOT_A_NUMBER      | not a decimal number",
      "THOUSAND_YUAN | 1 234       | NOT_A_NUMBER      | thousands separators",
      "THOUSAND_YUAN | --1         | NOT_A_NUMBER      | not a decimal number",
      "THOUSAND_YUAN | -1          | NEGATIVE          | cannot be below zero",
      "THOUSAND_YUAN | 1000000000000 | OUT_OF_RANGE    | out of range",
      "THOUSAND_YUAN | 99999999999999999999 | OUT_OF_RANGE | too large",
      "PERSONS       | 10000000    | OUT_OF_RANGE      | out of range",
  })
  void refusesWithAReasonThatSaysWhy(Unit unit, String text, ReasonCode code, String message) {
    Reasons reasons = new Reasons();
    assertThat(unit.parse("output_value", text, false, reasons)).isEmpty();
    Reason reason = reasons.list().get(0);
    assertThat(reason.code()).isEqualTo(code);
    assertThat(reason.field()).isEqualTo("output_value");
    assertThat(reason.message()).contains("output_value", message);
  }

  @Test
  void negativeWhereAllowed() {
    Reasons reasons = new Reasons();
    assertThat(EnterpriseIndicator.PROFIT.parse("-150.25", reasons)).hasValue(-150_250);
    assertThat(EnterpriseIndicator.OUTPUT_VALUE.parse("-0", reasons)).hasValue(0);
    assertThat(reasons.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"THOUSAND_YUAN,12345678,12345.678", "THOUSAND_YUAN,1000,1", "THOUSAND_YUAN,-150250,-150.25",
      "THOUSAND_YUAN,0,0", "MU,12025,120.25", "KWH,4200000,4200000", "TCE,1,0.001"})
  void formatsExactly(Unit unit, long stored, String text) {
    assertThat(unit.format(stored)).isEqualTo(text);
  }

  @Test
  void formatAndParseRoundTrip() {
    Random random = new Random(42);
    for (Unit unit : Unit.values()) {
      for (int i = 0; i < 2_000; i++) {
        long stored = random.nextLong() % 9_999_999;
        Reasons reasons = new Reasons();
        assertThat(unit.parse("f", unit.format(stored), true, reasons)).as(unit + " " + stored)
            .isEqualTo(OptionalLong.of(stored));
      }
    }
  }

  @Test
  void headerAnnotationsNameTheUnit() {
    assertThat(Unit.THOUSAND_YUAN.isNamed("千元")).isTrue();
    assertThat(Unit.THOUSAND_YUAN.isNamed("Thousand Yuan")).isTrue();
    assertThat(Unit.THOUSAND_YUAN.isNamed("元")).isFalse();
    assertThat(Unit.THOUSAND_YUAN.isNamed("万元")).isFalse();
    assertThat(Unit.TCE.isNamed("tce")).isTrue();
  }
}
