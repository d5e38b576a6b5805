package org.industrialreporting.streams.cell;

import java.util.List;

/** Where a report's figures count: the scopes whose cells it adds to. */
public interface Attributed {

  /** The district first, then the park and its parents, then (for an enterprise) its town and its division. */
  List<Scope> scopes();
}
