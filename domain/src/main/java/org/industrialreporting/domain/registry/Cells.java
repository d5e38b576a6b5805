package org.industrialreporting.domain.registry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/** Readers of the registry files' plain cells: choices, Y/N flags and free text. */
final class Cells {

  static final int MAX_TEXT = 200;

  private Cells() {
  }

  /** The constant named exactly by the text, or empty with an INVALID_CHOICE reason listing the choices. */
  static <E extends Enum<E>> Optional<E> choice(String field, String text, Class<E> type, Reasons reasons) {
    return choice(field, text, List.of(type.getEnumConstants()), reasons);
  }

  /** As {@link #choice(String, String, Class, Reasons)}, among some of an enum's constants only. */
  static <E extends Enum<E>> Optional<E> choice(String field, String text, List<E> choices, Reasons reasons) {
    for (E constant : choices) {
      if (constant.name().equals(text)) {
        return Optional.of(constant);
      }
    }
    reasons.add(field, ReasonCode.INVALID_CHOICE, field + " '" + text + "' is not one of "
        + choices.stream().map(Enum::name).collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  /** A flag: {@code Y} or {@code N}; a blank cell (null) means not set, i.e. false. */
  static boolean flag(String field, String text, Reasons reasons) {
    if (text == null || text.equals("N")) {
      return false;
    }
    if (!text.equals("Y")) {
      reasons.add(field, ReasonCode.INVALID_CHOICE, field + " '" + text + "' is not Y or N (empty means N)");
    }
    return text.equals("Y");
  }

  /** Free text of at most {@value #MAX_TEXT} characters. */
  static String text(String field, String text, Reasons reasons) {
    if (text != null && text.length() > MAX_TEXT) {
      reasons.add(field, ReasonCode.TOO_LONG,
          field + " has " + text.length() + " characters; at most " + MAX_TEXT + " are allowed");
    }
    return text;
  }
}
