package org.industrialreporting.domain.industry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndustryDivisionsTest {

  @Test
  void hasEveryDivisionOfTheStandardWithItsName() {
    assertThat(IndustryDivisions.all()).hasSize(97);
    assertThat(IndustryDivisions.all().keySet()).first().isEqualTo("A01");
    assertThat(IndustryDivisions.all().keySet()).last().isEqualTo("T97");
    assertThat(IndustryDivisions.all().keySet()).allSatisfy(division -> assertThat(division).matches("[A-T][0-9]{2}"));
    assertThat(IndustryDivisions.name("C38")).hasValue("电气机械和器材制造业");
    assertThat(IndustryDivisions.name("C30")).hasValue("非金属矿物制品业");
    assertThat(IndustryDivisions.name("C26")).hasValue("化学原料和化学制品制造业");
    assertThat(IndustryDivisions.name("C99")).isEmpty();
  }

  @Test
  void divisionsRunInOrderOneToNinetySeven() {
    int expected = 1;
    for (String division : IndustryDivisions.all().keySet()) {
      assertThat(Integer.parseInt(division.substring(1))).as(division).isEqualTo(expected++);
    }
    assertThat(IndustryDivisions.ofSection('C')).hasSize(31).startsWith("C13").endsWith("C43");
    assertThat(IndustryDivisions.ofSection('Z')).isEmpty();
  }

  @Test
  void aCodesDivisionIsItsSectionLetterAndFirstTwoDigits() {
    assertThat(IndustryDivisions.of("C3825")).hasValue("C38");
    assertThat(IndustryDivisions.of("C38")).hasValue("C38");
    assertThat(IndustryDivisions.of("C99")).isEmpty();
    assertThat(IndustryDivisions.of("C")).isEmpty();
    assertThat(IndustryDivisions.of(null)).isEmpty();
  }
}
