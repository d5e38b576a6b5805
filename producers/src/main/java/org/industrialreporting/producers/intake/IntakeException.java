package org.industrialreporting.producers.intake;

/** A request the intake refuses as a whole, with the HTTP status and a message for the caller. */
final class IntakeException extends RuntimeException {

  private final int status;

  IntakeException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
