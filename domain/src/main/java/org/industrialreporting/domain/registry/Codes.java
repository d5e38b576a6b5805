package org.industrialreporting.domain.registry;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.industrialreporting.domain.industry.IndustryDivisions;
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
      String section = matcher.group(1);
      List<String> divisions = IndustryDivisions.ofSection(section.charAt(0));
      problem = divisions.contains(section + matcher.group(2)) ? null
          : String.format("has division %s, but section %s has divisions %s-%s", matcher.group(2), section,
              divisions.get(0).substring(1), divisions.get(divisions.size() - 1).substring(1));
    }
    if (problem == null) {
      return true;
    }
    reasons.add(field, ReasonCode.INDUSTRY_CODE, field + " '" + text + "' " + problem
        + "; expected a GB/T 4754 industry code such as C3825");
    return false;
  }
}
