package org.industrialreporting.streams.validation;

import java.util.List;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * How the stream validates one kind of input record: the rule set of the submission path, and how to name the
 * record in a rejection.
 */
public interface RecordCheck<T> {

  /** Every reason the record breaks the rules; empty when it is valid. */
  List<Reason> check(T record, ValidationContext context);

  /** Credit code or park id of the record, for the rejection. */
  String reporter(T record);

  /** Period of the record, for the rejection. */
  String period(T record);
}
