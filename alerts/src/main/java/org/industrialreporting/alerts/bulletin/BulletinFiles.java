package org.industrialreporting.alerts.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSnapshot;

/** Reads a district's bulletin from the alert topic and writes it as Markdown, HTML and CSV files. */
public final class BulletinFiles {

  private BulletinFiles() {
  }

  /** The bulletin as the alert topic has it now: the latest record of every alert decides whether it is open. */
  public static Bulletin read(KafkaSettings kafka, String topic, Deserializer<AnomalyAlert> values,
      String districtCode, String districtName, YearMonth period) {
    Map<String, AnomalyAlert> latest = new TreeMap<>();
    TopicSnapshot.read(kafka, topic, values, (key, alert) -> {
      if (alert != null) {
        latest.merge(alert.getAlertId(), alert, (a, b) -> b.getRevision() >= a.getRevision() ? b : a);
      }
    });
    return Bulletin.of(districtCode, districtName, period, latest.values());
  }

  /** Writes {@code bulletin-<district>-<period>.md}, {@code .html} and {@code .csv} (UTF-8) into {@code dir}. */
  public static List<Path> write(Bulletin bulletin, Path dir) throws IOException {
    Files.createDirectories(dir);
    String name = "bulletin-" + bulletin.districtCode() + "-" + bulletin.period();
    Path markdown = dir.resolve(name + ".md");
    Path html = dir.resolve(name + ".html");
    Path csv = dir.resolve(name + ".csv");
    Files.writeString(markdown, BulletinFormats.markdown(bulletin), StandardCharsets.UTF_8);
    Files.writeString(html, BulletinFormats.html(bulletin), StandardCharsets.UTF_8);
    Files.writeString(csv, BulletinFormats.csv(bulletin), StandardCharsets.UTF_8);
    return List.of(markdown, html, csv);
  }
}
