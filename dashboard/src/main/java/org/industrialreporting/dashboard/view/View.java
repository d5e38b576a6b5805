package org.industrialreporting.dashboard.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.ledger.EnterpriseLedger;

/**
 * Everything the dashboard knows, as read from the topics: parks, enterprise names, the latest district, park,
 * town and industry rollups, the accepted reports for drill-down, and the open alerts. Only {@link ReadModel}
 * changes it, under its lock; queries run inside {@link ReadModel#read}.
 */
public final class View {

  private final DistrictNames districtNames;
  private final Map<String, Park> parks = new TreeMap<>();
  private final Map<String, Enterprise> registered = new HashMap<>();
  private final RollupIndex districtRollups = new RollupIndex();
  private final RollupIndex parkRollups = new RollupIndex();
  private final RollupIndex townRollups = new RollupIndex();
  private final RollupIndex industryRollups = new RollupIndex();
  private final EnterpriseIndex enterprises = new EnterpriseIndex();
  private final AlertIndex alerts = new AlertIndex();
  private final Map<String, AlertRule> rules = new HashMap<>();
  private final Map<String, BulletinRevision> bulletins = new HashMap<>();

  View(DistrictNames districtNames) {
    this.districtNames = districtNames;
  }

  /** Applies one record; returns whether it can change what the view shows (dead letters are only counted). */
  boolean apply(ViewRecord record) {
    String key = record.key();
    Object value = record.value();
    switch (record.source()) {
      case PARK_REGISTRY -> putOrRemove(parks, key, (Park) value);
      case ENTERPRISE_REGISTRY -> putOrRemove(registered, key, (Enterprise) value);
      case DISTRICT_ROLLUPS -> putOrRemove(districtRollups::put, districtRollups::remove, key, (Rollup) value);
      case PARK_ROLLUPS -> putOrRemove(parkRollups::put, parkRollups::remove, key, (Rollup) value);
      case TOWN_ROLLUPS -> putOrRemove(townRollups::put, townRollups::remove, key, (Rollup) value);
      case INDUSTRY_ROLLUPS -> putOrRemove(industryRollups::put, industryRollups::remove, key, (Rollup) value);
      case ENTERPRISE_LEDGERS -> putOrRemove(enterprises::put, enterprises::remove, key, (EnterpriseLedger) value);
      case ALERT_RULES -> putOrRemove(rules, key, (AlertRule) value);
      case BULLETINS -> putOrRemove(bulletins, key, (BulletinRevision) value);
      case ANOMALY_ALERTS -> {
        if (value != null) { // the topic is not compacted: a null value means nothing
          alerts.apply((AnomalyAlert) value);
        }
      }
      case REJECTED_REPORTS -> {
        return false;
      }
      default -> throw new IllegalArgumentException("No view of " + record.source());
    }
    return true;
  }

  private static <V> void putOrRemove(Map<String, V> map, String key, V value) {
    putOrRemove(map::put, map::remove, key, value);
  }

  /** A record of a compacted topic: the latest value per key, a tombstone removes the key. */
  private static <V> void putOrRemove(BiConsumer<String, V> put, Consumer<String> remove, String key, V value) {
    if (value == null) {
      remove.accept(key);
    } else {
      put.accept(key, value);
    }
  }

  /** The districts with rollups or parks, by code. */
  public SortedSet<String> districtCodes() {
    SortedSet<String> codes = new TreeSet<>(districtRollups.scopes());
    parks.values().forEach(park -> codes.add(park.getDistrictCode()));
    return codes;
  }

  /** Whether the district has rollups or parks. */
  public boolean knowsDistrict(String code) {
    return !districtRollups.history(code).isEmpty()
        || parks.values().stream().anyMatch(park -> park.getDistrictCode().equals(code));
  }

  public Optional<String> districtName(String code) {
    return districtNames.name(code);
  }

  /** Whether the park is registered or has rollups (a park removed from the registry keeps its history). */
  public boolean knowsPark(String parkId) {
    return parks.containsKey(parkId) || !parkRollups.history(parkId).isEmpty();
  }

  public Optional<Park> park(String parkId) {
    return Optional.ofNullable(parks.get(parkId));
  }

  /** The registered parks, by park id. */
  public Collection<Park> parks() {
    return Collections.unmodifiableCollection(parks.values());
  }

  /** The park and, through the registry's parent links, every park inside it (一区多园). */
  public Set<String> parkAndDescendants(String parkId) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(Set.of(parkId));
    while (!next.isEmpty()) {
      String park = next.pop();
      if (found.add(park)) {
        parks.values().stream().filter(p -> park.equals(p.getParentParkId())).forEach(p -> next.push(p.getParkId()));
      }
    }
    return found;
  }

  /**
   * The park and the parks it lies in, innermost first, through the registry's parent links (一区多园): the parks an
   * enterprise of the park counts for.
   */
  public List<String> parkAndParents(String parkId) {
    List<String> chain = new ArrayList<>();
    for (String park = parkId; park != null && !chain.contains(park); ) {
      chain.add(park);
      Park registeredPark = parks.get(park);
      park = registeredPark == null ? null : registeredPark.getParentParkId();
    }
    return chain;
  }

  /** The enterprise's registered name, else its code. */
  public String enterpriseName(String creditCode) {
    Enterprise enterprise = registered.get(creditCode);
    return enterprise == null ? creditCode : enterprise.getName();
  }

  /** The enterprises of the registry, as it stands now. */
  public Collection<Enterprise> registeredEnterprises() {
    return Collections.unmodifiableCollection(registered.values());
  }

  /** The latest revision of a monthly bulletin, by {@code district_code|period}. */
  public Optional<BulletinRevision> bulletin(String bulletinId) {
    return Optional.ofNullable(bulletins.get(bulletinId));
  }

  /** The alert rules in force: those of {@code alert-rules} over the defaults. */
  public RuleBook ruleBook() {
    return RuleBook.of(rules.values());
  }

  /** The enterprise as the registry has it now, if registered. */
  public Optional<Enterprise> registered(String creditCode) {
    return Optional.ofNullable(registered.get(creditCode));
  }

  /** The annual energy budget of a registered key energy-using unit, kgce; null when it has none. */
  public Long energyBudgetKgce(String creditCode) {
    Enterprise enterprise = registered.get(creditCode);
    return enterprise == null ? null : enterprise.getEnergyBudgetKgce();
  }

  public RollupIndex districtRollups() {
    return districtRollups;
  }

  public RollupIndex parkRollups() {
    return parkRollups;
  }

  public RollupIndex townRollups() {
    return townRollups;
  }

  public RollupIndex industryRollups() {
    return industryRollups;
  }

  /** The rollups of a scope type. */
  public RollupIndex rollups(ScopeType type) {
    return switch (type) {
      case DISTRICT -> districtRollups;
      case PARK -> parkRollups;
      case TOWN -> townRollups;
      case INDUSTRY -> industryRollups;
    };
  }

  /**
   * The towns or industries of a district with rollups, by scope id ({@code 330411|王店镇}): towns and divisions
   * have no registry of their own, so a district has those its enterprises' reports were counted in.
   */
  public List<String> scopesInDistrict(ScopeType type, String districtCode) {
    return rollups(type).scopes().stream()
        .filter(id -> TopicKeys.districtOfScope(id).equals(districtCode)).toList();
  }

  public EnterpriseIndex enterprises() {
    return enterprises;
  }

  public AlertIndex alerts() {
    return alerts;
  }
}
