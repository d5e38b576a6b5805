package org.industrialreporting.streams.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.anomaly.EnterpriseAlerts;
import org.industrialreporting.streams.anomaly.RuleChangePass;
import org.industrialreporting.streams.anomaly.RuleSnapshot;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.contribution.EnterpriseContributions;
import org.industrialreporting.streams.contribution.PendingChanges;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.history.Revisions;
import org.industrialreporting.streams.registry.EnterpriseRegistry;
import org.industrialreporting.streams.registry.ParkDirectory;
import org.industrialreporting.streams.state.CommitHook;
import org.industrialreporting.streams.state.CommitPacing;
import org.industrialreporting.streams.validation.DeadLetters;

/**
 * The first stage, per enterprise and co-partitioned with its reports: each report record is decoded, validated
 * against the registry and the enterprise's ledger (the previous month), and, when accepted, becomes the month's
 * report in force, attributed with the registration as it is now. Its change to the rollup cells of its scopes is summed with the task's other changes until the commit, and
 * the enterprise's anomaly alerts are judged again. One read and one write of the ledger per report, and one read
 * of the registry's global store. When the alert rules change, every ledger of the task is judged again
 * ({@link RuleChangePass}).
 *
 * <p>Refused records go to the dead-letter topic with every reason and their original bytes: undecodable ones,
 * those whose key is not their credit code (they would be counted on another enterprise's partition), those
 * breaking the submission rules, and stale revisions (see {@link Revisions}).
 */
public final class EnterpriseReportProcessor implements Processor<String, byte[], String, Output> {

  private final Deserializer<MonthlyReport> deserializer;
  private final Deserializer<Enterprise> registryDeserializer;
  private final String registryTopic;
  private final EnterpriseReportValidator validator;
  private final ParkDirectory parks;
  private final RuleSnapshot rules;
  private final Stores stores;
  private final CommitPacing pacing;
  private ProcessorContext<String, Output> context;
  private KeyValueStore<String, EnterpriseLedger> ledgers;
  private EnterpriseRegistry registry;
  private EnterpriseAlerts alerts;
  private final PendingChanges changes;

  /** The stores the processor uses, by name: its own, and the enterprise registry's global store. */
  public record Stores(String ledgers, String alerts, String commitHook, String rulePass, String registry) {
  }

  /**
   * @param registryDeserializer how the registry's records (kept as they are on {@code registryTopic}) are read
   * @param changePartitions     the partition count of the internal topic the cell changes go to
   */
  public EnterpriseReportProcessor(Deserializer<MonthlyReport> deserializer,
      Deserializer<Enterprise> registryDeserializer, String registryTopic, EnterpriseReportValidator validator,
      ParkDirectory parks, RuleSnapshot rules, Stores stores, CommitPacing pacing, int changePartitions) {
    this.deserializer = deserializer;
    this.registryDeserializer = registryDeserializer;
    this.registryTopic = registryTopic;
    this.validator = validator;
    this.parks = parks;
    this.rules = rules;
    this.stores = stores;
    this.pacing = pacing;
    this.changes = new PendingChanges(changePartitions);
  }

  @Override
  public void init(ProcessorContext<String, Output> context) {
    this.context = context;
    ledgers = context.getStateStore(stores.ledgers());
    registry = new EnterpriseRegistry(context.getStateStore(stores.registry()), registryDeserializer, registryTopic);
    alerts = new EnterpriseAlerts(context.getStateStore(stores.alerts()), rules);
    CommitHook hook = context.getStateStore(stores.commitHook());
    hook.onCommit(context, pacing, this::passOnChanges);
    pacing.askWhenDue(context, () -> !changes.isEmpty());
    new RuleChangePass<EnterpriseLedger>("enterprises", rules, this::rejudge)
        .start(context, stores.rulePass(), ledgers);
  }

  /** Judges an enterprise's alerts again under the rules in force (see {@link RuleChangePass}). */
  private void rejudge(String creditCode, EnterpriseLedger ledger, long now) {
    Optional<Enterprise> registration = registry.enterprise(creditCode);
    if (registration.isEmpty()) {
      return; // no longer registered: its alerts name a registration the rules cannot be applied to
    }
    List<AnomalyAlert> sent = alerts.rejudge(ledger, registration.get(), now);
    if (!sent.isEmpty()) {
      ledgers.put(creditCode, ledger);
    }
    Output.Alert.forward(context, sent, now);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    pacing.input(record.timestamp());
    RecordMetadata where = context.recordMetadata().orElseThrow();
    DeadLetters.Source source = DeadLetters.Source.of(where, record);
    Optional<MonthlyReport> decoded = DeadLetters.decode(context, record, source, deserializer);
    if (decoded.isEmpty()) {
      return;
    }
    MonthlyReport report = decoded.get();
    Optional<Enterprise> registration = registry.enterprise(report.getCreditCode());
    EnterpriseLedger ledger = Optional.ofNullable(ledgers.get(report.getCreditCode())).orElseGet(EnterpriseLedger::empty);
    List<Reason> reasons = new ArrayList<>(validator.check(report,
        new LedgerValidationContext(registration, ledger, parks)));
    if (!report.getCreditCode().equals(record.key())) {
      reasons.add(new Reason(null, ReasonCode.KEY_MISMATCH, "the record's key '" + record.key()
          + "' is not the report's credit code '" + report.getCreditCode() + "'; reports are keyed by credit code"));
    }
    int month = reasons.isEmpty() ? Months.parse(report.getPeriod()) : 0;
    if (reasons.isEmpty()) {
      ReportMonth<Attribution> kept = ledger.months().get(month);
      Revisions.staleness(kept, where.offset(), report.getRevision())
          .ifPresent(why -> reasons.add(new Reason("revision", ReasonCode.STALE_REVISION, why)));
    }
    if (!reasons.isEmpty()) {
      DeadLetters.send(context, record, source.rejection(report.getCreditCode(), report.getPeriod(), reasons));
      return;
    }
    accept(ledger, registration.orElseThrow(), report, month, where.offset(), record.timestamp());
    ledgers.put(report.getCreditCode(), ledger);
  }

  /** Makes the report the month's report in force, passes its cell changes on, and judges the alerts again. */
  private void accept(EnterpriseLedger ledger, Enterprise enterprise, MonthlyReport report, int month, long offset,
      long timestamp) {
    Attribution attribution = shared(ledger.months(),
        Attribution.of(enterprise, parks.withParents(enterprise.getParkId()), Months.year(month)));
    long[] figures = new long[EnterpriseIndicator.values().length];
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      figures[indicator.ordinal()] = indicator.get(report);
    }
    ReportMonth<Attribution> kept = ledger.months().get(month);
    MonthHistory<Attribution> before = ledger.months().copy();
    ledger.months().put(new ReportMonth<>(month, Revisions.next(kept), offset, report.getRevision(), attribution,
        figures));
    EnterpriseContributions.OF_ENTERPRISES.between(before, ledger.months(), month, timestamp, changes);
    Output.Alert.forward(context, alerts.reevaluate(ledger, enterprise, month, kept != null, timestamp), timestamp);
  }

  /** An attribution equal to one the history already has is that one, so the ledger holds each once. */
  private static Attribution shared(MonthHistory<Attribution> history, Attribution attribution) {
    List<ReportMonth<Attribution>> months = history.all();
    for (int i = months.size() - 1; i >= 0; i--) {
      if (months.get(i).attribution().equals(attribution)) {
        return months.get(i).attribution();
      }
    }
    return attribution;
  }


  /** At the commit: the summed cell changes since the last one, one record per partition. */
  private void passOnChanges() {
    changes.passOn(context);
  }
}
