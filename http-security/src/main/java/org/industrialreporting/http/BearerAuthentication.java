package org.industrialreporting.http;

import io.javalin.http.Context;
import java.util.Optional;
import org.industrialreporting.http.tokens.ApiToken;
import org.industrialreporting.http.tokens.TokenStore;

/**
 * Who calls a server: the API token of the {@code Authorization: Bearer TOKEN} header, or of the session cookie a
 * browser got by signing in, checked against the server's {@link TokenStore} on every
 * request, so that a revocation takes effect at once.
 */
public final class BearerAuthentication {

  private static final String SCHEME = "Bearer ";

  private final TokenStore tokens;
  private final String realm;
  private final String cookieName;

  /**
   * @param realm named in the {@code WWW-Authenticate} header of a 401, e.g. {@code reporting-intake}
   * @param cookieName the session cookie that may carry the token instead of the header; null for none
   */
  public BearerAuthentication(TokenStore tokens, String realm, String cookieName) {
    this.tokens = tokens;
    this.realm = realm;
    this.cookieName = cookieName;
  }

  /** The caller's token; {@link Unauthorized} with the reason, and the challenge set on the answer, otherwise. */
  public ApiToken require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null) {
      if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
        throw refuse(ctx, "The Authorization header must be 'Bearer TOKEN'");
      }
      return tokens.authenticate(header.substring(SCHEME.length()).trim())
          .orElseThrow(() -> refuse(ctx, "The API token is unknown or revoked"));
    }
    String session = cookieName == null ? null : ctx.cookie(cookieName);
    if (session != null) {
      return tokens.authenticate(session)
          .orElseThrow(() -> refuse(ctx, "The session's API token is unknown or revoked; sign in again"));
    }
    throw refuse(ctx, cookieName == null ? "Send an API token: 'Authorization: Bearer TOKEN'"
        : "Sign in, or send an API token: 'Authorization: Bearer TOKEN'");
  }

  /** The token presented, if it is valid; for a sign-in form, which checks a token before it sets the cookie. */
  public Optional<ApiToken> check(String presented) {
    return tokens.authenticate(presented);
  }

  private Unauthorized refuse(Context ctx, String reason) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
    return new Unauthorized(reason);
  }
}
