package org.industrialreporting.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Severity;
import picocli.CommandLine.Option;

/** Which alerts a command passes on: by district, park, kind and severity; each repeatable or comma-separated. */
public final class AlertFilterOptions {

  @Option(names = "--district", paramLabel = "CODE", split = ",",
      description = "Only alerts of these districts (GB/T 2260 codes).")
  List<String> districts = new ArrayList<>();

  @Option(names = "--park", paramLabel = "ID", split = ",", description = "Only alerts of these parks.")
  List<String> parks = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", split = ",",
      description = "Only these kinds: ${COMPLETION-CANDIDATES}.")
  List<AlertKind> kinds = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "LEVEL", split = ",", description = "Only RED or YELLOW alerts.")
  List<Severity> severities = new ArrayList<>();

  public AlertFilter filter() {
    return new AlertFilter(Set.copyOf(districts), Set.copyOf(parks), Set.copyOf(kinds), Set.copyOf(severities));
  }
}
