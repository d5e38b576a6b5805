package org.industrialreporting.producers.publish;

/**
 * Records could not be published; the message names them. Records sent before the failure may have reached the
 * topic: sending them again is safe, since a report sent again is a correction with the same figures and a
 * registry record replaces itself.
 */
public final class PublishException extends RuntimeException {

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
