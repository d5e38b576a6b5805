package org.industrialreporting.anomaly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * The alert rules in force: those of {@code alert-rules} over the {@link DefaultAlertRules}. Of the rules that
 * match, the most specific wins: the longest industry prefix (industries set what is normal), then a district's
 * rule over one for every district, then an indicator's over one for every indicator. The rules of each kind are
 * kept most specific first, so that finding the one that applies stops at the first match — usually the only rule
 * of the kind, its default.
 */
public final class RuleBook {

  private static final Comparator<AlertRule> SPECIFICITY = Comparator
      .comparingInt((AlertRule r) -> r.getIndustryPrefix() == null ? 0 : r.getIndustryPrefix().length())
      .thenComparing(r -> r.getDistrictCode() != null)
      .thenComparing(r -> r.getIndicator() != null);
  private static final AlertKind[] KINDS = AlertKind.values();

  private final Map<String, AlertRule> rules;
  /** Per kind (by ordinal), the rules of the kind, most specific first. */
  private final AppliedRule[][] byKind;
  /** The rules of every enterprise when each kind has only its catch-all rule (the usual case), else null. */
  private final EnterpriseRules sameForAll;
  private final String fingerprint;

  private RuleBook(Map<String, AlertRule> rules) {
    this.rules = rules;
    this.fingerprint = fingerprint(rules);
    byKind = new AppliedRule[KINDS.length][];
    for (AlertKind kind : KINDS) {
      byKind[kind.ordinal()] = rules.entrySet().stream().filter(e -> e.getValue().getKind() == kind)
          .sorted(Map.Entry.<String, AlertRule>comparingByValue(SPECIFICITY).reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .map(e -> new AppliedRule(e.getKey(), e.getValue())).toArray(AppliedRule[]::new);
    }
    boolean catchAllOnly = Arrays.stream(byKind).allMatch(candidates -> candidates.length == 1);
    sameForAll = catchAllOnly ? new EnterpriseRules(Arrays.stream(byKind).map(c -> c[0]).toArray(AppliedRule[]::new))
        : null;
  }

  public static RuleBook defaults() {
    return of(List.of());
  }

  /** These rules, with the defaults for the kinds' catch-all keys they do not set. */
  public static RuleBook of(Collection<AlertRule> configured) {
    Map<String, AlertRule> byKey = DefaultAlertRules.all().stream()
        .collect(Collectors.toMap(TopicKeys::alertRule, Function.identity()));
    configured.forEach(rule -> byKey.put(TopicKeys.alertRule(rule), rule));
    return new RuleBook(Map.copyOf(byKey));
  }

  /**
   * The rule for a kind of alert about a figure of an enterprise or scope.
   *
   * @param indicator the figure (ROLLUP_SWING), or null
   * @param industryCode the enterprise's industry class, or null for rollups
   */
  public AppliedRule ruleFor(AlertKind kind, String indicator, String districtCode, String industryCode) {
    for (AppliedRule candidate : byKind[kind.ordinal()]) {
      AlertRule rule = candidate.rule();
      if ((rule.getIndicator() == null || rule.getIndicator().equals(indicator))
          && (rule.getDistrictCode() == null || rule.getDistrictCode().equals(districtCode))
          && (rule.getIndustryPrefix() == null || industryCode != null
              && industryCode.startsWith(rule.getIndustryPrefix()))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no rule for " + kind); // every kind has its catch-all rule
  }

  /** The rules of every enterprise kind for an enterprise of this district and industry. */
  public EnterpriseRules forEnterprise(String districtCode, String industryCode) {
    if (sameForAll != null) {
      return sameForAll;
    }
    AppliedRule[] rules = new AppliedRule[KINDS.length];
    for (AlertKind kind : KINDS) {
      rules[kind.ordinal()] = ruleFor(kind, null, districtCode, industryCode);
    }
    return new EnterpriseRules(rules);
  }

  public EnterpriseRules forEnterprise(Subject enterprise) {
    return forEnterprise(enterprise.districtCode(), enterprise.industryCode());
  }

  /**
   * What tells this book from any other, the same in every process and version that reads the same rules: a hash of
   * every rule in force, defaults included, in key order. Changing the defaults changes it too.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprint(Map<String, AlertRule> rules) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(rules).forEach((key, rule) -> sha256.update((key + '\n' + rule + '\n')
          .getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha256.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Every rule in force by key, defaults included. */
  public Map<String, AlertRule> rules() {
    return rules;
  }
}
