package org.industrialreporting.anomaly;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * The alert rules in force: those of {@code alert-rules} over the {@link DefaultAlertRules}. Of the rules that
 * match, the most specific wins: the longest industry prefix (industries set what is normal), then a district's
 * rule over one for every district, then an indicator's over one for every indicator.
 */
public final class RuleBook {

  private static final Comparator<AlertRule> SPECIFICITY = Comparator
      .comparingInt((AlertRule r) -> r.getIndustryPrefix() == null ? 0 : r.getIndustryPrefix().length())
      .thenComparing(r -> r.getDistrictCode() != null)
      .thenComparing(r -> r.getIndicator() != null);

  private final Map<String, AlertRule> rules;

  private RuleBook(Map<String, AlertRule> rules) {
    this.rules = rules;
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
    Optional<AlertRule> best = rules.values().stream()
        .filter(rule -> rule.getKind() == kind)
        .filter(rule -> rule.getIndicator() == null || rule.getIndicator().equals(indicator))
        .filter(rule -> rule.getDistrictCode() == null || rule.getDistrictCode().equals(districtCode))
        .filter(rule -> rule.getIndustryPrefix() == null
            || industryCode != null && industryCode.startsWith(rule.getIndustryPrefix()))
        .max(SPECIFICITY);
    AlertRule rule = best.orElseThrow(); // every kind has its catch-all rule
    return new AppliedRule(TopicKeys.alertRule(rule), rule);
  }

  /** Every rule in force by key, defaults included. */
  public Map<String, AlertRule> rules() {
    return rules;
  }
}
