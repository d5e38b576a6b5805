package org.industrialreporting.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.industrialreporting.schemas.serde.SerdeSettings;

/**
 * How to reach a Schema Registry server and how the serdes use it. Built by the launcher from its options, or by
 * the serdes' {@code configure} from Confluent's client properties.
 *
 * @param urls           base URLs of the registry; a request that gets no answer or a 5xx from one tries the next
 * @param basicAuth      {@code user:password} for HTTP basic authentication, if the registry wants it
 * @param tls            trust and key stores for {@code https} URLs
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer
 * @param retries        further rounds over all URLs after the first fails for want of an answer or with a 5xx;
 *                       never after a 4xx, which is the registry's considered answer
 * @param retryBackoff   wait before the first retry, doubled before each next one
 * @param serdes         auto-registration and subject naming of the serializers
 */
public record RegistrySettings(List<URI> urls, Optional<String> basicAuth, TlsSettings tls, Duration connectTimeout,
    Duration requestTimeout, int retries, Duration retryBackoff, SerdeSettings serdes) {

  public RegistrySettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("No Schema Registry URL given");
    }
    for (URI url : urls) {
      if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
        throw new IllegalArgumentException("Schema Registry URL '" + url + "' is not an http:// or https:// URL");
      }
    }
    if (basicAuth.isPresent() && !basicAuth.get().contains(":")) {
      throw new IllegalArgumentException("Schema Registry basic auth user info must be 'user:password'");
    }
    if (retries < 0) {
      throw new IllegalArgumentException("Schema Registry retries must not be negative, got " + retries);
    }
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(serdes, "serdes");
  }

  /**
   * Settings for the registry at {@code urls} (comma-separated): no authentication, the JDK's TLS defaults,
   * 10 s to connect, 30 s per request, 3 retries starting 200 ms apart, and the serdes' defaults.
   */
  public static RegistrySettings of(String urls) {
    List<URI> parsed = Arrays.stream(urls.split(","))
        .map(String::trim)
        .filter(u -> !u.isEmpty())
        .map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u))
        .toList();
    return new RegistrySettings(parsed, Optional.empty(), TlsSettings.defaults(), Duration.ofSeconds(10),
        Duration.ofSeconds(30), 3, Duration.ofMillis(200), SerdeSettings.defaults());
  }

  public RegistrySettings withBasicAuth(String userInfo) {
    return new RegistrySettings(urls, Optional.ofNullable(userInfo).filter(s -> !s.isBlank()), tls, connectTimeout,
        requestTimeout, retries, retryBackoff, serdes);
  }

  public RegistrySettings withTls(TlsSettings tls) {
    return new RegistrySettings(urls, basicAuth, tls, connectTimeout, requestTimeout, retries, retryBackoff, serdes);
  }

  public RegistrySettings withRetries(int retries, Duration retryBackoff) {
    return new RegistrySettings(urls, basicAuth, tls, connectTimeout, requestTimeout, retries, retryBackoff, serdes);
  }

  public RegistrySettings withSerdes(SerdeSettings serdes) {
    return new RegistrySettings(urls, basicAuth, tls, connectTimeout, requestTimeout, retries, retryBackoff, serdes);
  }

  @Override
  public String toString() {
    return "RegistrySettings[urls=" + urls + ", basicAuth=" + basicAuth.map(u -> u.substring(0, u.indexOf(':')) + ":***")
        + ", tls=" + tls + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
        + ", retries=" + retries + ", retryBackoff=" + retryBackoff + ", serdes=" + serdes + "]";
  }
}
