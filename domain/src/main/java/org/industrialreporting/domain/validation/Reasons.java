package org.industrialreporting.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every reason found while checking one input, so that rules run to the end and report all problems
 * at once instead of stopping at the first. Not thread-safe: one per input.
 */
public final class Reasons {

  private final List<Reason> found = new ArrayList<>();

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

  /** Whether any reason so far concerns the field. */
  public boolean concern(String field) {
    return found.stream().anyMatch(r -> field.equals(r.field()));
  }

  public List<Reason> list() {
    return List.copyOf(found);
  }
}
