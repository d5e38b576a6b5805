package org.industrialreporting.dashboard.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.SEPTEMBER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.industrialreporting.dashboard.BrowserPage;
import org.industrialreporting.dashboard.Chromium;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * The bulletin's HTML as an official opens and prints it, in headless Chromium: every section and table shows, the
 * traffic lights are coloured, and it prints to A4 landscape pages. Leaves {@code bulletin.html}, a screenshot and
 * the printed PDF in {@code target/screenshots/} to look at.
 */
class BulletinBrowserIT {

  private static final Path OUT = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));

  @Test
  void showsEverySectionWithColouredLightsAndPrintsToLandscapePages() throws Exception {
    Bulletin bulletin = BulletinWorld.load()
        .read(view -> DistrictBulletin.of(view, DISTRICT, SEPTEMBER, EvaluationRules.defaults()));
    Files.createDirectories(OUT);
    Path html = OUT.resolve("bulletin.html");
    Files.writeString(html, BulletinFormats.html(bulletin));

    try (Chromium chromium = Chromium.start()) {
      ChromeDriver page = chromium.driver();
      page.get(html.toUri().toString());

      assertThat(BrowserPage.text(page, "h1")).isEqualTo(bulletin.title());
      assertThat(page.executeScript("return document.querySelectorAll('h2').length"))
          .isEqualTo((long) bulletin.sections().size());
      assertThat(page.executeScript("return document.querySelectorAll('table').length")).isEqualTo(
          bulletin.sections().stream().mapToLong(s -> s.tables().size()).sum());
      // The key energy user over its budget: a red light, printed in colour.
      Object red = page.executeScript("const cells = [...document.querySelectorAll('td')]"
          + ".filter(td => td.innerText.trim() === '红灯');"
          + " return cells.length === 0 ? null : getComputedStyle(cells[0]).backgroundColor;");
      assertThat(red).as("the red light's background").isNotNull().isNotEqualTo("rgba(0, 0, 0, 0)");
      // This world has no industry rollups: the table says so rather than standing empty.
      assertThat(page.executeScript("return [...document.querySelectorAll('tbody')]"
          + ".filter(body => body.innerText.trim() === '').length")).isEqualTo(0L);
      BrowserPage.screenshot(page, "bulletin.png");

      byte[] pdf = Base64.getDecoder().decode(page.print(new PrintOptions()).getContent());
      Files.write(OUT.resolve("bulletin.pdf"), pdf);
      String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(text).startsWith("%PDF");
      // The page's own @page rule asks for A4 landscape: 842 x 595 points.
      assertThat(text).containsPattern("/MediaBox \\[0 0 84[12]\\.?\\d* 59[45]\\.?\\d*\\]");
    }
  }
}
