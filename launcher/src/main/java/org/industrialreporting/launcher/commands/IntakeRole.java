package org.industrialreporting.launcher.commands;

import java.nio.file.Path;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ProgressIndicator;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.IntakeOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.producers.intake.IntakeServer;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.schemas.serde.AvroSerdes;

/** Starting the HTTP intake as a service of a process; shared by {@code intake} and {@code run}. */
final class IntakeRole {

  private IntakeRole() {
  }

  static IntakeServer start(ServiceGroup services, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      ReportRules rules, IntakeOptions options, DataDirOptions dataDir, LaunchContext context) {
    Path tokenFile = options.tokens(dataDir);
    TokenStore tokens = new TokenStore(tokenFile);
    ProgressIndicator progress = ProgressIndicator.on(context.err());
    IntakeServer intake = services.add("intake", IntakeServer.start(options.settings(), kafka, topics, serdes, rules,
        tokens, progress.registry("Intake reading the registry")));
    progress.finish();
    context.out().println("Intake: " + intake.url());
    if (tokens.list().isEmpty()) {
      context.out().println("  no API tokens yet in " + tokenFile.toAbsolutePath()
          + "; issue one with: reporting tokens issue --admin --tokens " + tokenFile.toAbsolutePath());
    }
    return intake;
  }
}
