package org.industrialreporting.streams.validation;

import org.industrialreporting.avro.RejectedReport;

/** A record after validation in the stream: accepted, or rejected with every reason (exactly one is set). */
public record Checked<T>(T accepted, RejectedReport rejected) {

  public static <T> Checked<T> accept(T value) {
    return new Checked<>(value, null);
  }

  public static <T> Checked<T> reject(RejectedReport rejection) {
    return new Checked<>(null, rejection);
  }

  public boolean isRejected() {
    return rejected != null;
  }
}
