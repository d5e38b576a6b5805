package org.industrialreporting.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Objects;

/**
 * The key store an HTTPS server presents its certificate from: a PKCS12 (or JKS) file with one private key entry
 * whose password is the store's.
 *
 * @param path     the file
 * @param password the store's password (and the key's)
 * @param type     {@code PKCS12} or {@code JKS}
 */
public record KeyStoreFile(Path path, String password, String type) {

  public static final String DEFAULT_TYPE = "PKCS12";

  public KeyStoreFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(type, "type");
  }

  /** The key store, read now; an error naming the file and what is wrong with it otherwise. */
  public KeyStore load() {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(type);
      store.load(in, password.toCharArray());
      boolean hasKey = false;
      for (String alias : Collections.list(store.aliases())) {
        hasKey |= store.isKeyEntry(alias);
      }
      if (!hasKey) {
        throw new IllegalArgumentException("The key store " + path + " holds no private key to serve HTTPS with");
      }
      return store;
    } catch (IOException | GeneralSecurityException e) {
      // A wrong password shows as an IOException whose cause is an UnrecoverableKeyException.
      throw new IllegalArgumentException("Cannot read the " + type + " key store " + path + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return type + " key store " + path; // never the password
  }
}
