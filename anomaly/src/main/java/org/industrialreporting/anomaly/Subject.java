package org.industrialreporting.anomaly;

import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.Enterprise;

/**
 * Whom an alert names: an enterprise as the registry has it, or a district or park rollup.
 *
 * @param id credit code, district code or park id
 * @param parkId the enterprise's park, or the park itself; null otherwise
 * @param industryCode the enterprise's industry class (GB/T 4754); null for rollups
 * @param energyBudgetKgce annual energy budget of a key energy-using unit, kgce; null when it has none
 */
public record Subject(AlertScope scopeType, String id, String name, String districtCode, String parkId,
    String industryCode, boolean keyEnergyUser, Long energyBudgetKgce) {

  public static Subject of(Enterprise enterprise) {
    return new Subject(AlertScope.ENTERPRISE, enterprise.getCreditCode(), enterprise.getName(),
        enterprise.getDistrictCode(), enterprise.getParkId(), enterprise.getIndustryCode(),
        enterprise.getKeyEnergyUser(), enterprise.getEnergyBudgetKgce());
  }

  public static Subject district(String code, String name) {
    return new Subject(AlertScope.DISTRICT, code, name, code, null, null, false, null);
  }

  public static Subject park(String id, String name, String districtCode) {
    return new Subject(AlertScope.PARK, id, name, districtCode, id, null, false, null);
  }

  /** The name to print: the registered name, or the id when there is none. */
  public String displayName() {
    return name == null || name.isBlank() ? id : name;
  }
}
