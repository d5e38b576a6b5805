package org.industrialreporting.alerts.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.industrialreporting.anomaly.AlertRuleCheck;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;

/**
 * A change to the rules as a monitor states it: the fields of one rule by their names in {@code AlertRule}
 * ({@code kind}, {@code industry_prefix}, {@code yellow_z}, ...), from a line of a rules file or from flags. The
 * fields it does not set are those of the rule in force for that kind and scope now, so that "raise yellow_z for
 * cement" keeps everything else as it was.
 */
public final class RuleChange {

  private static final Schema SCHEMA = AlertRule.getClassSchema();

  private final Map<String, Object> fields;

  /** @param fields values by field name: strings, numbers and booleans as JSON would have them */
  public RuleChange(Map<String, ?> fields) {
    List<String> unknown = fields.keySet().stream().filter(name -> SCHEMA.getField(name) == null).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown rule fields " + unknown + "; the fields are "
          + SCHEMA.getFields().stream().map(Schema.Field::name).collect(Collectors.joining(", ")));
    }
    if (fields.get("kind") == null) {
      throw new IllegalArgumentException("A rule needs its kind, one of " + List.of(AlertKind.values()));
    }
    this.fields = new LinkedHashMap<>(fields);
  }

  /**
   * The rule this change makes against the rules in force.
   *
   * @throws IllegalArgumentException naming every problem of the result
   */
  public AlertRule against(RuleBook current) {
    AlertKind kind = enumValue(AlertKind.class, "kind");
    String indicator = (String) fields.get("indicator");
    String district = (String) fields.get("district_code");
    String industry = (String) fields.get("industry_prefix");
    AlertRule rule = AlertRule.newBuilder(current.ruleFor(kind, indicator, district, industry).rule())
        .setIndicator(indicator).setDistrictCode(district).setIndustryPrefix(industry).setNote(null).build();
    fields.forEach((name, value) -> rule.put(name, convert(SCHEMA.getField(name), name, value)));
    List<String> problems = AlertRuleCheck.problems(rule);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Rule " + kind + " not set: " + String.join("; ", problems));
    }
    return rule;
  }

  private Object convert(Schema.Field field, String name, Object value) {
    if (value == null) {
      return null;
    }
    Schema type = field.schema().isUnion() ? field.schema().getTypes().get(1) : field.schema();
    try {
      return switch (type.getType()) {
        case ENUM -> enumValue(AlertKind.class, name);
        case DOUBLE -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
        case INT -> value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(value.toString());
        case BOOLEAN -> value instanceof Boolean b ? b : parseBoolean(value.toString());
        default -> value.toString();
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(name + " must be " + type.getType().getName() + ", not '" + value + "'", e);
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    String value = String.valueOf(fields.get(name));
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " must be one of " + List.of(type.getEnumConstants()) + ", not '"
          + value + "'", e);
    }
  }

  private static boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean: " + text);
    };
  }
}
