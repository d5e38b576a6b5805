package org.industrialreporting.streams.ledger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.registry.AboveScale;
import org.industrialreporting.streams.cell.Attributed;
import org.industrialreporting.streams.cell.Scope;

/**
 * What the registry said of an enterprise when one of its reports was accepted: where the report's figures count
 * (its district, its park and the park's parents, its town and its industry division) and what they count as
 * (tags, land). Later registry changes do not move a report already counted; a correction is attributed anew.
 */
public final class Attribution implements Attributed {

  private final String districtCode;
  private final List<String> parkIds;
  private final Set<EnterpriseTag> tags;
  private final Long landCentimu;
  private final String town;
  private final String industryCode;
  private final boolean aboveScale;
  private final List<Scope> scopes;

  /**
   * @param parkIds the enterprise's park first, then its parents; empty outside parks
   */
  public Attribution(String districtCode, List<String> parkIds, Set<EnterpriseTag> tags, Long landCentimu,
      String town, String industryCode, boolean aboveScale) {
    this.districtCode = Objects.requireNonNull(districtCode, "districtCode");
    this.parkIds = List.copyOf(parkIds);
    this.tags = EnumSet.noneOf(EnterpriseTag.class);
    this.tags.addAll(tags);
    this.landCentimu = landCentimu;
    this.town = town;
    this.industryCode = industryCode;
    this.aboveScale = aboveScale;
    List<Scope> all = new ArrayList<>(1 + this.parkIds.size());
    all.add(Scope.district(districtCode));
    this.parkIds.forEach(park -> all.add(Scope.park(park)));
    if (town != null && !town.isBlank()) { // an enterprise without a town counts in no town
      all.add(Scope.town(districtCode, town));
    }
    IndustryDivisions.of(industryCode).ifPresent(division -> all.add(Scope.industry(districtCode, division)));
    this.scopes = List.copyOf(all);
  }

  /**
   * The enterprise as registered now, in the park hierarchy as it is now, for a report of {@code year}: above scale
   * or not as it is in that year.
   */
  public static Attribution of(Enterprise enterprise, List<String> parkIds, int year) {
    return new Attribution(enterprise.getDistrictCode(), parkIds, Set.copyOf(enterprise.getTags()),
        enterprise.getLandAreaCentimu(), enterprise.getTown(), enterprise.getIndustryCode(),
        AboveScale.in(enterprise, year));
  }

  @Override
  public List<Scope> scopes() {
    return scopes;
  }

  public String districtCode() {
    return districtCode;
  }

  public List<String> parkIds() {
    return parkIds;
  }

  public Set<EnterpriseTag> tags() {
    return tags;
  }

  /** Declared land, hundredths of a mu; null when not declared. */
  public Long landCentimu() {
    return landCentimu;
  }

  public String town() {
    return town;
  }

  public String industryCode() {
    return industryCode;
  }

  public boolean aboveScale() {
    return aboveScale;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribution other && districtCode.equals(other.districtCode) && parkIds.equals(other.parkIds)
        && tags.equals(other.tags) && Objects.equals(landCentimu, other.landCentimu) && Objects.equals(town, other.town)
        && Objects.equals(industryCode, other.industryCode) && aboveScale == other.aboveScale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(districtCode, parkIds, tags, landCentimu, town, industryCode, aboveScale);
  }

  @Override
  public String toString() {
    return districtCode + parkIds + tags + (landCentimu == null ? "" : " land=" + landCentimu);
  }
}
