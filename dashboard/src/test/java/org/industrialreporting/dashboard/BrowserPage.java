package org.industrialreporting.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the browser tests read from and do to the dashboard's page. */
public final class BrowserPage {

  private BrowserPage() {
  }

  /** Signs in with the form, as an official types the token. */
  static void signIn(ChromeDriver page, String token) {
    WebElement input = page.findElement(By.id("sign-in-token"));
    input.clear();
    input.sendKeys(token);
    page.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
  }

  static boolean visible(ChromeDriver page, String css) {
    return Boolean.TRUE.equals(page.executeScript(
        "const e = document.querySelector(arguments[0]); return e !== null && !e.hidden"
            + " && e.getClientRects().length > 0;", css));
  }

  /** The element's text as shown, read in one step: the page replaces elements whenever the view changes. */
  public static String text(ChromeDriver page, String css) {
    Object text = page.executeScript(
        "const e = document.querySelector(arguments[0]); return e === null ? null : e.innerText.trim();", css);
    return String.valueOf(text);
  }

  /** The whole page in {@code target/screenshots/NAME}: the window is made as tall as the document first. */
  public static void screenshot(ChromeDriver page, String name) {
    Path file = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), name);
    page.manage().window().setSize(new Dimension(1440, 1000));
    page.executeScript("window.scrollTo(0, 0)");
    long height = (Long) page.executeScript("return document.documentElement.scrollHeight");
    long chrome = (Long) page.executeScript("return window.outerHeight - window.innerHeight");
    page.manage().window().setSize(new Dimension(1440, (int) (height + chrome) + 40));
    // Charts follow the window's size on the resize event; let them draw before the picture.
    page.executeScript("window.dispatchEvent(new Event('resize'))");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, page.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the screenshot " + file, e);
    }
  }
}
