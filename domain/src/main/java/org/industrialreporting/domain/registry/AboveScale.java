package org.industrialreporting.domain.registry;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * Whether an enterprise is above scale (规上) in a year. The statistics office fixes the list of above-scale
 * enterprises once a year, in January, so the status is per year: the registry's {@code above_scale_by_year} for the
 * years it lists, {@code above_scale} for every other year. In registry files the years are a cell such as
 * {@code 2025:N;2026:Y}.
 */
public final class AboveScale {

  private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

  private AboveScale() {
  }

  public static boolean in(Enterprise enterprise, int year) {
    Boolean listed = enterprise.getAboveScaleByYear().get(Integer.toString(year));
    return listed != null ? listed : enterprise.getAboveScale();
  }

  /** The years of a registry cell, {@code YEAR:Y} or {@code YEAR:N} separated by {@code ;}; empty when none. */
  static Map<String, Boolean> parse(String field, String text, Reasons reasons) {
    Map<String, Boolean> years = new TreeMap<>();
    if (text == null) {
      return years;
    }
    for (String part : text.split(";", -1)) {
      String[] yearAndFlag = part.strip().split(":", -1);
      if (yearAndFlag.length != 2 || !YEAR.matcher(yearAndFlag[0].strip()).matches()) {
        reasons.add(field, ReasonCode.INVALID_CHOICE, field + " '" + text + "': '" + part.strip()
            + "' is not YEAR:Y or YEAR:N; expected e.g. 2025:N;2026:Y");
        continue;
      }
      String year = yearAndFlag[0].strip();
      boolean aboveScale = Cells.flag(field, yearAndFlag[1].strip(), reasons);
      if (years.put(year, aboveScale) != null) {
        reasons.add(field, ReasonCode.INVALID_CHOICE, field + " '" + text + "' names " + year + " twice");
      }
    }
    return years;
  }

  /** The registry cell of the years listed: {@code 2025:N;2026:Y}, in year order; empty when none. */
  public static String format(Map<String, Boolean> years) {
    return new TreeMap<>(years).entrySet().stream().map(e -> e.getKey() + ":" + (e.getValue() ? "Y" : "N"))
        .collect(Collectors.joining(";"));
  }
}
