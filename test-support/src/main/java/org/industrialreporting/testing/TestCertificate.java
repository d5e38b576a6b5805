package org.industrialreporting.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1} in a PKCS12 key store, made with the JDK's
 * keytool, for tests that serve HTTPS; and clients that trust it and nothing else.
 *
 * @param keyStore the key store file, with one private key entry
 * @param password the store's and the key's password
 */
public record TestCertificate(Path keyStore, String password) {

  /** A new certificate in {@code dir}; extra host names (e.g. a container's network alias) go into it too. */
  public static TestCertificate create(Path dir, String... hostNames) {
    Path file = dir.resolve("server-" + System.nanoTime() + ".p12");
    String password = "test-" + Long.toHexString(System.nanoTime());
    StringBuilder names = new StringBuilder("SAN=dns:localhost,ip:127.0.0.1");
    for (String host : hostNames) {
      names.append(",dns:").append(host);
    }
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    try {
      Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
          "-groupname", "secp256r1", "-validity", "7", "-dname", "CN=localhost", "-ext", names.toString(),
          "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password)
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool could not make a test certificate: " + output);
      }
      // Readable by a container's non-root user when copied in.
      file.toFile().setReadable(true, false);
      return new TestCertificate(file, password);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + keytool, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** TLS that trusts this certificate only. */
  public SSLContext trustingContext() {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      for (String alias : Collections.list(store.aliases())) {
        trusted.setCertificateEntry(alias, store.getCertificate(alias));
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot trust the test certificate " + keyStore, e);
    }
  }

  /** An HTTP client that trusts this certificate only. */
  public HttpClient httpClient() {
    return HttpClient.newBuilder().sslContext(trustingContext()).build();
  }
}
