package org.industrialreporting.streams.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrialreporting.avro.Park;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The park registry in this application instance's memory, with the park hierarchy (一区多园): replaced by the
 * {@code park-registry} global store's processor whenever a park changes (on the global thread), read on the stream
 * threads for every attribution, so that a look-up is a map read rather than a store read. Parks are few (a few
 * thousand nationally) and change rarely.
 */
public final class ParkDirectory {

  private static final Logger log = LoggerFactory.getLogger(ParkDirectory.class);
  private static final int MAX_DEPTH = 8; // deeper nesting than this is a loop in the registry

  private volatile Map<String, Park> parks = Map.of();

  /** The park with this id, if registered. */
  public Optional<Park> park(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(parks.get(id));
  }

  /**
   * The park and its parents, nearest first. A park missing from the registry is left out (its figures still count
   * for the district), so that a typo cannot create a park of its own.
   */
  public List<String> withParents(String parkId) {
    Map<String, Park> now = parks;
    List<String> chain = new ArrayList<>(2);
    Park park = parkId == null ? null : now.get(parkId);
    if (parkId != null && park == null) {
      log.debug("Park {} is not in the park registry; its figures count for the district only", parkId);
    }
    while (park != null && chain.size() < MAX_DEPTH && !chain.contains(park.getParkId())) {
      chain.add(park.getParkId());
      park = park.getParentParkId() == null ? null : now.get(park.getParentParkId());
    }
    return chain;
  }

  void put(Park park) {
    Map<String, Park> next = new HashMap<>(parks);
    next.put(park.getParkId(), park);
    parks = Map.copyOf(next);
  }

  void remove(String id) {
    Map<String, Park> next = new HashMap<>(parks);
    next.remove(id);
    parks = Map.copyOf(next);
  }
}
