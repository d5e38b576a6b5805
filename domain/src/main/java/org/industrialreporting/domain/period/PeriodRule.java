package org.industrialreporting.domain.period;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * The reporting period (报告期): {@code YYYY-MM} exactly, not after the current month in the reporting time zone,
 * and not before a first accepted year. Historical backfill is normal use, so the default first year (2000)
 * accepts well over ten years.
 *
 * @param clock the current time, injected so tests and replays are deterministic
 * @param zone time zone whose calendar decides the current month (Asia/Shanghai)
 * @param firstYear earliest accepted year
 */
public record PeriodRule(Clock clock, ZoneId zone, int firstYear) {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  public static final int DEFAULT_FIRST_YEAR = 2000;

  /** China's calendar and periods from 2000 on. */
  public static PeriodRule defaults(Clock clock) {
    return new PeriodRule(clock, CHINA, DEFAULT_FIRST_YEAR);
  }

  /** The period of well-formed text ({@code YYYY-MM}, month 01–12), without checking against the clock. */
  public static Optional<YearMonth> parse(String text) {
    // By hand: every report is checked, and a regular expression plus a date parser cost far more than this.
    if (text == null || text.length() != 7 || text.charAt(4) != '-') {
      return Optional.empty();
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      year = year * 10 + (c - '0');
    }
    char tens = text.charAt(5);
    char units = text.charAt(6);
    if (tens < '0' || tens > '1' || units < '0' || units > '9') {
      return Optional.empty();
    }
    int month = (tens - '0') * 10 + (units - '0');
    return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
  }

  /** The text of a period, {@code YYYY-MM}. */
  public static String format(YearMonth period) {
    return period.toString();
  }

  /** The current month in the reporting time zone. */
  public YearMonth currentMonth() {
    return YearMonth.now(clock.withZone(zone));
  }

  /**
   * Checks the period text, adding PERIOD_FORMAT, PERIOD_IN_FUTURE or PERIOD_TOO_OLD for the field.
   *
   * @return the period when it is acceptable
   */
  public Optional<YearMonth> check(String field, String text, Reasons reasons) {
    Optional<YearMonth> parsed = parse(text);
    if (parsed.isEmpty()) {
      reasons.add(field, ReasonCode.PERIOD_FORMAT,
          field + " '" + text + "' is not a month in the form YYYY-MM, e.g. 2026-09");
      return Optional.empty();
    }
    YearMonth period = parsed.get();
    YearMonth current = currentMonth();
    if (period.isAfter(current)) {
      reasons.add(field, ReasonCode.PERIOD_IN_FUTURE,
          field + " '" + text + "' is in the future; the current month is " + format(current));
      return Optional.empty();
    }
    if (period.getYear() < firstYear) {
      reasons.add(field, ReasonCode.PERIOD_TOO_OLD,
          field + " '" + text + "' is before " + firstYear + ", the first year accepted");
      return Optional.empty();
    }
    return parsed;
  }
}
