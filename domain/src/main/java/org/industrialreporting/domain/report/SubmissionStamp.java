package org.industrialreporting.domain.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the entry point adds to an accepted report. No revision number: the order of a report's revisions is their
 * order on the topic's partition (see {@link RevisionNumbers}), never an entry point's clock.
 *
 * @param submittedAt when the entry point accepted it; kept to the millisecond, as the Avro field stores it
 * @param source entry point and origin, e.g. {@code submit:reports.csv:12} or {@code intake}
 */
public record SubmissionStamp(Instant submittedAt, String source) {

  public SubmissionStamp {
    submittedAt = submittedAt.truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(source, "source");
  }
}
