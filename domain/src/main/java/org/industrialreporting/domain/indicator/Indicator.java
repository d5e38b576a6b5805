package org.industrialreporting.domain.indicator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.industrialreporting.domain.validation.Reasons;

/**
 * A figure of the submission format: an enterprise indicator of the monthly report or a park-report figure.
 * This is the one place that knows indicator names, aliases, units and the Avro fields they are stored in.
 */
public sealed interface Indicator permits EnterpriseIndicator, ParkIndicator {

  /**
   * The facts of an indicator.
   *
   * @param id stable number of the indicator among those of its kind, never reused: internal state stores
   *     figures under it, so adding an indicator takes the next free number and renaming one keeps its number
   * @param fieldName field name in the submission format and in targets, e.g. {@code output_value}
   * @param alias Chinese header alias, e.g. {@code 工业总产值}
   * @param unit unit of the submission, which also fixes the stored unit
   * @param storedField name of the Avro field holding the stored value, e.g. {@code output_value_yuan}
   * @param negativeAllowed whether the figure may be below zero (only profit)
   */
  record Definition(int id, String fieldName, String alias, Unit unit, String storedField, boolean negativeAllowed) {
  }

  Definition definition();

  /** Stable number of the indicator among those of its kind (see {@link Definition#id}). */
  default int id() {
    return definition().id();
  }

  /** Field name in the submission format and in targets, e.g. {@code output_value}. */
  default String fieldName() {
    return definition().fieldName();
  }

  /** Chinese header alias, e.g. {@code 工业总产值}. */
  default String alias() {
    return definition().alias();
  }

  /** Unit of the submission, which also fixes the stored unit. */
  default Unit unit() {
    return definition().unit();
  }

  /** Name of the Avro field holding the stored value on a report, e.g. {@code output_value_yuan}. */
  default String storedField() {
    return definition().storedField();
  }

  /** Whether the figure may be below zero (only profit). */
  default boolean negativeAllowed() {
    return definition().negativeAllowed();
  }

  /** Parses submission text into the stored unit, adding a reason and returning empty when it is not valid. */
  default OptionalLong parse(String text, Reasons reasons) {
    return unit().parse(fieldName(), text, negativeAllowed(), reasons);
  }

  /** A stored value as exact submission text. */
  default String format(long stored) {
    return unit().format(stored);
  }

  /** Every indicator: enterprise ones first, then park ones. */
  static List<Indicator> all() {
    return Stream.<Indicator>concat(Stream.of(EnterpriseIndicator.values()), Stream.of(ParkIndicator.values())).toList();
  }

  /** The indicator with this submission field name (exact, lower case), e.g. for a target's indicator. */
  static Optional<Indicator> byFieldName(String fieldName) {
    return byFieldName(all().toArray(Indicator[]::new), fieldName);
  }

  /** The one of these indicators with this submission field name. */
  static <I extends Indicator> Optional<I> byFieldName(I[] indicators, String fieldName) {
    return Stream.of(indicators).filter(i -> i.fieldName().equals(fieldName)).findFirst();
  }
}
