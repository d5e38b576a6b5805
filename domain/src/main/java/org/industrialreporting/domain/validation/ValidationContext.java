package org.industrialreporting.domain.validation;

import java.time.YearMonth;
import java.util.Optional;
import org.industrialreporting.avro.MonthlyReport;

/**
 * What the validation rules need to know beyond the input itself. Each entry point implements it from what it
 * has: the submit command from registry files, the HTTP intake from its caches, the streams application from its
 * state stores.
 */
public interface ValidationContext {

  /** Whether the enterprise with this (well-formed) credit code is in the enterprise registry. */
  Registration enterprise(String creditCode);

  /** Whether the park with this (well-formed) park id is in the park registry. */
  Registration park(String parkId);

  /**
   * The enterprise's accepted report for the month before {@code period}, if known; used to catch unit mistakes.
   * Empty when there is none or the entry point cannot tell.
   */
  Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period);

  /** A context that knows nothing: registry checks are left to a later stage and there is no previous month. */
  static ValidationContext unchecked() {
    return new ValidationContext() {
      @Override
      public Registration enterprise(String creditCode) {
        return Registration.NOT_CHECKED;
      }

      @Override
      public Registration park(String parkId) {
        return Registration.NOT_CHECKED;
      }

      @Override
      public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
        return Optional.empty();
      }
    };
  }
}
