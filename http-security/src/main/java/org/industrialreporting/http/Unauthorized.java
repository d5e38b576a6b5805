package org.industrialreporting.http;

/**
 * A request without a valid API token: answered 401, with the reason as the message. The
 * {@code WWW-Authenticate} header is set on the answer before this is thrown.
 */
public final class Unauthorized extends RuntimeException {

  Unauthorized(String message) {
    super(message, null, false, false); // an answer, not an error: no stack trace
  }
}
