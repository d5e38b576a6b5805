package org.industrialreporting.domain.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reasons;

/**
 * The fields both report kinds share: the period, and the indicator figures read from text or checked on a
 * decoded record.
 */
final class IndicatorFields {

  static final String PERIOD = "period";

  private IndicatorFields() {
  }

  /** The row's period when it is present and acceptable; otherwise null after adding the reason. */
  static YearMonth period(RawRow row, PeriodRule rule, Reasons reasons) {
    String text = row.required(PERIOD, reasons);
    return text == null ? null : rule.check(PERIOD, text, reasons).orElse(null);
  }

  /** Every figure of the row that parses; each missing or bad one adds its reason. */
  static <I extends Enum<I> & Indicator> Map<I, Long> parse(RawRow row, Class<I> type, Reasons reasons) {
    Map<I, Long> values = new EnumMap<>(type);
    for (I indicator : type.getEnumConstants()) {
      String text = row.required(indicator.fieldName(), reasons);
      if (text != null) {
        OptionalLong value = indicator.parse(text, reasons);
        value.ifPresent(v -> values.put(indicator, v));
      }
    }
    return values;
  }

  /** Checks the sign and range of each figure of a decoded record. */
  static <I extends Enum<I> & Indicator> void checkStored(Map<I, Long> values, Reasons reasons) {
    values.forEach((indicator, value) ->
        indicator.unit().checkRange(indicator.fieldName(), value, indicator.negativeAllowed(), reasons));
  }
}
