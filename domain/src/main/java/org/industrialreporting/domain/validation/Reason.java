package org.industrialreporting.domain.validation;

import java.util.Objects;
import org.industrialreporting.avro.RejectionReason;

/**
 * One reason an input is refused.
 *
 * @param field the field as named in the submission format, or null when the reason concerns the whole record
 * @param code stable machine-readable reason
 * @param message what is wrong, naming the field, the value and the rule, so that the submitter can fix it
 */
public record Reason(String field, ReasonCode code, String message) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The reason as it is carried on the dead-letter topic. */
  public RejectionReason toAvro() {
    return new RejectionReason(field, code.name(), message);
  }
}
