package org.industrialreporting.producers.submission;

import java.util.Optional;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;

/** Whether the submitter may submit a row, e.g. only reports of its own enterprise. */
@FunctionalInterface
public interface Permission {

  /** Why the submitter may not submit this row (a NOT_PERMITTED reason), or empty when it may. */
  Optional<Reason> refusal(FileKind kind, RawRow row);

  /** For officials' tools (submit, register), whose users may submit anything. */
  static Permission everything() {
    return (kind, row) -> Optional.empty();
  }
}
