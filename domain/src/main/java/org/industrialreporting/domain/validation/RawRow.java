package org.industrialreporting.domain.validation;

import java.util.List;
import java.util.Map;

/**
 * One input record before validation: field texts by canonical field name (as in the submission format), where
 * it came from, and problems found while splitting it into fields.
 *
 * @param origin where the row came from, with its raw bytes
 * @param fields raw text by canonical field name; a field that was not given is absent
 * @param problems problems of the record's form (unknown or duplicate fields, malformed row), reported with the
 *     field reasons
 * @param readable false when the row could not be split into fields at all; then only {@code problems} apply
 */
public record RawRow(Origin origin, Map<String, String> fields, List<Reason> problems, boolean readable) {

  public RawRow {
    fields = Map.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /** A row that was split into fields without problems. */
  public static RawRow of(Origin origin, Map<String, String> fields) {
    return new RawRow(origin, fields, List.of(), true);
  }

  /** A row that could not be split into fields. */
  public static RawRow unreadable(Origin origin, Reason problem) {
    return new RawRow(origin, Map.of(), List.of(problem), false);
  }

  /** The field's text without surrounding whitespace, or null when absent or blank. */
  public String text(String field) {
    String text = fields.get(field);
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** The field's text, adding a MISSING reason when absent or blank. */
  public String required(String field, Reasons reasons) {
    String text = text(field);
    if (text == null) {
      reasons.add(field, ReasonCode.MISSING, field + " is missing");
    }
    return text;
  }
}
