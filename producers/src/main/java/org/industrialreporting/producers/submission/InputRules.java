package org.industrialreporting.producers.submission;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.domain.registry.EnterpriseRows;
import org.industrialreporting.domain.registry.ParkRows;
import org.industrialreporting.domain.registry.TargetRows;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.report.ParkReportValidator;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.report.SubmissionStamp;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;
import org.industrialreporting.kafka.TopicCatalog;

/**
 * Each kind of input row to its record and topic, through the domain's validators and registry rows only:
 * enterprise reports to {@code indicator-reports}, park reports to {@code park-reports}, and the registry files
 * to {@code enterprise-registry}, {@code park-registry} and {@code targets}, keyed by {@link TopicKeys}.
 */
public final class InputRules {

  private final TopicCatalog topics;
  private final EnterpriseReportValidator reports;
  private final ParkReportValidator parkReports;
  private final EnterpriseRows enterprises;
  private final ParkRows parks = new ParkRows();
  private final TargetRows targets;

  public InputRules(ReportRules rules, TopicCatalog topics) {
    this.topics = topics;
    this.reports = new EnterpriseReportValidator(rules);
    this.parkReports = new ParkReportValidator(rules);
    this.enterprises = new EnterpriseRows(rules.creditCode());
    this.targets = new TargetRows(rules.period());
  }

  /** The row as a record to publish, or every reason it is refused; {@code stamp} is asked only for reports. */
  Outcome check(FileKind kind, RawRow row, Supplier<SubmissionStamp> stamp, ValidationContext context) {
    return switch (kind) {
      case ENTERPRISE_REPORT -> outcome(reports.validate(row, stamp.get(), context), r -> new Outcome.Accepted(
          new Publication<>(topics.indicatorReports(), TopicKeys.report(r), r), r.getPeriod()));
      case PARK_REPORT -> outcome(parkReports.validate(row, stamp.get(), context), r -> new Outcome.Accepted(
          new Publication<>(topics.parkReports(), TopicKeys.parkReport(r), r), r.getPeriod()));
      case ENTERPRISES -> outcome(enterprises.parse(row, context), e -> registry(
          new Publication<>(topics.enterpriseRegistry(), TopicKeys.enterprise(e), e)));
      case PARKS -> outcome(parks.parse(row, context), p -> registry(
          new Publication<>(topics.parkRegistry(), TopicKeys.park(p), p)));
      case TARGETS -> outcome(targets.parse(row, context), t -> registry(
          new Publication<>(topics.targets(), TopicKeys.target(t), t)));
    };
  }

  /** Parks without their parents checked: for telling which parks a load registers. */
  ParkRows parks() {
    return parks;
  }

  TopicCatalog topics() {
    return topics;
  }

  /** The key a row is about as far as it can be read: the credit code, or the park id; null for targets. */
  static String subject(FileKind kind, RawRow row) {
    return switch (kind) {
      case ENTERPRISE_REPORT, ENTERPRISES -> row.text("credit_code");
      case PARK_REPORT, PARKS -> row.text("park_id");
      case TARGETS -> null;
    };
  }

  private static <T extends SpecificRecord> Outcome outcome(Validated<T> validated,
      Function<T, Outcome.Accepted> accepted) {
    return validated.isValid() ? accepted.apply(validated.value()) : new Outcome.Rejected(validated.reasons());
  }

  private static Outcome.Accepted registry(Publication<?> publication) {
    return new Outcome.Accepted(publication, null);
  }
}
