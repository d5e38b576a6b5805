package org.industrialreporting.producers.intake;

import java.util.Objects;
import java.util.Optional;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.producers.submission.Permission;

/**
 * What an API token may do at the intake: an official's {@code admin} token submits anything and loads the
 * registries; an {@code enterprise:CREDIT_CODE} token submits that enterprise's reports only; a {@code park:PARK_ID}
 * token that park's reports only. District tokens are the dashboard's and submit nothing.
 *
 * @param scope the token's scope: admin, enterprise or park
 */
record IntakeAccess(TokenScope scope) implements Permission {

  IntakeAccess {
    Objects.requireNonNull(scope, "scope");
    if (scope.kind() == TokenScope.Kind.DISTRICT) {
      throw new IntakeException(403, "This is a dashboard token (" + scope + "); the intake takes enterprise, park"
          + " and admin tokens");
    }
  }

  static IntakeAccess admin() {
    return new IntakeAccess(TokenScope.admin());
  }

  static IntakeAccess enterprise(String creditCode) {
    return new IntakeAccess(TokenScope.enterprise(creditCode));
  }

  static IntakeAccess park(String parkId) {
    return new IntakeAccess(TokenScope.park(parkId));
  }

  boolean isAdmin() {
    return scope.isAdmin();
  }

  /** Whether the scope covers rows of this kind about this credit code or park id (null: unreadable). */
  boolean covers(FileKind fileKind, String rowSubject) {
    return switch (scope.kind()) {
      case ADMIN -> true;
      case ENTERPRISE -> fileKind == FileKind.ENTERPRISE_REPORT && scope.subject().equals(rowSubject);
      case PARK -> fileKind == FileKind.PARK_REPORT && scope.subject().equals(rowSubject);
      case DISTRICT -> false;
    };
  }

  /** The kind of report the token may submit; null for admin, who may submit any. */
  FileKind reportKind() {
    return switch (scope.kind()) {
      case ENTERPRISE -> FileKind.ENTERPRISE_REPORT;
      case PARK -> FileKind.PARK_REPORT;
      case ADMIN, DISTRICT -> null;
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

  /** What the token may submit, for messages, e.g. {@code enterprise reports of credit code 91...}. */
  String description() {
    return switch (scope.kind()) {
      case ADMIN -> "anything";
      case ENTERPRISE -> "enterprise reports of credit code " + scope.subject();
      case PARK -> "park reports of park " + scope.subject();
      case DISTRICT -> "nothing";
    };
  }

  @Override
  public String toString() {
    return scope.toString();
  }
}
