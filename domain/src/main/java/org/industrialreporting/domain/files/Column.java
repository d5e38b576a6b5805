package org.industrialreporting.domain.files;

import java.util.List;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.Unit;

/**
 * A column of an input file.
 *
 * @param name canonical field name (the English header)
 * @param aliases accepted Chinese headers
 * @param unit the unit a header may name in parentheses, e.g. {@code 工业总产值(千元)}; null when it has none
 * @param required whether the header must have it
 */
public record Column(String name, List<String> aliases, Unit unit, boolean required) {

  public Column {
    aliases = List.copyOf(aliases);
  }

  static Column required(String name, String... aliases) {
    return new Column(name, List.of(aliases), null, true);
  }

  static Column optional(String name, String... aliases) {
    return new Column(name, List.of(aliases), null, false);
  }

  static Column optional(String name, Unit unit, String... aliases) {
    return new Column(name, List.of(aliases), unit, false);
  }

  static Column of(Indicator indicator) {
    return new Column(indicator.fieldName(), List.of(indicator.alias()), indicator.unit(), true);
  }
}
