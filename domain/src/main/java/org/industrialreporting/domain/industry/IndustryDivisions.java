package org.industrialreporting.domain.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The divisions (大类) of GB/T 4754-2017, 01 to 97, with their Chinese names, from the table
 * {@code gbt-4754-2017-divisions.csv} beside this class: a division is its section letter and two digits, e.g.
 * {@code C38} 电气机械和器材制造业. Industry rollups are per division; the registry's industry codes are checked
 * against the same table.
 */
public final class IndustryDivisions {

  private static final String TABLE = "gbt-4754-2017-divisions.csv";
  private static final Map<String, String> NAMES = load();

  private IndustryDivisions() {
  }

  /**
   * The division of a GB/T 4754 industry code (a section letter and 2 to 4 digits): {@code C3825} → {@code C38};
   * empty for null and for a code that starts with no division of the table (the registry refuses those, but a
   * record from another producer must not stop a report from counting).
   */
  public static Optional<String> of(String industryCode) {
    return industryCode == null || industryCode.length() < 3 ? Optional.empty()
        : Optional.of(industryCode.substring(0, 3)).filter(NAMES::containsKey);
  }

  /** The Chinese name of a division, e.g. 电气机械和器材制造业 for {@code C38}; empty for a code not in the table. */
  public static Optional<String> name(String division) {
    return Optional.ofNullable(NAMES.get(division));
  }

  /** The divisions of a section in order, e.g. {@code D44, D45, D46} for D; empty for a letter that is none. */
  public static List<String> ofSection(char section) {
    return NAMES.keySet().stream().filter(division -> division.charAt(0) == section).toList();
  }

  /** Every division and its name, in the order of the standard. */
  public static Map<String, String> all() {
    return NAMES;
  }

  private static Map<String, String> load() {
    try (InputStream in = IndustryDivisions.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the classpath");
      }
      Map<String, String> names = new LinkedHashMap<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      lines.readLine(); // the header
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int comma = line.indexOf(',');
        names.put(line.substring(0, comma), line.substring(comma + 1));
      }
      return Collections.unmodifiableMap(names);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + TABLE, e);
    }
  }
}
