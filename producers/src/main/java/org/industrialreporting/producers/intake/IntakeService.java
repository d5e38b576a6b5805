package org.industrialreporting.producers.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.producers.publish.RecordSink;
import org.industrialreporting.producers.registry.RegistryView;
import org.industrialreporting.producers.submission.InputRules;
import org.industrialreporting.producers.submission.RowResult;
import org.industrialreporting.producers.submission.Submission;
import org.industrialreporting.producers.submission.SubmissionContext;

/**
 * What the intake does with the rows of a request, apart from HTTP: checks the caller's scope, runs the rows
 * through a {@link Submission} against the followed registry, waits for every acknowledgement and answers row by
 * row. Registry loads are applied to the view as soon as they are acknowledged, so a park loaded by one request
 * can be named by the next. Thread-safe.
 */
final class IntakeService {

  private final InputRules rules;
  private final RegistryView registry;
  private final Supplier<RecordSink> sinks;
  private final Clock clock;
  private final Duration ackTimeout;

  IntakeService(InputRules rules, RegistryView registry, Supplier<RecordSink> sinks, Clock clock,
      Duration ackTimeout) {
    this.rules = rules;
    this.registry = registry;
    this.sinks = sinks;
    this.clock = clock;
    this.ackTimeout = ackTimeout;
  }

  /** Enterprise or park reports; 403 when the caller may submit none of them. */
  IntakeResponse reports(String requestId, IntakeAccess caller, RequestRows body, boolean dryRun) {
    if (body.kind() != FileKind.ENTERPRISE_REPORT && body.kind() != FileKind.PARK_REPORT) {
      throw new IntakeException(400, "The rows are " + body.kind().withArticle() + "; this endpoint takes"
          + " enterprise or park reports (registry files go to /v1/registry/...)");
    }
    if (!caller.isAdmin() && coversNone(caller, body)) {
      throw new IntakeException(403, "This API token may submit " + caller.description() + "; the request has"
          + " none of those");
    }
    return submit(requestId, caller, body, dryRun);
  }

  /** A registry file of the expected kind; admins only. */
  IntakeResponse registry(String requestId, IntakeAccess caller, FileKind expected, RequestRows body, boolean dryRun) {
    if (!caller.isAdmin()) {
      throw new IntakeException(403, "Only an admin token may load the registries; this token may submit "
          + caller.description());
    }
    if (body.kind() != expected) {
      throw new IntakeException(400, "The rows are " + body.kind().withArticle() + ", not "
          + expected.withArticle());
    }
    return submit(requestId, caller, body, dryRun);
  }

  private IntakeResponse submit(String requestId, IntakeAccess caller, RequestRows body, boolean dryRun) {
    RecordSink sink = dryRun ? RecordSink.discard() : sinks.get();
    Submission submission = new Submission(rules, SubmissionContext.over(registry), caller, sink, clock);
    if (body.kind() == FileKind.PARKS) {
      submission.prepareParkLoad(body.rows());
    }
    List<RowResult> results = new ArrayList<>(body.rows().size());
    for (RawRow row : body.rows()) {
      results.add(submission.submit(body.kind(), row));
    }
    sink.awaitAcknowledged(ackTimeout);
    if (!dryRun) {
      results.stream().filter(RowResult::accepted).forEach(this::applyToRegistry);
    }
    return IntakeResponse.of(requestId, body.kind().name(), results, sink.publishes());
  }

  private void applyToRegistry(RowResult result) {
    switch (result.kind()) {
      case ENTERPRISES -> registry.enterprise(result.key(), true);
      case PARKS -> registry.park(result.key(), true);
      default -> {
        // reports and targets register nothing
      }
    }
  }

  /** Whether no row names the caller's own enterprise or park, while some name another. */
  private static boolean coversNone(IntakeAccess caller, RequestRows body) {
    String field = body.kind() == FileKind.PARK_REPORT ? "park_id" : "credit_code";
    boolean named = false;
    for (RawRow row : body.rows()) {
      String subject = row.text(field);
      if (subject != null && caller.covers(body.kind(), subject)) {
        return false;
      }
      named |= subject != null;
    }
    return named || caller.reportKind() != body.kind();
  }
}
