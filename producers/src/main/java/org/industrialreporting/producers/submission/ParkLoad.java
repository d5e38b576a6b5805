package org.industrialreporting.producers.submission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.industrialreporting.avro.Park;
import org.industrialreporting.domain.registry.ParkRows;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * The parks a load of park rows registers: the valid rows whose chain of parents ends in a top-level park of the
 * load or in a registered park. A parent may come after its child in the file; a child of a refused park, and a
 * loop of parents within the load, are not registered, so the child's row is then refused for its parent.
 */
final class ParkLoad {

  private ParkLoad() {
  }

  static Set<String> resolvable(Iterable<RawRow> rows, ParkRows parser, ValidationContext registry) {
    Map<String, Optional<String>> parentOf = new HashMap<>();
    for (RawRow row : rows) {
      Validated<Park> park = parser.parse(row);
      if (park.isValid()) {
        parentOf.put(park.value().getParkId(), Optional.ofNullable(park.value().getParentParkId()));
      }
    }
    Set<String> resolvable = new HashSet<>();
    for (String parkId : parentOf.keySet()) {
      if (resolves(parkId, parentOf, registry)) {
        resolvable.add(parkId);
      }
    }
    return resolvable;
  }

  private static boolean resolves(String parkId, Map<String, Optional<String>> parentOf, ValidationContext registry) {
    Set<String> seen = new HashSet<>();
    String current = parkId;
    while (parentOf.containsKey(current)) {
      if (!seen.add(current)) {
        return false;
      }
      Optional<String> parent = parentOf.get(current);
      if (parent.isEmpty()) {
        return true;
      }
      current = parent.get();
    }
    return registry.park(current) != Registration.NOT_REGISTERED;
  }
}
