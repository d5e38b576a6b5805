package org.industrialreporting.streams.rollup;

import java.time.YearMonth;

/**
 * What reaches the rollup stage for one scope, through the internal topic keyed by scope: a change to one of its
 * monthly cells, or a changed annual target (null {@code target}: removed).
 */
sealed interface ScopeUpdate {

  record CellChange(YearMonth period, CellVector change) implements ScopeUpdate {
  }

  record TargetChange(int year, String indicator, Long target) implements ScopeUpdate {
  }
}
