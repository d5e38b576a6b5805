package org.industrialreporting.dashboard.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.D;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.SEPTEMBER;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.dashboard.TestRecords;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewRecord;
import org.industrialreporting.dashboard.view.ViewSource;
import org.junit.jupiter.api.Test;

/** Which revisions {@link BulletinWorld}'s district needs, and when its September bulletin is due. */
class BulletinPublisherTest {

  private final ReadModel model = BulletinWorld.load();
  private final Map<String, BulletinRevision> sent = new HashMap<>();
  private final Map<String, YearMonth> september = Map.of(DISTRICT, SEPTEMBER);

  private List<BulletinPublisher.Revision> revisions() {
    return model.read(view -> BulletinPublisher.revisions(view, september, EvaluationRules.defaults(), sent));
  }

  /** The revisions, read back into the view as the topic would be. */
  private List<BulletinPublisher.Revision> publish() {
    List<BulletinPublisher.Revision> revisions = revisions();
    model.apply(revisions.stream().map(r -> new ViewRecord(ViewSource.BULLETINS, r.record().getBulletinId(),
        r.record())).toList());
    return revisions;
  }

  private Map<String, YearMonth> dueMonths(String now) {
    return model.read(view -> BulletinPublisher.dueMonths(view, Instant.parse(now)));
  }

  @Test
  void septembersBulletinIsDueOnceTheReportingDeadlinePassedInBeijing() {
    // Due by the end of 10 October in Beijing: 16:00 UTC.
    assertThat(dueMonths("2026-10-10T15:59:59Z")).containsExactly(Map.entry(DISTRICT, YearMonth.of(2026, 8)));
    assertThat(dueMonths("2026-10-10T16:00:00Z")).containsExactly(Map.entry(DISTRICT, SEPTEMBER));
    assertThat(dueMonths("2026-11-10T15:59:59Z")).containsExactly(Map.entry(DISTRICT, SEPTEMBER));
  }

  @Test
  void aFirstRevisionThenNothingWhileTheContentStaysThenTheNextRevisionWithWhatChanged() {
    List<BulletinPublisher.Revision> first = publish();

    assertThat(first).hasSize(1);
    BulletinRevision one = first.get(0).record();
    assertThat(one.getBulletinId()).isEqualTo("330411|2026-09");
    assertThat(one.getRevision()).isEqualTo(1);
    assertThat(one.getChanges()).isEmpty();
    assertThat(one.getProvisional()).isTrue();
    assertThat(one.getExpected()).isEqualTo(4);
    assertThat(one.getReported()).isEqualTo(3);
    assertThat(one.getMarkdown()).isEqualTo(BulletinFormats.markdown(first.get(0).bulletin()));
    assertThat(first.get(0).bulletin().fileName()).isEqualTo("bulletin-330411-2026-09-r1");

    assertThat(publish()).as("unchanged content").isEmpty();

    model.apply(List.of(BulletinWorld.report(D, 100_000_000L, 1_000L, "油车港镇", TestRecords.FOOD_PARK)));
    List<BulletinPublisher.Revision> second = publish();

    assertThat(second).hasSize(1);
    BulletinRevision two = second.get(0).record();
    assertThat(two.getRevision()).isEqualTo(2);
    assertThat(two.getTitle()).isEqualTo("秀洲区2026年9月工业经济与能源运行通报（修订 2）");
    assertThat(two.getProvisional()).isFalse();
    assertThat(two.getChanges()).containsExactly("报送情况：应报 4 家，已报 3 家 → 应报 4 家，已报 4 家",
        "「五、能耗双控」有更新", "「七、未报企业」有更新", "「八、亩均效益评价」有更新");
    assertThat(two.getMarkdown()).contains("**修订说明**（修订 2）：\n\n- 报送情况：应报 4 家，已报 3 家 → 应报 4 家，已报 4 家\n");
    assertThat(publish()).isEmpty();
  }

  @Test
  void aRevisionSentButNotYetReadBackIsNotSentAgain() {
    List<BulletinPublisher.Revision> first = revisions();
    first.forEach(r -> sent.put(r.record().getBulletinId(), r.record()));

    assertThat(revisions()).isEmpty();
  }

  @Test
  void twoDashboardsMakeTheSameRecordFromTheSameTopics() {
    BulletinRevision mine = revisions().get(0).record();
    BulletinRevision theirs = BulletinWorld.load().read(view -> BulletinPublisher.revisions(view, september,
        EvaluationRules.defaults(), Map.of())).get(0).record();

    assertThat(theirs).isEqualTo(mine);
  }
}
