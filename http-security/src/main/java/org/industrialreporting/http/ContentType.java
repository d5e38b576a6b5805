package org.industrialreporting.http;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Content-Type} header as a client sent it, read without trusting it: the servlet API throws on a
 * malformed charset, and a header of parameters only ({@code ";"}) has no media type at all.
 *
 * @param mediaType the media type in lower case, e.g. {@code text/csv}; empty when there is none
 * @param charset   the charset parameter without quotes, if any
 */
public record ContentType(Optional<String> mediaType, Optional<String> charset) {

  private static final ContentType NONE = new ContentType(Optional.empty(), Optional.empty());

  /** The header's parts; a missing or blank header has none. */
  public static ContentType parse(String header) {
    if (header == null) {
      return NONE;
    }
    String[] parts = header.split(";", -1); // -1: ";charset=x" keeps its empty first part
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    Optional<String> charset = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        charset = Optional.of(pair[1].strip().replace("\"", ""));
      }
    }
    return new ContentType(type.isEmpty() ? Optional.empty() : Optional.of(type), charset);
  }

  /** Whether the media type is this one, e.g. {@code application/json}. */
  public boolean is(String type) {
    return mediaType.filter(type::equals).isPresent();
  }
}
