package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.List;
import java.util.function.ToLongFunction;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Scope;

/**
 * What the view keeps of one accepted enterprise report: the figures of every indicator, the scopes they count
 * for and the land they count with, as attributed when the report was processed. Strings, lists and months are shared between
 * reports, so one instance costs its figures and a few references.
 */
public final class EnterpriseMonth {

  private static final EnterpriseIndicator[] INDICATORS = EnterpriseIndicator.values();

  private final String creditCode;
  private final YearMonth period;
  private final List<Scope> scopes;
  private final List<String> parkIds;
  private final Long landCentimu;
  private final long[] figures;

  EnterpriseMonth(String creditCode, YearMonth period, List<Scope> scopes, List<String> parkIds, Long landCentimu,
      long[] figures) {
    this.creditCode = creditCode;
    this.period = period;
    this.scopes = scopes;
    this.parkIds = parkIds;
    this.landCentimu = landCentimu;
    this.figures = figures;
  }

  public String creditCode() {
    return creditCode;
  }

  public YearMonth period() {
    return period;
  }

  /** The scopes the report counts for: its district, parks, town and industry division, as the rollups. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** The enterprise's own park first, then its parent parks; empty outside parks. */
  public List<String> parkIds() {
    return parkIds;
  }

  /** The land recorded with this report (the registry's when it was processed), hundredths of a mu; null if none. */
  public Long landCentimu() {
    return landCentimu;
  }

  /** The reported figure in its stored unit (yuan, kgce, kWh, persons). */
  public long get(EnterpriseIndicator indicator) {
    return figures[indicator.ordinal()];
  }

  static long[] figuresOf(ToLongFunction<EnterpriseIndicator> value) {
    long[] figures = new long[INDICATORS.length];
    for (EnterpriseIndicator indicator : INDICATORS) {
      figures[indicator.ordinal()] = value.applyAsLong(indicator);
    }
    return figures;
  }
}
