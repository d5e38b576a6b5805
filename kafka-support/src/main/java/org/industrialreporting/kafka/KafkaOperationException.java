package org.industrialreporting.kafka;

/** A request to the Kafka cluster failed; the message says which and why. */
public final class KafkaOperationException extends RuntimeException {
  public KafkaOperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
