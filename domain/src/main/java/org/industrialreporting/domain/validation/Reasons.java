package org.industrialreporting.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every reason found while checking one input, so that rules run to the end and report all problems
 * at once instead of stopping at the first. Not thread-safe: one per input.
 */
public final class Reasons {

  private final List<Reason> found = new ArrayList<>();

  /** Reasons that start with the row's own problems (unknown or duplicate fields, a malformed row). */
  public static Reasons forRow(RawRow row) {
    Reasons reasons = new Reasons();
    reasons.addAll(row.problems());
    return reasons;
  }

  public void add(String field, ReasonCode code, String message) {
    found.add(new Reason(field, code, message));
  }

  public void addAll(List<Reason> reasons) {
    found.addAll(reasons);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Number of reasons so far; lets a rule tell whether a sub-check added any. */
  public int count() {
    return found.size();
  }

  public List<Reason> list() {
    return List.copyOf(found);
  }
}
