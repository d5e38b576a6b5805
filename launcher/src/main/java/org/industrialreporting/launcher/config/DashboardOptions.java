package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.util.Optional;
import org.industrialreporting.dashboard.DashboardServer;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.http.KeyStoreFile;
import org.industrialreporting.http.tokens.TokenStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the dashboard, for the commands that start one. */
public final class DashboardOptions {

  @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "" + DashboardServer.DEFAULT_PORT,
      description = "HTTP port of the dashboard (page, API, /metrics), 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--dashboard-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface the dashboard listens on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--dashboard-key-store", paramLabel = "FILE",
      description = "Serve HTTPS (only) with the certificate and private key of this key store"
          + " (env REPORTING_DASHBOARD_KEY_STORE).")
  Path keyStore;

  @Option(names = "--dashboard-key-store-password", paramLabel = "PASSWORD",
      description = "Password of the key store and its key (env REPORTING_DASHBOARD_KEY_STORE_PASSWORD).")
  String keyStorePassword;

  @Option(names = "--dashboard-key-store-type", paramLabel = "TYPE", defaultValue = KeyStoreFile.DEFAULT_TYPE,
      description = "PKCS12 or JKS (default: ${DEFAULT-VALUE}).")
  String keyStoreType;

  @Option(names = "--dashboard-tokens", paramLabel = "FILE",
      description = "The dashboard's API token file, managed with 'reporting tokens --dashboard'"
          + " (default: dashboard-tokens in the data directory).")
  Path tokens;

  @Option(names = "--district-names", paramLabel = "FILE",
      description = "Properties file of district names by code (330411=秀洲区, UTF-8), added to the built-in"
          + " reference districts.")
  Path districtNames;

  @Option(names = "--reporting-reminders", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Write the 催报 notices (REPORT_MISSING: who has not reported as the deadline nears and after it)"
          + " to the alerts topic (default: ${DEFAULT-VALUE}; --no-reporting-reminders to leave it to another"
          + " dashboard).")
  boolean reportingReminders;

  @Option(names = "--bulletins", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Produce each district's monthly bulletin once the month's reporting deadline has passed, and a"
          + " revision when corrections change it, to the bulletins topic and as files (default: ${DEFAULT-VALUE};"
          + " --no-bulletins to leave it to another dashboard).")
  boolean bulletins;

  @Option(names = "--bulletins-dir", paramLabel = "DIR",
      description = "Where the produced bulletins' files are written (default: bulletins in the data directory).")
  Path bulletinsDir;

  /**
   * The jobs a dashboard runs beside its page and API.
   *
   * @param bulletins the directory of the bulletins' files, empty when this dashboard produces none
   */
  public record Jobs(boolean reportingReminders, Optional<Path> bulletins) {
  }

  public Jobs jobs(DataDirOptions dataDir) {
    return new Jobs(reportingReminders, bulletins
        ? Optional.of(bulletinsDir != null ? bulletinsDir : dataDir.root().resolve("bulletins")) : Optional.empty());
  }

  @Mixin
  EvaluationRulesOption evaluationRules;

  /** The dashboard's token file: the one given with {@code --dashboard-tokens}, else the data directory's. */
  public Path tokens(DataDirOptions dataDir) {
    return tokens != null ? tokens : dataDir.dashboardTokens();
  }

  /** The dashboard's settings, reading the accepted reports of the streams application {@code applicationId}. */
  public DashboardServer.Settings settings(String streamsApplicationId, DataDirOptions dataDir) {
    DistrictNames names = districtNames == null ? DistrictNames.builtIn() : DistrictNames.builtInAnd(districtNames);
    return new DashboardServer.Settings(KeyStoreChoice.listener(host, port, "--dashboard-key-store", keyStore,
        keyStorePassword, keyStoreType), new TokenStore(tokens(dataDir)), streamsApplicationId, names,
        evaluationRules.open(dataDir));
  }
}
