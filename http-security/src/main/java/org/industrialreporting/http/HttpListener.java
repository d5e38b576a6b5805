package org.industrialreporting.http;

import io.javalin.config.JavalinConfig;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Where a server listens, and whether over HTTPS: with a key store, the one port serves HTTPS only.
 *
 * @param host the interface, e.g. {@code 127.0.0.1}, or {@code 0.0.0.0} for all
 * @param port the port, 0 for a free one
 * @param tls  the certificate to serve HTTPS with; empty for plain HTTP
 */
public record HttpListener(String host, int port, Optional<KeyStoreFile> tls) {

  public HttpListener {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tls, "tls");
  }

  /** Plain HTTP on {@code host:port}. */
  public static HttpListener http(String host, int port) {
    return new HttpListener(host, port, Optional.empty());
  }

  public HttpListener withTls(KeyStoreFile keyStore) {
    return new HttpListener(host, port, Optional.of(keyStore));
  }

  public boolean https() {
    return tls.isPresent();
  }

  /** Makes the Javalin server listen here; the key store is read now, so that a wrong one stops the start. */
  public void configure(JavalinConfig config) {
    config.jetty.host = host;
    config.jetty.port = port;
    tls.ifPresent(keyStore -> {
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStore(keyStore.load());
      ssl.setKeyStorePassword(keyStore.password());
      ssl.setKeyManagerPassword(keyStore.password());
      config.jetty.addConnector((server, http) -> {
        // Certificates name hosts, clients often come by address: no SNI check of the Host header.
        http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        ServerConnector connector = new ServerConnector(server,
            new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
      });
    });
  }

  /** The base URL for the port the server got, e.g. {@code https://127.0.0.1:8443/}; all interfaces show as loopback. */
  public String url(int boundPort) {
    return (https() ? "https" : "http") + "://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + boundPort
        + "/";
  }

  /** Whether only this machine can reach the listener. */
  public boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
