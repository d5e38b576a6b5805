package org.industrialreporting.streams.rollup;

import java.time.YearMonth;
import org.industrialreporting.avro.ScopeType;

/**
 * A district or park whose figures are rolled up, written as the key of the rollup stage's stores and internal
 * topic: {@code D|330411} or {@code P|XZ-HTZ}. Cells of one scope sort by period after it.
 */
record Scope(ScopeType type, String id) {

  private static final char SEPARATOR = '|';

  static Scope district(String code) {
    return new Scope(ScopeType.DISTRICT, code);
  }

  static Scope park(String id) {
    return new Scope(ScopeType.PARK, id);
  }

  static Scope parse(String key) {
    int bar = key.indexOf(SEPARATOR);
    if (bar != 1) {
      throw new IllegalArgumentException("Not a scope key: '" + key + "'");
    }
    return new Scope(key.charAt(0) == 'D' ? ScopeType.DISTRICT : ScopeType.PARK, key.substring(2));
  }

  String key() {
    return (type == ScopeType.DISTRICT ? "D" : "P") + SEPARATOR + id;
  }

  /** Key of this scope's cell for one month, e.g. {@code D|330411|2026-09}. */
  String cellKey(YearMonth period) {
    return key() + SEPARATOR + period;
  }

  /** Key of this scope's target for one year and indicator, e.g. {@code P|XZ-HTZ|2026|fiscal_revenue}. */
  String targetKey(int year, String indicator) {
    return key() + SEPARATOR + year + SEPARATOR + indicator;
  }

  /** The period of a cell key of this scope. */
  static YearMonth periodOfCellKey(String cellKey) {
    return YearMonth.parse(cellKey.substring(cellKey.lastIndexOf(SEPARATOR) + 1));
  }

  /** The scope of a cell key. */
  static Scope ofCellKey(String cellKey) {
    return parse(cellKey.substring(0, cellKey.lastIndexOf(SEPARATOR)));
  }

  @Override
  public String toString() {
    return key();
  }
}
