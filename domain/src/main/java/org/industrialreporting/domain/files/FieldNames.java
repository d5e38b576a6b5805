package org.industrialreporting.domain.files;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * Header cells and JSON keys to canonical field names. Case, whitespace, {@code _} and {@code -} do not matter
 * ({@code Output Value} is {@code output_value}); Chinese aliases are accepted ({@code 工业总产值}); a unit in
 * parentheses is accepted when it is the field's unit ({@code 工业总产值(千元)}, {@code energy_tce (tce)}) and
 * refused otherwise, which catches a column in yuan where thousand yuan are expected.
 */
final class FieldNames {

  private static final Pattern ANNOTATED = Pattern.compile("(.*?)\\s*[(（]([^()（）]*)[)）]\\s*");
  private static final Map<String, String> CANONICAL = canonicalNames();

  private FieldNames() {
  }

  /** The canonical name a header cell or key stands for, ignoring any unit annotation; empty if none. */
  static Optional<String> canonical(String cell) {
    return Optional.ofNullable(CANONICAL.get(key(split(cell)[0])));
  }

  /** The kind of file whose header cells (or first object's keys) these are; see {@link FileKind#detect}. */
  static Optional<FileKind> detectKind(Collection<String> cells) {
    return FileKind.detect(cells.stream().map(FieldNames::canonical).flatMap(Optional::stream)
        .collect(Collectors.toSet()));
  }

  /**
   * The column of the kind that a header cell or key names, or null after adding an UNKNOWN_FIELD reason (for a
   * name no field of the kind has, or a unit annotation that is not the field's unit).
   */
  static Column resolve(String cell, FileKind kind, Reasons problems) {
    String[] parts = split(cell);
    Optional<Column> column = canonical(cell).flatMap(kind::column);
    if (column.isEmpty()) {
      problems.add(null, ReasonCode.UNKNOWN_FIELD, "unknown field '" + cell + "'; the fields of this "
          + kind.description() + " are " + String.join(", ", kind.header()));
      return null;
    }
    String annotation = parts[1];
    Column found = column.get();
    if (annotation != null && (found.unit() == null || !found.unit().isNamed(annotation))) {
      problems.add(found.name(), ReasonCode.UNKNOWN_FIELD, "field '" + cell + "' names the unit '" + annotation
          + "', but " + found.name() + (found.unit() == null ? " has no unit"
          : " is in " + found.unit().label() + " (" + found.unit().chineseLabel() + ")"));
      return null;
    }
    return found;
  }

  /** The name and the unit annotation (null when there is none) of a cell. */
  private static String[] split(String cell) {
    Matcher m = ANNOTATED.matcher(cell.strip());
    return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {cell, null};
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\\u3000]+", "");
  }

  private static Map<String, String> canonicalNames() {
    Map<String, String> names = new HashMap<>();
    for (Column column : FileKind.allColumns()) {
      names.put(key(column.name()), column.name());
      column.aliases().forEach(alias -> names.put(key(alias), column.name()));
    }
    return Map.copyOf(names);
  }
}
