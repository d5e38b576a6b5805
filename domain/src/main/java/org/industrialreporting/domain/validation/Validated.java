package org.industrialreporting.domain.validation;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The outcome of validating one input: either the value, or every reason it was refused.
 *
 * @param <T> the type of the valid value, e.g. a MonthlyReport
 */
public final class Validated<T> {

  private final T value;
  private final List<Reason> reasons;

  private Validated(T value, List<Reason> reasons) {
    this.value = value;
    this.reasons = List.copyOf(reasons);
  }

  public static <T> Validated<T> valid(T value) {
    return new Validated<>(value, List.of());
  }

  /** A refusal; there is always at least one reason. */
  public static <T> Validated<T> invalid(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one reason");
    }
    return new Validated<>(null, reasons);
  }

  /** The value when no reason was found, otherwise every reason. */
  public static <T> Validated<T> of(Reasons reasons, Supplier<T> value) {
    return reasons.isEmpty() ? valid(value.get()) : invalid(reasons.list());
  }

  public boolean isValid() {
    return reasons.isEmpty();
  }

  /** The valid value; throws when the input was refused. */
  public T value() {
    if (!isValid()) {
      throw new NoSuchElementException("refused: " + reasons);
    }
    return value;
  }

  /** Every reason the input was refused; empty when it is valid. */
  public List<Reason> reasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return isValid() ? "valid " + value : "invalid " + reasons;
  }
}
