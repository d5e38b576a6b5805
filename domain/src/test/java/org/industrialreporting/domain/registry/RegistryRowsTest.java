package org.industrialreporting.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.domain.TestRows.row;
import static org.industrialreporting.domain.TestRows.with;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryRowsTest {

  private final InMemoryValidationContext context = new InMemoryValidationContext().registerPark("XZ-HTZ");
  private final EnterpriseRows enterprises = new EnterpriseRows(CreditCodeRule.strict());
  private final TargetRows targets = new TargetRows(PeriodRule.defaults(
      Clock.fixed(Instant.parse("2026-10-08T02:00:00Z"), ZoneOffset.UTC)));

  private static Map<String, String> enterprise() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("credit_code", "91350100M000100Y43");
    fields.put("name", "嘉兴光伏科技有限公司");
    fields.put("district_code", "330411");
    fields.put("park_id", "XZ-HTZ");
    fields.put("town", "王店镇");
    fields.put("industry_code", "C3825");
    fields.put("tags", "STRATEGIC_EMERGING; HIGH_TECH");
    fields.put("above_scale", "Y");
    fields.put("key_energy_user", "N");
    fields.put("land_area_mu", "85.5");
    fields.put("energy_budget_tce", "12000.5");
    return fields;
  }

  private List<ReasonCode> enterpriseCodes(Map<String, String> fields) {
    return enterprises.parse(row(fields), context).reasons().stream().map(Reason::code).toList();
  }

  @Test
  void readsAnEnterprise() {
    Enterprise e = enterprises.parse(row(enterprise()), context).value();
    assertThat(e.getCreditCode()).isEqualTo("91350100M000100Y43");
    assertThat(e.getName()).isEqualTo("嘉兴光伏科技有限公司");
    assertThat(e.getParkId()).isEqualTo("XZ-HTZ");
    assertThat(e.getTown()).isEqualTo("王店镇");
    assertThat(e.getTags()).containsExactly(EnterpriseTag.STRATEGIC_EMERGING, EnterpriseTag.HIGH_TECH);
    assertThat(e.getAboveScale()).isTrue();
    assertThat(e.getKeyEnergyUser()).isFalse();
    assertThat(e.getLandAreaCentimu()).isEqualTo(8_550);
    assertThat(e.getEnergyBudgetKgce()).isEqualTo(12_000_500);
  }

  @Test
  void theAboveScaleStatusOfAYearOverridesTheCurrentOne() {
    Enterprise e = enterprises.parse(row(with(enterprise(), "above_scale_by_year", "2026:N; 2024:N")), context)
        .value();
    assertThat(e.getAboveScaleByYear()).containsOnly(Map.entry("2024", false), Map.entry("2026", false));
    assertThat(AboveScale.in(e, 2026)).isFalse();
    assertThat(AboveScale.in(e, 2025)).isTrue();
    assertThat(AboveScale.in(e, 2027)).isTrue();
    assertThat(AboveScale.format(e.getAboveScaleByYear())).isEqualTo("2024:N;2026:N");
  }

  @Test
  void emptyCellsMeanNotSet() {
    Map<String, String> fields = enterprise();
    for (String optional : List.of("park_id", "town", "tags", "above_scale", "above_scale_by_year",
        "key_energy_user", "land_area_mu", "energy_budget_tce")) {
      fields = with(fields, optional, "");
    }
    Enterprise e = enterprises.parse(row(fields), context).value();
    assertThat(e.getParkId()).isNull();
    assertThat(e.getTown()).isNull();
    assertThat(e.getTags()).isEmpty();
    assertThat(e.getAboveScale()).isFalse();
    assertThat(e.getAboveScaleByYear()).isEmpty();
    assertThat(e.getLandAreaCentimu()).isNull();
    assertThat(e.getEnergyBudgetKgce()).isNull();
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "credit_code   | 91350100M000100Y44 | CHECK_CHARACTER",
      "name          | ''                 | MISSING",
      "district_code | 33041              | DISTRICT_CODE",
      "district_code | 990411             | DISTRICT_CODE",
      "district_code | 330000             | DISTRICT_CODE",
      "park_id       | XZ-NOWHERE         | UNKNOWN_PARK",
      "park_id       | xz-htz             | PARK_ID_FORMAT",
      "industry_code | C38251             | INDUSTRY_CODE",
      "industry_code | Z3825              | INDUSTRY_CODE",
      "industry_code | A3825              | INDUSTRY_CODE",
      "tags          | HIGH_TECH;GREEN    | INVALID_CHOICE",
      "tags          | HIGH_TECH;HIGH_TECH | INVALID_CHOICE",
      "above_scale   | yes                | INVALID_CHOICE",
      "above_scale_by_year | 2026          | INVALID_CHOICE",
      "above_scale_by_year | 26:Y          | INVALID_CHOICE",
      "above_scale_by_year | 2026:yes      | INVALID_CHOICE",
      "above_scale_by_year | 2026:Y;2026:N | INVALID_CHOICE",
      "land_area_mu  | 85.555             | TOO_MANY_DECIMALS",
      "energy_budget_tce | -1             | NEGATIVE",
  })
  void refusesEnterpriseRows(String field, String value, ReasonCode code) {
    assertThat(enterpriseCodes(with(enterprise(), field, value))).containsExactly(code);
  }

  @Test
  void industryMessagesNameTheSection() {
    assertThat(enterprises.parse(row(with(enterprise(), "industry_code", "A3825")), context).reasons())
        .singleElement().extracting(Reason::message).asString()
        .contains("division 38, but section A has divisions 01-05");
  }

  @Test
  void readsAParkAndItsProblems() {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("park_id", "XZ-PV", "name", "秀洲光伏小镇",
        "district_code", "330411", "level", "THEMED", "parent_park_id", "XZ-HTZ"));
    Park park = new ParkRows().parse(row(fields)).value();
    assertThat(park.getLevel()).isEqualTo(ParkLevel.THEMED);
    assertThat(park.getParentParkId()).isEqualTo("XZ-HTZ");
    assertThat(new ParkRows().parse(row(with(with(fields, "level", "NATIONAL"), "parent_park_id", "XZ-PV")))
        .reasons()).extracting(Reason::code).containsExactly(ReasonCode.INVALID_CHOICE, ReasonCode.INVALID_CHOICE);
  }

  @Test
  void checksTheParentAgainstTheContextWhenGivenOne() {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("park_id", "XZ-PV", "name", "秀洲光伏小镇",
        "district_code", "330411", "level", "THEMED", "parent_park_id", "XZ-HTZ"));
    assertThat(new ParkRows().parse(row(fields), context).isValid()).isTrue();
    assertThat(new ParkRows().parse(row(with(fields, "parent_park_id", "XZ-GONE")), context).reasons())
        .singleElement().satisfies(r -> {
          assertThat(r.code()).isEqualTo(ReasonCode.UNKNOWN_PARK);
          assertThat(r.field()).isEqualTo("parent_park_id");
        });
    assertThat(new ParkRows().parse(row(with(fields, "parent_park_id", "xz-htz")), context).reasons())
        .extracting(Reason::code).as("a malformed parent is not looked up").containsExactly(ReasonCode.PARK_ID_FORMAT);
  }

  @Test
  void readsTargetsInTheIndicatorsUnit() {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("scope_type", "PARK", "scope_id", "XZ-HTZ",
        "year", "2026", "indicator", "fixed_asset_investment", "target", "10983118.173"));
    Target target = targets.parse(row(fields), context).value();
    assertThat(target.getScopeType()).isEqualTo(ScopeType.PARK);
    assertThat(target.getTarget()).isEqualTo(10_983_118_173L);
    Target energy = targets.parse(row(with(with(with(fields, "scope_type", "DISTRICT"), "scope_id", "330411"),
        "indicator", "energy_tce")), context).value();
    assertThat(energy.getTarget()).as("tce to kgce").isEqualTo(10_983_118_173L);
  }

  @Test
  void refusesTargetRows() {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("scope_type", "TOWN", "scope_id", "XZ-HTZ",
        "year", "1999", "indicator", "output_value_yuan", "target", "1"));
    assertThat(targets.parse(row(fields), context).reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.INVALID_CHOICE, ReasonCode.OUT_OF_RANGE, ReasonCode.INVALID_CHOICE);
    // Towns and industries are scopes of rollups, but have no targets.
    assertThat(targets.parse(row(with(fields, "scope_type", "INDUSTRY")), context).reasons()).first()
        .extracting(Reason::message).isEqualTo("scope_type 'INDUSTRY' is not one of DISTRICT, PARK");
    assertThat(targets.parse(row(with(with(fields, "scope_type", "PARK"), "scope_id", "XZ-X")), context).reasons())
        .extracting(Reason::code).contains(ReasonCode.UNKNOWN_PARK);
    assertThat(targets.parse(row(with(with(with(fields, "scope_type", "DISTRICT"), "year", "2032"), "indicator",
        "output_value")), context).reasons()).extracting(Reason::code)
        .containsExactly(ReasonCode.DISTRICT_CODE, ReasonCode.OUT_OF_RANGE);
  }
}
