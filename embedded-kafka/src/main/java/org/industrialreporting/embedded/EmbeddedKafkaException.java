package org.industrialreporting.embedded;

/** The embedded broker could not be prepared, started or reached. */
public final class EmbeddedKafkaException extends RuntimeException {
  public EmbeddedKafkaException(String message, Throwable cause) {
    super(message, cause);
  }
}
