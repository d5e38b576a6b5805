package org.industrialreporting.domain.validation;

/** What an entry point knows about whether an enterprise or park is registered. */
public enum Registration {
  REGISTERED,
  /** Known not to be registered: the input is refused. */
  NOT_REGISTERED,
  /** This entry point cannot tell (it has no registry); the check is left to a later stage. */
  NOT_CHECKED
}
