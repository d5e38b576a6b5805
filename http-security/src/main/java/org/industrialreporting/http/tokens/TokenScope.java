package org.industrialreporting.http.tokens;

import java.util.Locale;
import java.util.Objects;

/**
 * Whom an API token is for: an official's {@code admin} token, an {@code enterprise:CREDIT_CODE} or
 * {@code park:PARK_ID} token of the intake, or a {@code district:CODE} token of the dashboard. What a scope may do
 * is each server's to say.
 *
 * @param kind whose token it is
 * @param subject the credit code, park id or district code; null for admin
 */
public record TokenScope(Kind kind, String subject) {

  /** Whose token it is. */
  public enum Kind {
    ADMIN, ENTERPRISE, PARK, DISTRICT
  }

  public TokenScope {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ADMIN) != (subject == null) || subject != null && subject.isEmpty()) {
      throw new IllegalArgumentException("an admin token has no subject, every other token has one");
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

  public static TokenScope district(String districtCode) {
    return new TokenScope(Kind.DISTRICT, districtCode);
  }

  /** Reads {@code admin}, {@code enterprise:CODE}, {@code park:ID} or {@code district:CODE}, as the file has them. */
  public static TokenScope parse(String text) {
    if (text.equals("admin")) {
      return admin();
    }
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1) {
      String subject = text.substring(colon + 1);
      for (Kind kind : Kind.values()) {
        if (kind != Kind.ADMIN && text.substring(0, colon).equals(kind.name().toLowerCase(Locale.ROOT))) {
          return new TokenScope(kind, subject);
        }
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a token scope: admin, enterprise:CREDIT_CODE,"
        + " park:PARK_ID or district:DISTRICT_CODE");
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
  }

  @Override
  public String toString() {
    return isAdmin() ? "admin" : kind.name().toLowerCase(Locale.ROOT) + ":" + subject;
  }
}
