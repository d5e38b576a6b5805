package org.industrialreporting.producers.intake;

import java.util.Objects;
import java.util.Optional;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.producers.submission.Permission;

/**
 * What an API token may do: an official's {@code admin} token submits anything and loads the registries; an
 * {@code enterprise:CREDIT_CODE} token submits that enterprise's reports only; a {@code park:PARK_ID} token that
 * park's reports only.
 *
 * @param kind whose token it is
 * @param subject the credit code or park id; null for admin
 */
public record TokenScope(Kind kind, String subject) implements Permission {

  /** Whose token it is. */
  public enum Kind {
    ADMIN, ENTERPRISE, PARK
  }

  public TokenScope {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ADMIN) != (subject == null)) {
      throw new IllegalArgumentException("an admin token has no subject, an enterprise or park token has one");
    }
  }

  public static TokenScope admin() {
    return new TokenScope(Kind.ADMIN, null);
  }

  public static TokenScope enterprise(String creditCode) {
    return new TokenScope(Kind.ENTERPRISE, creditCode);
  }

  public static TokenScope park(String parkId) {
    return new TokenScope(Kind.PARK, parkId);
  }

  /** Reads {@code admin}, {@code enterprise:CODE} or {@code park:ID}, as the token file writes them. */
  public static TokenScope parse(String text) {
    if (text.equals("admin")) {
      return admin();
    }
    int colon = text.indexOf(':');
    String subject = colon < 0 ? "" : text.substring(colon + 1);
    switch (colon < 0 ? text : text.substring(0, colon)) {
      case "enterprise" -> {
        if (!subject.isEmpty()) {
          return enterprise(subject);
        }
      }
      case "park" -> {
        if (!subject.isEmpty()) {
          return park(subject);
        }
      }
      default -> {
        // answered below
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a token scope: admin, enterprise:CREDIT_CODE or"
        + " park:PARK_ID");
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
  }

  /** Whether the scope covers rows of this kind about this credit code or park id (null: unreadable). */
  public boolean covers(FileKind fileKind, String rowSubject) {
    return switch (kind) {
      case ADMIN -> true;
      case ENTERPRISE -> fileKind == FileKind.ENTERPRISE_REPORT && subject.equals(rowSubject);
      case PARK -> fileKind == FileKind.PARK_REPORT && subject.equals(rowSubject);
    };
  }

  /** The kind of report the token may submit; null for admin, who may submit any. */
  public FileKind reportKind() {
    return switch (kind) {
      case ADMIN -> null;
      case ENTERPRISE -> FileKind.ENTERPRISE_REPORT;
      case PARK -> FileKind.PARK_REPORT;
    };
  }

  @Override
  public Optional<Reason> refusal(FileKind fileKind, RawRow row) {
    String field = fileKind == FileKind.PARK_REPORT ? "park_id" : "credit_code";
    String rowSubject = row.text(field);
    if (isAdmin() || rowSubject == null || covers(fileKind, rowSubject)) {
      return Optional.empty(); // a missing key is refused by validation already
    }
    return Optional.of(new Reason(field, ReasonCode.NOT_PERMITTED, field + " '" + rowSubject + "' is not covered by"
        + " this API token, which may submit " + description() + " only"));
  }

  /** What the token may submit, for messages, e.g. {@code reports of credit code 91...}. */
  public String description() {
    return switch (kind) {
      case ADMIN -> "anything";
      case ENTERPRISE -> "enterprise reports of credit code " + subject;
      case PARK -> "park reports of park " + subject;
    };
  }

  @Override
  public String toString() {
    return isAdmin() ? "admin" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + subject;
  }
}
