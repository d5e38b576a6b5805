package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ProgressIndicator;
import org.industrialreporting.launcher.ReportingCli;
import org.industrialreporting.launcher.config.FileSubmissionOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.producers.publish.Publisher;
import org.industrialreporting.producers.publish.RecordSink;
import org.industrialreporting.producers.registry.RegistryFollower;
import org.industrialreporting.producers.submission.FileSubmitter;
import org.industrialreporting.producers.submission.InputRules;
import org.industrialreporting.producers.submission.Permission;
import org.industrialreporting.producers.submission.RowResult;
import org.industrialreporting.producers.submission.Submission;
import org.industrialreporting.producers.submission.SubmissionContext;
import org.industrialreporting.schemas.serde.AvroSerdes;

/**
 * What {@code submit} and {@code register} share: read the registry, validate and publish each file's rows,
 * print every rejected row with its reasons and a summary per file, and exit 0 when everything was accepted or
 * {@link ReportingCli#EXIT_REJECTED} when anything was rejected.
 */
final class FileRun {

  private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

  /**
   * One command's files and how to treat them.
   *
   * @param command the command's name, for messages and as the source of the rows' origins
   * @param kinds the kinds of file the command takes
   * @param readsEnterprises whether validation needs the enterprise registry (reports do, registry files not)
   */
  record Request(String command, List<Path> files, Set<FileKind> kinds, boolean readsEnterprises) {
  }

  private FileRun() {
  }

  static int run(Request request, FileSubmissionOptions options, LaunchContext context) throws IOException {
    KafkaOptions kafka = options.kafka();
    if (options.sourceName() != null && request.files().size() != 1) {
      throw new IllegalArgumentException("--source-name names one file; " + request.files().size() + " were given");
    }
    for (Path file : request.files()) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("No such file: " + file);
      }
    }
    Optional<KafkaSettings> cluster = kafka.bootstrapServers().map(servers -> kafka.settings(servers, context));
    if (cluster.isEmpty() && !options.dryRun()) {
      throw new IllegalArgumentException(request.command() + " needs a cluster: pass --bootstrap-servers HOST:PORT"
          + " or set REPORTING_BOOTSTRAP_SERVERS (or validate only, with --dry-run)");
    }
    TopicCatalog topics = kafka.catalog();
    SubmissionContext submissionContext = cluster.map(settings -> readRegistry(settings, topics, request, context))
        .orElseGet(() -> {
          context.err().println("warning: no cluster given, so registration is not checked"
              + " (unknown enterprises and parks are not found)");
          return SubmissionContext.withoutRegistry();
        });
    if (options.dryRun()) {
      return submitFiles(request, options, topics, RecordSink.discard(), submissionContext, context);
    }
    String registryUrl = options.registry().url().orElseThrow(() -> new IllegalArgumentException(request.command()
        + " needs a Schema Registry: pass --schema-registry-url URL or set REPORTING_SCHEMA_REGISTRY_URL"));
    KafkaSettings settings = cluster.get();
    Publisher.requireTopics(settings, topics);
    try (Publisher publisher = Publisher.open(settings, AvroSerdes.connect(options.registry().settings(registryUrl)),
        "reporting-" + request.command())) {
      return submitFiles(request, options, topics, publisher.batch(), submissionContext, context);
    }
  }

  private static SubmissionContext readRegistry(KafkaSettings settings, TopicCatalog topics, Request request,
      LaunchContext context) {
    long started = System.nanoTime();
    ProgressIndicator progress = ProgressIndicator.on(context.err());
    try (RegistryFollower follower = RegistryFollower.open(settings, topics, request.readsEnterprises(),
        "reporting-" + request.command() + "-registry")) {
      follower.catchUp(Duration.ofMinutes(5), progress.registry("Reading the registry"));
      progress.finish();
      context.out().printf("Registry: %s%,d parks (read in %.1f s)%n", request.readsEnterprises()
          ? String.format("%,d enterprises, ", follower.view().enterpriseCount()) : "",
          follower.view().parkCount(), (System.nanoTime() - started) / 1e9);
      return SubmissionContext.over(follower.view());
    }
  }

  private static int submitFiles(Request request, FileSubmissionOptions options, TopicCatalog topics, RecordSink sink,
      SubmissionContext submissionContext, LaunchContext context) throws IOException {
    Submission submission = new Submission(new InputRules(options.validation().rules(), topics), submissionContext,
        Permission.everything(), sink, Clock.systemUTC());
    FileSubmitter submitter = new FileSubmitter(submission, request.kinds(), request.command(), ACK_TIMEOUT);
    PrintStream out = context.out();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    int refusedFiles = 0;
    for (Path file : request.files()) {
      String name = options.sourceName() != null ? options.sourceName() : file.getFileName().toString();
      Printer printer = new Printer(out, ProgressIndicator.on(context.err()));
      FileSubmitter.FileSummary summary = submitter.submit(file, name, printer);
      printer.progress.finish();
      if (summary.refused()) {
        refusedFiles++;
        out.printf("%s: refused: %s%n", name, summary.refusal());
        continue;
      }
      read += summary.read();
      accepted += summary.accepted();
      rejected += summary.rejected();
      out.printf("%s: %s, %,d rows read, %,d accepted, %,d rejected in %s%s%n", name, summary.kind().description(),
          summary.read(), summary.accepted(), summary.rejected(), timeAndRate(summary.read(), summary.elapsed()),
          sink.publishes() ? "" : "; dry run, nothing published");
    }
    if (request.files().size() > 1) {
      out.printf("Total: %,d files (%,d refused), %,d rows read, %,d accepted, %,d rejected%n",
          request.files().size(), refusedFiles, read, accepted, rejected);
    }
    return rejected > 0 || refusedFiles > 0 ? ReportingCli.EXIT_REJECTED : 0;
  }

  private static String timeAndRate(long rows, Duration elapsed) {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    return String.format("%.2f s (%,.0f rows/s)", seconds, rows / seconds);
  }

  /** Prints each rejected row's reasons, one line each, and the progress through the file. */
  private record Printer(PrintStream out, ProgressIndicator progress) implements FileSubmitter.Listener {

    @Override
    public void row(RowResult result) {
      if (result.accepted()) {
        return;
      }
      progress.finish();
      for (Reason reason : result.reasons()) {
        out.printf("%s  %s  %s  %s%n", result.origin().location(), reason.field() == null ? "-" : reason.field(),
            reason.code(), reason.message());
      }
    }

    @Override
    public void progress(String file, long rows, long bytesRead, long size) {
      progress.show(file, "rows", rows, size == 0 ? 1 : (double) bytesRead / size);
    }
  }
}
