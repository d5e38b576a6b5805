package org.industrialreporting.testing;

import org.industrialreporting.embedded.EmbeddedKafka;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that gives tests the one embedded broker of this test JVM. The broker starts with the first
 * test that asks for it and stops when the whole run ends; tests keep apart by unique topic names and
 * application ids ({@link TestNames}), not by brokers of their own.
 *
 * <pre>{@code
 * @ExtendWith(SharedKafka.class)
 * class SomethingIT {
 *   @Test void works(EmbeddedKafka kafka, TestInfo test) { ... }
 * }
 * }</pre>
 */
public final class SharedKafka implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKafka.class);

  /** The broker of this JVM, started on first use. */
  public static EmbeddedKafka broker(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("broker", key -> new Running(EmbeddedKafka.start(EmbeddedKafka.Settings.temporary())),
            Running.class)
        .kafka();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmbeddedKafka.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return broker(context);
  }

  /** Closed by JUnit when the root context closes, at the end of the run. */
  private record Running(EmbeddedKafka kafka) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      kafka.close();
    }
  }
}
