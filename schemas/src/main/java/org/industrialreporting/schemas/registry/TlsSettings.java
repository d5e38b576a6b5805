package org.industrialreporting.schemas.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS towards a registry at an {@code https} URL: whom to trust (a truststore; the JDK's own CAs when absent) and,
 * for mutual TLS, who we are (a keystore). Store types are those of {@link KeyStore} ({@code PKCS12}, {@code JKS}).
 *
 * @param truststore  trusted certificates, if not the JDK's
 * @param keystore    our certificate and key, for registries that ask clients for one
 * @param keyPassword password of the key inside the keystore; the keystore's password when null
 */
public record TlsSettings(Optional<Store> truststore, Optional<Store> keystore, String keyPassword) {

  /** A key or trust store file. */
  public record Store(Path location, String password, String type) {
    @Override
    public String toString() {
      return "Store[" + location + ", " + type + "]"; // never the password
    }
  }

  /** The JDK's defaults: trust its CAs, present no client certificate. */
  public static TlsSettings defaults() {
    return new TlsSettings(Optional.empty(), Optional.empty(), null);
  }

  @Override
  public String toString() {
    return "TlsSettings[truststore=" + truststore + ", keystore=" + keystore + "]";
  }

  /** The SSL context for these settings; a store that cannot be read fails naming its file. */
  public SSLContext sslContext() {
    try {
      TrustManagerFactory trust = null;
      if (truststore.isPresent()) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(truststore.get()));
      }
      KeyManagerFactory keys = null;
      if (keystore.isPresent()) {
        Store store = keystore.get();
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        String password = keyPassword != null ? keyPassword : store.password();
        keys.init(load(store), password == null ? null : password.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot set up TLS for the Schema Registry: " + e.getMessage(), e);
    }
  }

  private static KeyStore load(Store store) throws GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance(store.type() == null ? KeyStore.getDefaultType() : store.type());
    try (InputStream in = Files.newInputStream(store.location())) {
      keyStore.load(in, store.password() == null ? null : store.password().toCharArray());
      return keyStore;
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the " + keyStore.getType() + " store " + store.location()
          + ": " + e.getMessage(), e);
    }
  }
}
