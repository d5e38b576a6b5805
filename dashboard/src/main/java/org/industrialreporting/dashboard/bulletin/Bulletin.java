package org.industrialreporting.dashboard.bulletin;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.dashboard.display.Formats;

/**
 * A district's monthly bulletin (每月通报) as a document: its sections in order, with the reporting status that
 * says how complete its figures are, and — once produced by itself — its revision and what the revision changed.
 * The formats (Markdown, HTML, CSV, XLSX) render exactly this.
 *
 * @param expected   enterprises due to report the month (应报)
 * @param reported   of them, those that have reported (已报)
 * @param hasFigures whether the district has a rollup of the month; without one every figure is missing
 * @param notices    what a reader must know first: figures provisional or missing, and why
 * @param headline   the headline figures as shown, label → text, in order; what a revision names when they change
 * @param revision   0 for a bulletin made on demand, else its revision from 1 (修订 n from 2)
 * @param changes    what changed since the revision before (修订说明); empty unless revision ≥ 2
 */
public record Bulletin(String districtCode, String districtName, YearMonth period, int expected, int reported,
    boolean hasFigures, List<String> notices, Map<String, String> headline, List<BulletinSection> sections,
    int revision, List<String> changes) {

  public Bulletin {
    notices = List.copyOf(notices);
    headline = Collections.unmodifiableMap(new LinkedHashMap<>(headline));
    sections = List.copyOf(sections);
    changes = List.copyOf(changes);
  }

  /** Whether the figures are provisional: not every enterprise due has reported, or none has. */
  public boolean provisional() {
    return !hasFigures || reported < expected;
  }

  /** The title, e.g. {@code 秀洲区2026年9月工业经济与能源运行通报（修订 2）}. */
  public String title() {
    return baseTitle() + (revision >= 2 ? "（修订 " + revision + "）" : "");
  }

  /** The title without revision marks. */
  public String baseTitle() {
    return districtName + Formats.month(period) + "工业经济与能源运行通报" + (provisional() ? "（初步数据）" : "");
  }

  /** The same bulletin as revision {@code revision}, with what changed since the one before. */
  public Bulletin asRevision(int revision, List<String> changes) {
    return new Bulletin(districtCode, districtName, period, expected, reported, hasFigures, notices, headline,
        sections, revision, changes);
  }

  /** {@code district_code|period}: the key of its revisions. */
  public String bulletinId() {
    return bulletinId(districtCode, period);
  }

  public static String bulletinId(String districtCode, YearMonth period) {
    return districtCode + "|" + period;
  }

  /** The files' name without extension: {@code bulletin-330411-2026-09}, with {@code -r2} for a revision. */
  public String fileName() {
    return "bulletin-" + districtCode + "-" + period + (revision > 0 ? "-r" + revision : "");
  }
}
