package org.industrialreporting.dashboard.api;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.industrialreporting.domain.indicator.Indicator;

/** Query parameters, read strictly: a value that does not parse is a 400 naming the parameter and what it takes. */
final class Params {

  private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{6}");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  private Params() {
  }

  /** A month {@code YYYY-MM}, if given. */
  static Optional<YearMonth> period(Context ctx, String name) {
    return text(ctx, name).map(text -> {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        throw ApiException.badParameter(name, "must be a month YYYY-MM, e.g. 2026-09, got '" + text + "'");
      }
    });
  }

  /** A year of four digits, e.g. {@code 2026}, if given. */
  static Optional<Integer> year(Context ctx, String name) {
    return text(ctx, name).map(text -> {
      if (!YEAR.matcher(text).matches()) {
        throw ApiException.badParameter(name, "must be a year of four digits, e.g. 2026, got '" + text + "'");
      }
      return Integer.valueOf(text);
    });
  }

  /** An indicator of the submission format or of park reports, by field name, e.g. {@code output_value}. */
  static Optional<Indicator> indicator(Context ctx, String name) {
    return text(ctx, name).map(text -> Indicator.byFieldName(text).orElseThrow(() -> ApiException.badParameter(name,
        "must be an indicator (" + Indicator.all().stream().map(Indicator::fieldName).collect(Collectors.joining(", "))
            + "), got '" + text + "'")));
  }

  /** A symbol of {@code type}, given in any case, e.g. {@code red} for {@code Severity.RED}. */
  static <E extends Enum<E>> Optional<E> symbol(Context ctx, String name, Class<E> type) {
    return text(ctx, name).map(text -> {
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants())
            + ", got '" + text + "'");
      }
    });
  }

  /** A district code: six digits (GB/T 2260). */
  static Optional<String> districtCode(Context ctx, String name) {
    return text(ctx, name).map(text -> {
      if (!DISTRICT_CODE.matcher(text).matches()) {
        throw ApiException.badParameter(name, "must be a district code of six digits, got '" + text + "'");
      }
      return text;
    });
  }

  /** A count from 1 to {@code max}, {@code fallback} when not given. */
  static int count(Context ctx, String name, int fallback, int max) {
    return text(ctx, name).map(text -> {
      try {
        int value = Integer.parseInt(text);
        if (value >= 1 && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw ApiException.badParameter(name, "must be a whole number from 1 to " + max + ", got '" + text + "'");
    }).orElse(fallback);
  }

  /** {@code true} or {@code false}, {@code false} when not given. */
  static boolean flag(Context ctx, String name) {
    return text(ctx, name).map(text -> switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badParameter(name, "must be true or false, got '" + text + "'");
    }).orElse(false);
  }

  /** The parameter's text, if given and not blank. */
  static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(text -> !text.isEmpty());
  }
}
