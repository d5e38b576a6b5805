package org.industrialreporting.domain.validation;

/**
 * Stable, machine-readable reasons an input is refused (the {@code code} of a {@code RejectionReason}).
 * Consumers may match on these names; add new ones, never rename.
 */
public enum ReasonCode {
  /** A required field is absent or blank. */
  MISSING,
  /** The text is not a plain decimal number. */
  NOT_A_NUMBER,
  /** More decimals than the field's unit allows; nothing is ever rounded. */
  TOO_MANY_DECIMALS,
  /** A negative figure where only profit may be negative. */
  NEGATIVE,
  /** A number too large for the field, or a year outside the accepted range. */
  OUT_OF_RANGE,
  /** A unified social credit code with the wrong length, characters or structure. */
  CREDIT_CODE_FORMAT,
  /** A unified social credit code whose check character does not match. */
  CHECK_CHARACTER,
  /** A period that is not {@code YYYY-MM}. */
  PERIOD_FORMAT,
  /** A period after the current month. */
  PERIOD_IN_FUTURE,
  /** A period before the first accepted year. */
  PERIOD_TOO_OLD,
  /** A credit code that is not in the enterprise registry. */
  UNKNOWN_ENTERPRISE,
  /** A park id that is not in the park registry. */
  UNKNOWN_PARK,
  /** Value added above gross output value. */
  VALUE_ADDED_ABOVE_OUTPUT,
  /** An order-of-magnitude jump against the previous month, typically yuan entered as thousand yuan. */
  UNIT_JUMP,
  /** A field that the format does not have. */
  UNKNOWN_FIELD,
  /** The same field given twice in one record. */
  DUPLICATE_FIELD,
  /** A row that cannot be split into fields: wrong number of CSV cells, or a JSON line that is no flat object. */
  MALFORMED_ROW,
  /** A park id with characters other than letters, digits, '-' and '_', or too long. */
  PARK_ID_FORMAT,
  /** A district code that is not a GB/T 2260 administrative division code. */
  DISTRICT_CODE,
  /** An industry code that is not a GB/T 4754 class. */
  INDUSTRY_CODE,
  /** A value outside a fixed set of choices (tags, Y/N flags, park levels, scope types, indicator names). */
  INVALID_CHOICE,
  /** Free text longer than the field allows. */
  TOO_LONG,
  /** A Kafka record value that cannot be decoded (used by the Kafka entry points). */
  NOT_DESERIALIZABLE,
  /** An unexpected error while processing the record (a defect of ours, not of the input); kept for replay. */
  PROCESSING_ERROR,
  /** A row for an enterprise or park the submitter's credentials do not cover (e.g. another credit code). */
  NOT_PERMITTED,
  /**
   * A report that is older than the one in force for its enterprise (or park) and month: a record at or before
   * the in-force report's position on the partition (a replay, or reprocessing after a crash without
   * exactly-once), or a producer's revision number below the in-force report's.
   */
  STALE_REVISION,
  /** A Kafka record whose key is not the credit code (or park id) of the report it holds. */
  KEY_MISMATCH
}
