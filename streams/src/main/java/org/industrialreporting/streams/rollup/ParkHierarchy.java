package org.industrialreporting.streams.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.industrialreporting.avro.Park;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parks and their parents (一区多园), read from the park registry's global store. */
final class ParkHierarchy {

  private static final Logger log = LoggerFactory.getLogger(ParkHierarchy.class);
  private static final int MAX_DEPTH = 8; // deeper nesting than this is a loop in the registry

  private final Function<String, Park> parks;

  /** The parks of the registry's global store. */
  static ParkHierarchy of(ReadOnlyKeyValueStore<String, ValueAndTimestamp<Park>> parks) {
    return new ParkHierarchy(id -> {
      ValueAndTimestamp<Park> park = parks.get(id);
      return park == null ? null : park.value();
    });
  }

  /** @param parks a park by its id, or null when there is none */
  ParkHierarchy(Function<String, Park> parks) {
    this.parks = parks;
  }

  Optional<Park> park(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(parks.apply(id));
  }

  /**
   * The park and its parents, nearest first. A park missing from the registry is left out (its figures still
   * count for the district), so a typo cannot create a park of its own.
   */
  List<String> withParents(String parkId) {
    List<String> chain = new ArrayList<>(2);
    Optional<Park> park = park(parkId);
    if (parkId != null && park.isEmpty()) {
      log.warn("Park {} is not in the park registry; its figures count for the district only", parkId);
    }
    while (park.isPresent() && chain.size() < MAX_DEPTH && !chain.contains(park.get().getParkId())) {
      chain.add(park.get().getParkId());
      park = park(park.get().getParentParkId());
    }
    return chain;
  }
}
