package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import org.industrialreporting.dashboard.DashboardServer;
import org.industrialreporting.dashboard.view.DistrictNames;
import picocli.CommandLine.Option;

/** Options of the dashboard, for the commands that start one. */
public final class DashboardOptions {

  @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "" + DashboardServer.DEFAULT_PORT,
      description = "HTTP port of the dashboard (page, API, /metrics), 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--dashboard-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface the dashboard listens on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--district-names", paramLabel = "FILE",
      description = "Properties file of district names by code (330411=秀洲区, UTF-8), added to the built-in"
          + " reference districts.")
  Path districtNames;

  /** The dashboard's settings, reading the accepted reports of the streams application {@code applicationId}. */
  public DashboardServer.Settings settings(String streamsApplicationId) {
    DistrictNames names = districtNames == null ? DistrictNames.builtIn() : DistrictNames.builtInAnd(districtNames);
    return new DashboardServer.Settings(host, port, streamsApplicationId, names);
  }
}
