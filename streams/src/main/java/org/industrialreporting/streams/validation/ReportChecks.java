package org.industrialreporting.streams.validation;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.report.ParkReportValidator;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * The stream's checks of enterprise and park reports: the submission path's validators, over the stores the
 * streams application keeps (see {@link StoreValidationContext}).
 */
public final class ReportChecks {

  /** A rule and how to build, per task, the context it needs. */
  public record Check<T>(RecordCheck<T> rule, Function<ProcessorContext<?, ?>, ValidationContext> context) {
  }

  private final EnterpriseReportValidator enterpriseValidator;
  private final ParkReportValidator parkValidator;
  private final String enterprisesStore;
  private final String parksStore;
  private final String reportsStore;

  public ReportChecks(ReportRules rules, String enterprisesStore, String parksStore, String reportsStore) {
    this.enterpriseValidator = new EnterpriseReportValidator(rules);
    this.parkValidator = new ParkReportValidator(rules);
    this.enterprisesStore = enterprisesStore;
    this.parksStore = parksStore;
    this.reportsStore = reportsStore;
  }

  public Check<MonthlyReport> enterpriseReports() {
    return new Check<>(new RecordCheck<>() {
      @Override
      public List<Reason> check(MonthlyReport report, ValidationContext context) {
        return enterpriseValidator.check(report, context);
      }

      @Override
      public String reporter(MonthlyReport report) {
        return report.getCreditCode();
      }

      @Override
      public String period(MonthlyReport report) {
        return report.getPeriod();
      }
    }, context -> new StoreValidationContext(context.getStateStore(enterprisesStore),
        context.getStateStore(parksStore), context.getStateStore(reportsStore)));
  }

  public Check<ParkReport> parkReports() {
    return new Check<>(new RecordCheck<>() {
      @Override
      public List<Reason> check(ParkReport report, ValidationContext context) {
        return parkValidator.check(report, context);
      }

      @Override
      public String reporter(ParkReport report) {
        return report.getParkId();
      }

      @Override
      public String period(ParkReport report) {
        return report.getPeriod();
      }
    }, context -> new StoreValidationContext(null, context.getStateStore(parksStore), null));
  }
}
