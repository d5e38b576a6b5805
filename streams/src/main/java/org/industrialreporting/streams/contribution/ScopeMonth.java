package org.industrialreporting.streams.contribution;

import org.industrialreporting.streams.cell.Scope;

/** One scope's cell for one month (see {@link org.industrialreporting.streams.cell.Months}). */
public record ScopeMonth(Scope scope, int month) {
}
