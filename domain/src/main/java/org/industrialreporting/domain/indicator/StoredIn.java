package org.industrialreporting.domain.indicator;

/**
 * Reads and writes an indicator's stored value on the record type of a report ({@code R}) and on the record type
 * that sums such reports ({@code T}).
 *
 * @param <R> the report record, e.g. MonthlyReport
 * @param <T> the totals record, e.g. IndicatorTotals
 */
public interface StoredIn<R, T> {

  /** The getters and setters of this indicator's field on both records. */
  FieldAccessors<R, T> accessors();

  /** The stored value on a report. */
  default long get(R report) {
    return accessors().reportGetter().applyAsLong(report);
  }

  /** Sets the stored value on a report. */
  default void set(R report, long value) {
    accessors().reportSetter().accept(report, value);
  }

  /** The stored value on a sum of reports. */
  default long getTotal(T totals) {
    return accessors().totalsGetter().applyAsLong(totals);
  }

  /** Sets the stored value on a sum of reports. */
  default void setTotal(T totals, long value) {
    accessors().totalsSetter().accept(totals, value);
  }
}
