package org.industrialreporting.streams.park;

import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.streams.cell.Attributed;
import org.industrialreporting.streams.cell.Scope;

/**
 * Where a park report's figures count, as the park registry said when it was accepted: the park's district, the
 * park itself and its parents.
 *
 * @param parkIds the park first, then its parents
 */
public record ParkAttribution(String districtCode, List<String> parkIds) implements Attributed {

  public ParkAttribution {
    parkIds = List.copyOf(parkIds);
  }

  @Override
  public List<Scope> scopes() {
    List<Scope> scopes = new ArrayList<>(1 + parkIds.size());
    scopes.add(Scope.district(districtCode));
    parkIds.forEach(park -> scopes.add(Scope.park(park)));
    return scopes;
  }
}
