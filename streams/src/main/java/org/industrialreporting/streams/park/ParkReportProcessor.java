package org.industrialreporting.streams.park;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.domain.report.ParkReportValidator;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.ValidationContext;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.contribution.PendingChanges;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.history.Revisions;
import org.industrialreporting.streams.registry.ParkDirectory;
import org.industrialreporting.streams.state.CommitHook;
import org.industrialreporting.streams.state.CommitPacing;
import org.industrialreporting.streams.validation.DeadLetters;

/**
 * Park reports, per park (co-partitioned with {@code park-reports}): decoded, validated, made the month's report in
 * force, and their changes to the cells of the park, its parents and its district summed until the commit — as
 * enterprise reports are (see {@link org.industrialreporting.streams.ledger.EnterpriseReportProcessor}).
 */
public final class ParkReportProcessor implements Processor<String, byte[], String, Output> {

  private final Deserializer<ParkReport> deserializer;
  private final ParkReportValidator validator;
  private final ParkDirectory parks;
  private final String ledgersStore;
  private final String commitHookStore;
  private final CommitPacing pacing;
  private final PendingChanges changes;
  private ProcessorContext<String, Output> context;
  private KeyValueStore<String, MonthHistory<ParkAttribution>> ledgers;

  public ParkReportProcessor(Deserializer<ParkReport> deserializer, ParkReportValidator validator, ParkDirectory parks,
      String ledgersStore, String commitHookStore, CommitPacing pacing, int changePartitions) {
    this.deserializer = deserializer;
    this.validator = validator;
    this.parks = parks;
    this.ledgersStore = ledgersStore;
    this.commitHookStore = commitHookStore;
    this.pacing = pacing;
    this.changes = new PendingChanges(changePartitions);
  }

  @Override
  public void init(ProcessorContext<String, Output> context) {
    this.context = context;
    ledgers = context.getStateStore(ledgersStore);
    CommitHook hook = context.getStateStore(commitHookStore);
    hook.onCommit(context, pacing, () -> changes.passOn(context));
    pacing.askWhenDue(context, () -> !changes.isEmpty());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    pacing.input(record.timestamp());
    RecordMetadata where = context.recordMetadata().orElseThrow();
    DeadLetters.Source source = DeadLetters.Source.of(where, record);
    Optional<ParkReport> decoded = DeadLetters.decode(context, record, source, deserializer);
    if (decoded.isEmpty()) {
      return;
    }
    ParkReport report = decoded.get();
    List<Reason> reasons = new ArrayList<>(validator.check(report, context()));
    if (!report.getParkId().equals(record.key())) {
      reasons.add(new Reason(null, ReasonCode.KEY_MISMATCH, "the record's key '" + record.key()
          + "' is not the report's park id '" + report.getParkId() + "'; park reports are keyed by park id"));
    }
    MonthHistory<ParkAttribution> history = Optional.ofNullable(ledgers.get(report.getParkId()))
        .orElseGet(MonthHistory::new);
    int month = reasons.isEmpty() ? Months.parse(report.getPeriod()) : 0;
    ReportMonth<ParkAttribution> kept = reasons.isEmpty() ? history.get(month) : null;
    if (reasons.isEmpty()) {
      Revisions.staleness(kept, where.offset(), report.getRevision())
          .ifPresent(why -> reasons.add(new Reason("revision", ReasonCode.STALE_REVISION, why)));
    }
    if (!reasons.isEmpty()) {
      DeadLetters.send(context, record, source.rejection(report.getParkId(), report.getPeriod(), reasons));
      return;
    }
    Park park = parks.park(report.getParkId()).orElseThrow();
    long[] figures = new long[ParkIndicator.values().length];
    for (ParkIndicator indicator : ParkIndicator.values()) {
      figures[indicator.ordinal()] = indicator.get(report);
    }
    MonthHistory<ParkAttribution> before = history.copy();
    history.put(new ReportMonth<>(month, Revisions.next(kept), where.offset(), report.getRevision(),
        new ParkAttribution(park.getDistrictCode(), parks.withParents(park.getParkId())), figures));
    ParkContributions.OF_PARKS.between(before, history, month, record.timestamp(), changes);
    ledgers.put(report.getParkId(), history);
  }

  /** Park reports need only the park registry. */
  private ValidationContext context() {
    return new ValidationContext() {
      @Override
      public Registration enterprise(String creditCode) {
        return Registration.NOT_CHECKED;
      }

      @Override
      public Registration park(String parkId) {
        return parks.park(parkId).isPresent() ? Registration.REGISTERED : Registration.NOT_REGISTERED;
      }

      @Override
      public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
        return Optional.empty();
      }
    };
  }
}
