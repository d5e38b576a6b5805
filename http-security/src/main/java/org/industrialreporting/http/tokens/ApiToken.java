package org.industrialreporting.http.tokens;

import java.time.Instant;
import java.util.Objects;

/**
 * An issued API token as the token file keeps it: never the token itself, only its SHA-256.
 *
 * @param id short public name, for listing and revoking
 * @param sha256 the token's SHA-256, lower-case hex
 * @param scope what the token may do
 * @param issuedAt when it was issued
 * @param label free text for people, e.g. the enterprise's name
 */
public record ApiToken(String id, String sha256, TokenScope scope, Instant issuedAt, String label) {

  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(issuedAt, "issuedAt");
    label = label == null ? "" : label;
  }
}
