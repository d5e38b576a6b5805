package org.industrialreporting.dashboard.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.AppliedRule;
import org.industrialreporting.anomaly.ReportingDeadline;
import org.industrialreporting.anomaly.ReportingNotice;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Park;
import org.industrialreporting.dashboard.view.ExpectedReporters;
import org.industrialreporting.dashboard.view.PeriodicPass;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ReportingStatus;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.kafka.AcknowledgedSend;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 催报 notices: every minute, for the month whose reports are due now (last month, Beijing time) and every month
 * with a notice still open, one notice per district and park with enterprises due, written to {@code anomaly-alerts}
 * (keyed by the scope's id) as the REPORT_MISSING rule and the reports in force say — opened when the deadline nears,
 * updated as reports arrive and when it passes, cleared when nobody is missing. The webhook notifier and
 * {@code reporting alerts} deliver them like every alert.
 *
 * <p>It runs in the dashboard's process because the read model holds everything a notice needs: the registry, the
 * reports in force, the rules and the notices already sent. It waits for the view to be ready, so that a view still
 * catching up never calls for reports that are in. Every notice follows the latest record of its id, in the view or
 * sent since, so two dashboards doing this send records with the same alert id, status and revision, which receivers
 * de-duplicate by.
 */
public final class ReportingReminders implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReportingReminders.class);
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

  private final ReadModel model;
  private final ViewStatus status;
  private final Clock clock;
  private final Producer<String, AnomalyAlert> producer;
  private final String topic;
  /**
   * The latest record this instance sent per alert id, which the view may not have read back yet. Confined to the
   * thread of the passes.
   */
  private final Map<String, AnomalyAlert> sent = new HashMap<>();
  /** The passes once started; null for an instance a test drives. */
  private PeriodicPass passes;

  ReportingReminders(ReadModel model, ViewStatus status, Clock clock, Producer<String, AnomalyAlert> producer,
      String topic) {
    this.model = model;
    this.status = status;
    this.clock = clock;
    this.producer = producer;
    this.topic = topic;
  }

  /** Sends the notices every {@code interval}, from the first one after the view is ready. */
  public static ReportingReminders start(KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes, ReadModel model,
      ViewStatus status, Clock clock, Duration interval) {
    KafkaProducer<String, AnomalyAlert> producer = new KafkaProducer<>(kafka.producer("reporting-reminders"),
        new StringSerializer(), serdes.value(AnomalyAlert.class).serializer());
    ReportingReminders reminders = new ReportingReminders(model, status, clock, producer,
        topics.anomalyAlerts().name());
    reminders.passes = PeriodicPass.start("reporting-reminders", interval, reminders::remindNow, log,
        "催报 notices not sent");
    return reminders;
  }

  /**
   * Brings every notice in line with the view and the clock now, once the view is ready; returns once Kafka
   * acknowledged the records. A record not acknowledged is made again next time, from the view's latest.
   */
  private void remindNow() {
    if (!status.ready()) {
      return;
    }
    Instant now = clock.instant();
    List<AnomalyAlert> records = model.read(view -> changes(view, now, sent));
    AcknowledgedSend.send(producer, topic, records.stream()
        .map(record -> new ProducerRecord<>(topic, record.getScopeId(), record)).toList(), "催报 notices");
    records.forEach(record -> sent.put(record.getAlertId(), record));
  }

  /** A district or park a notice may be about. */
  private record NoticeScope(AlertScope type, String id, String districtCode) {
  }

  /**
   * The records that bring the notices in line at {@code now}: for last month and every month with an open notice,
   * every district and park with registered enterprises or an open notice.
   *
   * @param sent records sent since, which may be newer than the view's
   */
  static List<AnomalyAlert> changes(View view, Instant now, Map<String, AnomalyAlert> sent) {
    List<AnomalyAlert> openNotices = view.alerts().open(a -> a.getKind() == AlertKind.REPORT_MISSING);
    TreeSet<YearMonth> months = new TreeSet<>();
    months.add(YearMonth.from(now.atZone(PeriodRule.CHINA)).minusMonths(1));
    openNotices.forEach(notice -> months.add(YearMonth.parse(notice.getPeriod())));
    RuleBook rules = view.ruleBook();
    List<AnomalyAlert> records = new ArrayList<>();
    for (YearMonth month : months) {
      Map<NoticeScope, ReportingStatus> scopes = new LinkedHashMap<>();
      ExpectedReporters.districts(view, month).forEach((code, status) ->
          scopes.put(new NoticeScope(AlertScope.DISTRICT, code, code), status));
      ExpectedReporters.parks(view, month).forEach((id, status) -> view.park(id).ifPresent(park ->
          scopes.put(new NoticeScope(AlertScope.PARK, id, park.getDistrictCode()), status)));
      // A notice whose scope has left the registry still needs its clearing.
      openNotices.stream().filter(notice -> notice.getPeriod().equals(month.toString()))
          .map(notice -> new NoticeScope(notice.getScopeType(), notice.getScopeId(), notice.getDistrictCode()))
          .forEach(scope -> scopes.computeIfAbsent(scope, s -> s.type() == AlertScope.DISTRICT
              ? ExpectedReporters.district(view, s.id(), month) : ExpectedReporters.park(view, s.id(), month)));
      scopes.forEach((scope, status) -> records.addAll(reconcile(view, rules, scope, month, status, now, sent)));
    }
    return records;
  }

  private static List<AnomalyAlert> reconcile(View view, RuleBook rules, NoticeScope scope, YearMonth month,
      ReportingStatus status, Instant now, Map<String, AnomalyAlert> sent) {
    Subject subject = scope.type() == AlertScope.DISTRICT
        ? Subject.district(scope.id(), view.districtName(scope.id()).orElse(null))
        : Subject.park(scope.id(), view.park(scope.id()).map(Park::getName).orElse(null), scope.districtCode());
    AppliedRule rule = rules.ruleFor(AlertKind.REPORT_MISSING, null, scope.districtCode(), null);
    List<ReportingNotice.Missing> missing = status.missing().stream()
        .map(e -> new ReportingNotice.Missing(e.getCreditCode(), e.getName())).toList();
    Optional<AnomalyAlert> fresh = rule.enabled() ? ReportingNotice.of(subject, month, status.expected().size(),
        missing, ReportingDeadline.of(month, rule), now) : Optional.empty();
    String alertId = AlertRecords.alertId(subject, month, AlertKind.REPORT_MISSING);
    Optional<AnomalyAlert> latest = Stream.concat(view.alerts().latestNotice(alertId).stream(),
        Optional.ofNullable(sent.get(alertId)).stream()).max((a, b) -> Integer.compare(a.getRevision(),
        b.getRevision()));
    if (latest.isEmpty() && fresh.isEmpty()) {
      return List.of();
    }
    // Nobody missing any more, or the rule no longer calls for a notice (disabled, a later deadline).
    ClearReason reason = missing.isEmpty() ? ClearReason.ALL_REPORTED : ClearReason.RULE_CHANGE;
    return AlertRecords.reconcile(latest.stream().toList(), fresh.stream().toList(), now, reason);
  }

  @Override
  public void close() {
    if (passes != null) {
      passes.close();
    }
    producer.close(Duration.ofSeconds(10));
  }
}
