package org.industrialreporting.testing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.TestInfo;

/**
 * Names derived from the running test, so that tests sharing one broker never share a topic, group or
 * application id.
 */
public final class TestNames {

  private static final AtomicInteger sequence = new AtomicInteger();

  private TestNames() {
  }

  /**
   * A kebab-case prefix unique in this JVM, e.g. {@code "round-trips-3-"}: the test method's name, lower-cased,
   * and a sequence number.
   */
  public static String prefix(TestInfo test) {
    String method = test.getTestMethod().map(m -> m.getName()).orElse(test.getDisplayName());
    String kebab = method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (kebab.length() > 40) {
      kebab = kebab.substring(0, 40).replaceAll("-$", "");
    }
    return kebab + "-" + sequence.incrementAndGet() + "-";
  }
}
