package org.industrialreporting.schemas.registry;

import java.util.Optional;

/**
 * A Schema Registry refused or failed a request. Carries the HTTP status and Confluent's error code
 * (e.g. 404/40401 subject not found, 409 incompatible schema, 422/42201 invalid schema, 500/50001 store error),
 * whether it came from a remote registry (then also the URL asked) or from {@link SchemaRegistry} itself.
 * A remote registry that gave no answer at all (refused connection, timeout) is status {@link #NO_ANSWER}.
 */
public final class SchemaRegistryException extends RuntimeException {

  /** The status of a request that got no HTTP answer. */
  public static final int NO_ANSWER = 0;

  private final int status;
  private final int errorCode;
  private final String url; // null when the error did not come over HTTP

  public SchemaRegistryException(int status, int errorCode, String message) {
    this(status, errorCode, message, null, null);
  }

  public SchemaRegistryException(int status, int errorCode, String message, Throwable cause) {
    this(status, errorCode, message, null, cause);
  }

  /** An error of a remote registry at {@code url}. */
  public SchemaRegistryException(int status, int errorCode, String message, String url, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
    this.url = url;
  }

  /** HTTP status of the answer, e.g. 404; {@link #NO_ANSWER} when there was none. */
  public int status() {
    return status;
  }

  /** Confluent's error code, e.g. 40401; equal to the status when the registry gives no finer code. */
  public int errorCode() {
    return errorCode;
  }

  /** The URL of the failed request, for errors of a remote registry. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** What went wrong, without the status and URL: the {@code message} of Confluent's error body. */
  public String reason() {
    return super.getMessage();
  }

  @Override
  public String getMessage() {
    String where = url == null ? "" : url + ": ";
    String how = status == NO_ANSWER ? " (no answer)" : " (HTTP " + status + ", error code " + errorCode + ")";
    return where + super.getMessage() + how;
  }

  public static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(404, ErrorCodes.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  public static SchemaRegistryException versionNotFound(String subject, Object version) {
    return new SchemaRegistryException(404, ErrorCodes.VERSION_NOT_FOUND,
        "Version " + version + " not found for subject '" + subject + "'.");
  }

  public static SchemaRegistryException schemaNotFound(String what) {
    return new SchemaRegistryException(404, ErrorCodes.SCHEMA_NOT_FOUND, "Schema " + what + " not found.");
  }

  /** Confluent's error codes, from its REST API documentation. */
  public static final class ErrorCodes {
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_SOFT_DELETED = 40404;
    public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
    public static final int VERSION_SOFT_DELETED = 40406;
    public static final int VERSION_NOT_SOFT_DELETED = 40407;
    public static final int SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int STORE_ERROR = 50001;

    private ErrorCodes() {
    }
  }
}
