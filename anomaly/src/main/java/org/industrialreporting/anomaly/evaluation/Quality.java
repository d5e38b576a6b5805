package org.industrialreporting.anomaly.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;

/**
 * The quality of one detector over a labelled world, at enterprise-month level: a reported (enterprise, month,
 * kind) matches a label with the same three. Normal enterprise-months are those without any label; a normal one
 * is flagged when anything at all was reported for it.
 *
 * @param kinds per kind, in the order asked for
 * @param normalMonths enterprise-months without a label
 * @param flaggedNormalMonths of those, the ones with a report
 */
public record Quality(List<KindQuality> kinds, long normalMonths, long flaggedNormalMonths) {

  public Quality {
    kinds = List.copyOf(kinds);
  }

  /**
   * @param months every enterprise-month judged, as flags of any kind (the kind is ignored)
   */
  static Quality of(Collection<AlertKind> kinds, Set<Flag> labels, Set<Flag> reported, Set<Flag> months) {
    List<KindQuality> perKind = kinds.stream().map(kind -> {
      int tp = (int) reported.stream().filter(f -> f.kind() == kind && labels.contains(f)).count();
      int fp = (int) reported.stream().filter(f -> f.kind() == kind).count() - tp;
      int fn = (int) labels.stream().filter(f -> f.kind() == kind).count() - tp;
      return new KindQuality(kind, tp, fp, fn);
    }).toList();
    Set<Flag> labelledMonths = labels.stream().map(Quality::month).collect(Collectors.toSet());
    Set<Flag> reportedMonths = reported.stream().map(Quality::month).collect(Collectors.toSet());
    long normal = months.stream().map(Quality::month).filter(m -> !labelledMonths.contains(m)).count();
    long flagged = reportedMonths.stream().filter(m -> !labelledMonths.contains(m)).count();
    return new Quality(perKind, normal, flagged);
  }

  /** Share of normal enterprise-months flagged. */
  public double flaggedNormalShare() {
    return normalMonths == 0 ? Double.NaN : (double) flaggedNormalMonths / normalMonths;
  }

  private static Flag month(Flag flag) {
    return new Flag(flag.creditCode(), flag.period(), null);
  }
}
