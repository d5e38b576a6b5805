package org.industrialreporting.domain.registry;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/** Rules for the identifiers of the registries: park ids, district codes (GB/T 2260), industry codes (GB/T 4754). */
public final class Codes {

  private static final Pattern PARK_ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
  private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");
  private static final Pattern INDUSTRY = Pattern.compile("([A-T])([0-9]{2})[0-9]{0,2}");
  /** Province-level prefixes of GB/T 2260. */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
      "71", "81", "82");
  /** Divisions (first two digits) of each GB/T 4754-2017 section, as {@code first..last}. */
  private static final Map<Character, int[]> DIVISIONS = Map.ofEntries(
      Map.entry('A', new int[] {1, 5}), Map.entry('B', new int[] {6, 12}), Map.entry('C', new int[] {13, 43}),
      Map.entry('D', new int[] {44, 46}), Map.entry('E', new int[] {47, 50}), Map.entry('F', new int[] {51, 52}),
      Map.entry('G', new int[] {53, 60}), Map.entry('H', new int[] {61, 62}), Map.entry('I', new int[] {63, 65}),
      Map.entry('J', new int[] {66, 69}), Map.entry('K', new int[] {70, 70}), Map.entry('L', new int[] {71, 72}),
      Map.entry('M', new int[] {73, 75}), Map.entry('N', new int[] {76, 79}), Map.entry('O', new int[] {80, 82}),
      Map.entry('P', new int[] {83, 83}), Map.entry('Q', new int[] {84, 85}), Map.entry('R', new int[] {86, 90}),
      Map.entry('S', new int[] {91, 96}), Map.entry('T', new int[] {97, 97}));

  private Codes() {
  }

  /**
   * A park id: 1–32 characters, upper-case letters, digits, {@code -} and {@code _}, starting with a letter or
   * digit (e.g. {@code XZ-HTZ}); upper case only, so one park has one spelling as a key.
   */
  public static boolean checkParkId(String field, String text, Reasons reasons) {
    if (PARK_ID.matcher(text).matches()) {
      return true;
    }
    reasons.add(field, ReasonCode.PARK_ID_FORMAT, field + " '" + text + "' is not a park id: 1-32 upper-case letters,"
        + " digits, '-' or '_', starting with a letter or digit, e.g. XZ-HTZ");
    return false;
  }

  /** A district code: the 6-digit GB/T 2260 code of a county-level division, e.g. {@code 330411}. */
  public static boolean checkDistrictCode(String field, String text, Reasons reasons) {
    String problem = !DISTRICT.matcher(text).matches() ? "is not 6 digits"
        : !PROVINCES.contains(text.substring(0, 2)) ? "does not start with a province code (11-82)"
        : text.endsWith("0000") ? "is a province, not a district"
        : null;
    if (problem == null) {
      return true;
    }
    reasons.add(field, ReasonCode.DISTRICT_CODE, field + " '" + text + "' " + problem
        + "; expected a GB/T 2260 administrative division code such as 330411");
    return false;
  }

  /**
   * An industry code: a GB/T 4754-2017 section letter A–T followed by 2 to 4 digits whose first two are a
   * division of that section, e.g. {@code C3825}.
   */
  public static boolean checkIndustryCode(String field, String text, Reasons reasons) {
    var matcher = INDUSTRY.matcher(text);
    String problem;
    if (!matcher.matches()) {
      problem = "is not a section letter A-T followed by 2 to 4 digits";
    } else {
      int[] range = DIVISIONS.get(matcher.group(1).charAt(0));
      int division = Integer.parseInt(matcher.group(2));
      problem = division >= range[0] && division <= range[1] ? null
          : String.format("has division %02d, but section %s has divisions %02d-%02d", division, matcher.group(1),
              range[0], range[1]);
    }
    if (problem == null) {
      return true;
    }
    reasons.add(field, ReasonCode.INDUSTRY_CODE, field + " '" + text + "' " + problem
        + "; expected a GB/T 4754 industry code such as C3825");
    return false;
  }
}
