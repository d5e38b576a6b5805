package org.industrialreporting.producers.submission;

import java.util.List;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.Reason;

/**
 * The answer for one row.
 *
 * @param origin where the row came from ({@code origin.location()} is e.g. {@code reports.csv:12})
 * @param kind what the row is
 * @param key the record's key when accepted; when rejected the credit code or park id as far as readable
 * @param period the report's period (as far as readable when rejected); null for registry rows
 * @param reasons every reason the row was rejected; empty when accepted
 */
public record RowResult(Origin origin, FileKind kind, String key, String period, List<Reason> reasons) {

  public RowResult {
    reasons = List.copyOf(reasons);
  }

  public boolean accepted() {
    return reasons.isEmpty();
  }
}
