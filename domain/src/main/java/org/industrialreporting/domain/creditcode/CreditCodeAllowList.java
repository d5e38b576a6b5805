package org.industrialreporting.domain.creditcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Legitimate legacy codes that fail the GB 32100 checks (issued before the standard was applied consistently)
 * and are accepted as they are. Exact, case-sensitive matches.
 */
public final class CreditCodeAllowList {

  private static final CreditCodeAllowList EMPTY = new CreditCodeAllowList(Set.of());

  private final Set<String> codes;

  private CreditCodeAllowList(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  public static CreditCodeAllowList empty() {
    return EMPTY;
  }

  public static CreditCodeAllowList of(Collection<String> codes) {
    return new CreditCodeAllowList(Set.copyOf(codes));
  }

  /**
   * Reads a UTF-8 file with one code per line; blank lines and lines starting with {@code #} are ignored, and so
   * is whitespace around a code.
   */
  public static CreditCodeAllowList load(Path file) {
    try {
      return new CreditCodeAllowList(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(line -> line.replace("\uFEFF", "").strip())
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the credit code allow-list " + file + ": " + e.getMessage(), e);
    }
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }

  public int size() {
    return codes.size();
  }
}
