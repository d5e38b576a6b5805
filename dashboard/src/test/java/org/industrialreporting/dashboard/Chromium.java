package org.industrialreporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the chromedriver installed beside it (Debian's {@code chromium} and
 * {@code chromium-driver} by default; system properties {@code chromium.binary} and {@code chromedriver.binary}
 * name others). Both paths are given, so Selenium Manager never downloads anything; a missing browser fails the
 * test rather than skipping it.
 */
public final class Chromium implements AutoCloseable {

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  public static Chromium start() throws IOException {
    File browser = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    assertThat(browser).as("Chromium (apt-get install chromium; bin/test installs it)").canRead();
    assertThat(chromedriver).as("chromedriver (apt-get install chromium-driver; bin/test installs it)").canRead();
    System.setProperty("SE_AVOID_STATS", "true");
    Path profile = Files.createTempDirectory("chromium-profile-");
    ChromeOptions options = new ChromeOptions()
        .setBinary(browser)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--lang=zh-CN", "--window-size=1440,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
    try {
      return new Chromium(service, new ChromeDriver(service, options), profile);
    } catch (RuntimeException e) {
      service.stop();
      throw e;
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
