package org.industrialreporting.producers.registry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which enterprises and parks are registered: the keys of the compacted {@code enterprise-registry} and
 * {@code park-registry} topics whose latest record is not a tombstone. Only keys are held (483,000 credit codes
 * take some 60 MB), since registration is all the entry points check. Thread-safe.
 */
public final class RegistryView {

  private final Set<String> enterprises = ConcurrentHashMap.newKeySet();
  private final Set<String> parks = ConcurrentHashMap.newKeySet();

  public boolean hasEnterprise(String creditCode) {
    return enterprises.contains(creditCode);
  }

  public boolean hasPark(String parkId) {
    return parks.contains(parkId);
  }

  /** Applies a record of the enterprise registry: registered unless it is a tombstone. */
  public void enterprise(String creditCode, boolean registered) {
    apply(enterprises, creditCode, registered);
  }

  /** Applies a record of the park registry: registered unless it is a tombstone. */
  public void park(String parkId, boolean registered) {
    apply(parks, parkId, registered);
  }

  public int enterpriseCount() {
    return enterprises.size();
  }

  public int parkCount() {
    return parks.size();
  }

  private static void apply(Set<String> keys, String key, boolean registered) {
    if (registered) {
      keys.add(key);
    } else {
      keys.remove(key);
    }
  }
}
