package org.industrialreporting.dashboard.bulletin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.industrialreporting.anomaly.ReportingDeadline;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import org.industrialreporting.dashboard.view.PeriodicPass;
import org.industrialreporting.dashboard.view.ReadModel;
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
 * The monthly bulletins, produced by themselves: every minute, once the view is ready, for each district the
 * bulletin of its latest month whose reporting deadline (the REPORT_MISSING rule's) has passed is made from the
 * view and compared with the latest revision on the {@code bulletins} topic. A first bulletin is revision 1; a
 * bulletin whose content changed (corrections, late reports, alerts) is the next revision, marked 修订 n with what
 * changed; an unchanged one is not sent. New content is sent once two passes in a row found it. Each revision is
 * written to the topic, keyed {@code district_code|period}, and then to files in the bulletins directory; the webhook
 * notifier delivers it.
 *
 * <p>A month's bulletin follows corrections until the next month's deadline passes; after that the next month's
 * bulletin carries them (its year to date). The revision number and content come from the topics alone, so a
 * restart sends nothing it sent before and two dashboards make the same record, which receivers de-duplicate by
 * {@code bulletin_id} and {@code revision}.
 */
public final class BulletinPublisher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BulletinPublisher.class);
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

  /** A revision to publish: the document with its revision marks, and the record of it. */
  record Revision(Bulletin bulletin, BulletinRevision record) {
  }

  private final ReadModel model;
  private final ViewStatus status;
  private final Clock clock;
  private final EvaluationRulesFile evaluationRules;
  private final Path directory;
  private final Producer<String, BulletinRevision> producer;
  private final String topic;
  /** The latest revision this instance sent per bulletin id, which the view may not have read back yet. */
  private final Map<String, BulletinRevision> sent = new HashMap<>();
  /**
   * Revisions found in the last pass and held back, by bulletin id, with their content digest: a revision is
   * published only when the next pass finds the same content, so that a view caught between two topics' records of
   * one change (a report in force read before its rollups) sends no passing state.
   */
  private Map<String, String> pending = Map.of();
  /** The view's version and the months of the last pass, so that an unchanged view is not judged again. */
  private long judgedVersion = -1;
  private Map<String, YearMonth> judgedMonths = Map.of();
  /** The passes once started; null for an instance a test drives. */
  private PeriodicPass passes;

  BulletinPublisher(ReadModel model, ViewStatus status, Clock clock, EvaluationRulesFile evaluationRules,
      Path directory, Producer<String, BulletinRevision> producer, String topic) {
    this.model = model;
    this.status = status;
    this.clock = clock;
    this.evaluationRules = evaluationRules;
    this.directory = directory;
    this.producer = producer;
    this.topic = topic;
  }

  /**
   * Publishes the bulletins every {@code interval}, from the first pass after the view is ready, writing their
   * files into {@code directory}.
   */
  public static BulletinPublisher start(KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes, ReadModel model,
      ViewStatus status, Clock clock, Duration interval, EvaluationRulesFile evaluationRules, Path directory) {
    KafkaProducer<String, BulletinRevision> producer = new KafkaProducer<>(kafka.producer("bulletin-publisher"),
        new StringSerializer(), serdes.value(BulletinRevision.class).serializer());
    BulletinPublisher publisher = new BulletinPublisher(model, status, clock, evaluationRules, directory, producer,
        topics.bulletins().name());
    publisher.passes = PeriodicPass.start("bulletin-publisher", interval, publisher::publishNow, log,
        "Bulletins not published");
    return publisher;
  }

  /** One pass: the revisions due now, sent and acknowledged, then their files written. */
  void publishNow() {
    if (!status.ready()) {
      return;
    }
    Instant now = clock.instant();
    long version = model.version();
    Map<String, YearMonth> months = model.read(view -> dueMonths(view, now));
    if (version == judgedVersion && months.equals(judgedMonths) && pending.isEmpty()) {
      return;
    }
    EvaluationRules rules = evaluationRules.rules();
    List<Revision> candidates = model.read(view -> revisions(view, months, rules, sent));
    List<Revision> revisions = new ArrayList<>();
    Map<String, String> held = new HashMap<>();
    for (Revision candidate : candidates) {
      String id = candidate.record().getBulletinId();
      String digest = candidate.record().getContentSha256();
      if (digest.equals(pending.get(id))) {
        revisions.add(candidate);
      } else {
        held.put(id, digest);
      }
    }
    pending = held;
    AcknowledgedSend.send(producer, topic, revisions.stream()
        .map(r -> new ProducerRecord<>(topic, r.record().getBulletinId(), r.record())).toList(), "bulletins");
    for (Revision revision : revisions) {
      sent.put(revision.record().getBulletinId(), revision.record());
      try {
        List<Path> files = BulletinFiles.write(revision.bulletin(), directory);
        log.info("Bulletin {} revision {} published; files {}", revision.record().getBulletinId(),
            revision.record().getRevision(), files);
      } catch (IOException e) {
        // The record is out and will not be made again: the files of this revision are lost, the topic has it.
        log.error("Bulletin {} revision {} was published but its files could not be written to {}: {}",
            revision.record().getBulletinId(), revision.record().getRevision(), directory, e.toString());
      }
    }
    judgedVersion = version;
    judgedMonths = months;
  }

  /**
   * The month each district's bulletin is of at {@code now}: the latest whose reporting deadline has passed (last
   * month once its deadline day is over in Beijing, else the month before), for every district with registered
   * enterprises or rollups.
   */
  static Map<String, YearMonth> dueMonths(View view, Instant now) {
    TreeSet<String> districts = new TreeSet<>(view.districtCodes());
    view.registeredEnterprises().stream().map(Enterprise::getDistrictCode).forEach(districts::add);
    YearMonth last = YearMonth.from(now.atZone(PeriodRule.CHINA)).minusMonths(1);
    Map<String, YearMonth> months = new HashMap<>();
    for (String district : districts) {
      ReportingDeadline deadline = ReportingDeadline.of(last,
          view.ruleBook().ruleFor(AlertKind.REPORT_MISSING, null, district, null));
      months.put(district, deadline.stage(now) == ReportingDeadline.Stage.PASSED ? last : last.minusMonths(1));
    }
    return months;
  }

  /**
   * The revisions the districts' bulletins need: a first revision, or the next one where the content differs
   * from the latest revision (on the topic, or sent since).
   */
  static List<Revision> revisions(View view, Map<String, YearMonth> months, EvaluationRules rules,
      Map<String, BulletinRevision> sent) {
    List<Revision> revisions = new ArrayList<>();
    Map<String, List<Enterprise>> registered = DistrictBulletin.registeredIn(view);
    new TreeSet<>(months.keySet()).forEach(district -> {
      Bulletin bulletin = DistrictBulletin.of(view, district, months.get(district), rules,
          registered.getOrDefault(district, List.of()));
      String id = bulletin.bulletinId();
      Optional<BulletinRevision> latest = Stream.concat(view.bulletin(id).stream(),
          Optional.ofNullable(sent.get(id)).stream()).max((a, b) -> Integer.compare(a.getRevision(), b.getRevision()));
      String digest = BulletinFormats.contentSha256(bulletin);
      if (latest.isPresent() && latest.get().getContentSha256().equals(digest)) {
        return;
      }
      Bulletin revised = latest.map(l -> bulletin.asRevision(l.getRevision() + 1, changes(l, bulletin)))
          .orElseGet(() -> bulletin.asRevision(1, List.of()));
      revisions.add(new Revision(revised, record(revised, digest)));
    });
    return revisions;
  }

  /**
   * What changed since the revision before, in outline: the reporting status and headline figures that differ,
   * then the sections whose content differs.
   */
  static List<String> changes(BulletinRevision before, Bulletin now) {
    List<String> changes = new ArrayList<>();
    now.headline().forEach((label, text) -> {
      String was = before.getHeadline().get(label);
      if (!text.equals(was)) {
        changes.add(label + "：" + (was == null ? "（无）" : was) + " → " + text);
      }
    });
    BulletinFormats.sectionSha256(now).forEach((title, digest) -> {
      if (!digest.equals(before.getSectionSha256().get(title))) {
        changes.add("「" + title + "」有更新");
      }
    });
    if (changes.isEmpty()) {
      changes.add("说明有更新");
    }
    return changes;
  }

  static BulletinRevision record(Bulletin bulletin, String contentSha256) {
    return BulletinRevision.newBuilder()
        .setBulletinId(bulletin.bulletinId())
        .setDistrictCode(bulletin.districtCode())
        .setDistrictName(bulletin.districtName())
        .setPeriod(bulletin.period().toString())
        .setRevision(bulletin.revision())
        .setTitle(bulletin.title())
        .setContentSha256(contentSha256)
        .setSectionSha256(BulletinFormats.sectionSha256(bulletin))
        .setHeadline(bulletin.headline())
        .setExpected(bulletin.expected())
        .setReported(bulletin.reported())
        .setProvisional(bulletin.provisional())
        .setChanges(bulletin.changes())
        .setMarkdown(BulletinFormats.markdown(bulletin))
        .build();
  }

  @Override
  public void close() {
    if (passes != null) {
      passes.close();
    }
    producer.close(Duration.ofSeconds(10));
  }
}
