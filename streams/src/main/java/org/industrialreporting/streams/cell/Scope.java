package org.industrialreporting.streams.cell;

import org.industrialreporting.avro.ScopeType;

/** A district or park whose figures are rolled up. */
public record Scope(ScopeType type, String id) {

  public static Scope district(String code) {
    return new Scope(ScopeType.DISTRICT, code);
  }

  public static Scope park(String id) {
    return new Scope(ScopeType.PARK, id);
  }

  /** The scope's key in the rollup stage's stores: {@code D|330411} or {@code P|XZ-HTZ}. */
  public String key() {
    return (type == ScopeType.DISTRICT ? "D|" : "P|") + id;
  }

  /** The number of a scope type on the internal topic (stable; never the enum's position). */
  public static int typeNumber(ScopeType type) {
    return switch (type) {
      case DISTRICT -> 1;
      case PARK -> 2;
    };
  }

  public static ScopeType typeOf(int number) {
    return switch (number) {
      case 1 -> ScopeType.DISTRICT;
      case 2 -> ScopeType.PARK;
      default -> throw new IllegalArgumentException("unknown scope type number " + number);
    };
  }

  @Override
  public String toString() {
    return key();
  }
}
