package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.time.Duration;
import org.industrialreporting.http.KeyStoreFile;
import org.industrialreporting.producers.intake.IntakeServer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the HTTP intake, for {@code intake} and {@code run}. */
public final class IntakeOptions {

  @Option(names = "--intake-port", paramLabel = "PORT", defaultValue = "" + IntakeServer.Settings.DEFAULT_PORT,
      description = "HTTP port of the intake, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--intake-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface the intake listens on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--intake-key-store", paramLabel = "FILE",
      description = "Serve HTTPS (only) with the certificate and private key of this key store"
          + " (env REPORTING_INTAKE_KEY_STORE).")
  Path keyStore;

  @Option(names = "--intake-key-store-password", paramLabel = "PASSWORD",
      description = "Password of the key store and its key (env REPORTING_INTAKE_KEY_STORE_PASSWORD).")
  String keyStorePassword;

  @Option(names = "--intake-key-store-type", paramLabel = "TYPE", defaultValue = KeyStoreFile.DEFAULT_TYPE,
      description = "PKCS12 or JKS (default: ${DEFAULT-VALUE}).")
  String keyStoreType;

  @Option(names = "--max-request-bytes", paramLabel = "BYTES",
      defaultValue = "" + IntakeServer.Settings.DEFAULT_MAX_REQUEST_BYTES,
      description = "Largest request body the intake accepts; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + IntakeServer.Settings.DEFAULT_MAX_ROWS,
      description = "Most rows in one intake request; more get 413 (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Mixin
  TokenFileOption tokens;

  public IntakeServer.Settings settings() {
    return new IntakeServer.Settings(KeyStoreChoice.listener(host, port, "--intake-key-store", keyStore,
        keyStorePassword, keyStoreType), maxRequestBytes, maxRows, Duration.ofSeconds(30));
  }

  /** The token file: the one given with {@code --tokens}, else the data directory's. */
  public Path tokens(DataDirOptions dataDir) {
    return tokens.file(dataDir);
  }
}
