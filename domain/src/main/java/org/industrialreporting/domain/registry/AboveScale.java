package org.industrialreporting.domain.registry;

import org.industrialreporting.avro.Enterprise;

/**
 * Whether an enterprise is above scale (规上) in a year. The statistics office fixes the list of above-scale
 * enterprises once a year, in January, so the status is per year: the registry's {@code above_scale_by_year} for the
 * years it lists, {@code above_scale} for every other year.
 */
public final class AboveScale {

  private AboveScale() {
  }

  public static boolean in(Enterprise enterprise, int year) {
    Boolean listed = enterprise.getAboveScaleByYear().get(Integer.toString(year));
    return listed != null ? listed : enterprise.getAboveScale();
  }
}
