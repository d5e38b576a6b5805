package org.industrialreporting.dashboard.api;

/**
 * An answer other than 200 with a message a client can act on: 400 names the parameter that is wrong, 403 what the
 * caller's token does not see, 404 the id that is unknown, 415 the content type expected.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final String parameter;

  private ApiException(int status, String message, String parameter) {
    super(message, null, false, false); // an answer, not an error: no stack trace
    this.status = status;
    this.parameter = parameter;
  }

  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, parameter + ": " + message, parameter);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message, null);
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, message, null);
  }

  static ApiException of(int status, String message) {
    return new ApiException(status, message, null);
  }

  int status() {
    return status;
  }

  /** The parameter a 400 is about; null for other answers. */
  String parameter() {
    return parameter;
  }
}
