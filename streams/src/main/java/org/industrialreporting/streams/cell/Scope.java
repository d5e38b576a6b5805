package org.industrialreporting.streams.cell;

import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * A scope whose figures are rolled up: a district, a park, a town within its district ({@code 330411|王店镇}) or a
 * GB/T 4754 division within its district ({@code 330411|C38}).
 */
public record Scope(ScopeType type, String id) {

  public static Scope district(String code) {
    return new Scope(ScopeType.DISTRICT, code);
  }

  public static Scope park(String id) {
    return new Scope(ScopeType.PARK, id);
  }

  public static Scope town(String districtCode, String town) {
    return new Scope(ScopeType.TOWN, TopicKeys.townScope(districtCode, town));
  }

  /** A GB/T 4754 division (see {@link org.industrialreporting.domain.industry.IndustryDivisions#of}) within a district. */
  public static Scope industry(String districtCode, String division) {
    return new Scope(ScopeType.INDUSTRY, TopicKeys.industryScope(districtCode, division));
  }

  /** The scope's key in the rollup stage's stores: {@code D|330411}, {@code P|XZ-HTZ}, {@code T|330411|王店镇}, … */
  public String key() {
    return keyLetter(type) + "|" + id;
  }

  private static char keyLetter(ScopeType type) {
    return switch (type) {
      case DISTRICT -> 'D';
      case PARK -> 'P';
      case TOWN -> 'T';
      case INDUSTRY -> 'I';
    };
  }

  /** The scope type of a store key's first letter (see {@link #key()}). */
  public static ScopeType typeOfKeyLetter(char letter) {
    return switch (letter) {
      case 'D' -> ScopeType.DISTRICT;
      case 'P' -> ScopeType.PARK;
      case 'T' -> ScopeType.TOWN;
      case 'I' -> ScopeType.INDUSTRY;
      default -> throw new IllegalArgumentException("unknown scope key letter '" + letter + "'");
    };
  }

  /** The number of a scope type on the internal topic (stable; never the enum's position). */
  public static int typeNumber(ScopeType type) {
    return switch (type) {
      case DISTRICT -> 1;
      case PARK -> 2;
      case TOWN -> 3;
      case INDUSTRY -> 4;
    };
  }

  public static ScopeType typeOf(int number) {
    return switch (number) {
      case 1 -> ScopeType.DISTRICT;
      case 2 -> ScopeType.PARK;
      case 3 -> ScopeType.TOWN;
      case 4 -> ScopeType.INDUSTRY;
      default -> throw new IllegalArgumentException("unknown scope type number " + number);
    };
  }

  @Override
  public String toString() {
    return key();
  }
}
