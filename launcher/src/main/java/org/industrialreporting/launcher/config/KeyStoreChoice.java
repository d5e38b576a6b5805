package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.util.Optional;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.KeyStoreFile;

/** The HTTPS options of a server ({@code --intake-key-store}, {@code --dashboard-key-store}, ...) made into its listener. */
final class KeyStoreChoice {

  private KeyStoreChoice() {
  }

  /**
   * Plain HTTP without a key store; HTTPS with one, whose password must be given too.
   *
   * @param option the key store option's name, for the message when its password is missing
   */
  static HttpListener listener(String host, int port, String option, Path keyStore, String password, String type) {
    HttpListener http = HttpListener.http(host, port);
    // An empty value (e.g. REPORTING_INTAKE_KEY_STORE= from a compose file) means plain HTTP, as none does.
    if (keyStore == null || keyStore.toString().isBlank()) {
      return http;
    }
    String passwordOption = option + "-password";
    String known = Optional.ofNullable(password).orElseThrow(() -> new IllegalArgumentException(option
        + " needs its password: " + passwordOption + " or REPORTING_" + passwordOption.substring(2)
        .toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
    return http.withTls(new KeyStoreFile(keyStore, known, type));
  }
}
