package org.industrialreporting.domain.creditcode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * Validates a unified social credit code (GB 32100-2015): length, alphabet, structure and check character,
 * with an allow-list of legacy codes that are accepted although they fail.
 *
 * <p>Structure: position 1 is the registration authority and position 2 the entity type allowed for it (the
 * standard's table, e.g. {@code 9} 工商 with {@code 1} enterprise, {@code 2} individual business, {@code 3}
 * farmers' cooperative); positions 3–8 the administrative division code (6 digits); positions 9–17 the
 * organisation code; position 18 the check character.
 *
 * <p>Lower-case letters are refused, not normalised: a code is a key of the registry and of every topic, and one
 * spelling per enterprise keeps it so; the message gives the upper-case spelling to use.
 */
public final class CreditCodeRule {

  /** Entity types (position 2) allowed for each registration authority (position 1). */
  private static final Map<Character, String> ENTITY_TYPES = Map.ofEntries(
      Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 群众团体, 其他
      Map.entry('2', "19"), // 外交
      Map.entry('3', "123459"), // 司法行政
      Map.entry('4', "19"), // 文化
      Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会, 其他
      Map.entry('6', "129"), // 旅游
      Map.entry('7', "129"), // 宗教
      Map.entry('8', "19"), // 工会
      Map.entry('9', "123"), // 工商: 企业, 个体工商户, 农民专业合作社
      Map.entry('A', "19"), // 中央军委改革和编制办公室
      Map.entry('N', "1239"), // 农业: 集体经济组织
      Map.entry('Y', "1")); // 其他
  private static final Set<Character> EXCLUDED = Set.of('I', 'O', 'Z', 'S', 'V');

  private final CreditCodeAllowList allowList;

  public CreditCodeRule(CreditCodeAllowList allowList) {
    this.allowList = allowList;
  }

  /** The rule without legacy exceptions. */
  public static CreditCodeRule strict() {
    return new CreditCodeRule(CreditCodeAllowList.empty());
  }

  /** Whether the code passes every check (or is allow-listed). */
  public boolean isValid(String code) {
    Reasons reasons = new Reasons();
    check("credit_code", code, reasons);
    return reasons.isEmpty();
  }

  /**
   * Adds a reason for each problem of the code: CREDIT_CODE_FORMAT for length, characters and structure,
   * CHECK_CHARACTER for a wrong check character.
   *
   * @param field the field name the reasons are about
   * @param code the code without surrounding whitespace
   */
  public void check(String field, String code, Reasons reasons) {
    if (allowList.contains(code)) {
      return;
    }
    String prefix = field + " '" + code + "'";
    if (code.length() != CreditCodes.LENGTH) {
      reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT,
          prefix + " has " + code.length() + " characters; a unified social credit code has 18");
      return;
    }
    if (!code.equals(code.toUpperCase(Locale.ROOT))) {
      reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT,
          prefix + " has lower-case letters; write it in upper case: " + code.toUpperCase(Locale.ROOT));
      return;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (CreditCodes.value(c) < 0) {
        reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT, prefix + " has '" + c + "' at position " + (i + 1)
            + (EXCLUDED.contains(c) ? "; the letters I, O, Z, S and V are not used in credit codes"
                : "; only digits and upper-case letters (without I, O, Z, S, V) are allowed"));
        return;
      }
    }
    checkStructure(field, prefix, code, reasons);
    char expected = CreditCodes.checkCharacter(code.substring(0, CreditCodes.LENGTH - 1));
    if (code.charAt(CreditCodes.LENGTH - 1) != expected) {
      reasons.add(field, ReasonCode.CHECK_CHARACTER, prefix + ": check character is '"
          + code.charAt(CreditCodes.LENGTH - 1) + "', expected '" + expected + "'; please check the code for typos");
    }
  }

  private static void checkStructure(String field, String prefix, String code, Reasons reasons) {
    char authority = code.charAt(0);
    String types = ENTITY_TYPES.get(authority);
    if (types == null) {
      reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT, prefix + ": '" + authority
          + "' at position 1 is no registration authority (1-9, A, N or Y; enterprises have 9)");
    } else if (types.indexOf(code.charAt(1)) < 0) {
      reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT, prefix + ": '" + code.charAt(1)
          + "' at position 2 is no entity type of registration authority " + authority + " (one of "
          + String.join(", ", types.split("")) + ")");
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        reasons.add(field, ReasonCode.CREDIT_CODE_FORMAT, prefix + ": positions 3-8 must be the 6-digit"
            + " administrative division code, found '" + code.substring(2, 8) + "'");
        return;
      }
    }
  }
}
