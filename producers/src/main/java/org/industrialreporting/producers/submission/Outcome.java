package org.industrialreporting.producers.submission;

import java.util.List;
import org.industrialreporting.domain.validation.Reason;

/** What the rules say of one row: a record to publish, or every reason it is refused. */
sealed interface Outcome {

  /** @param period the report's period, null for registry records */
  record Accepted(Publication<?> publication, String period) implements Outcome {
  }

  record Rejected(List<Reason> reasons) implements Outcome {
  }
}
