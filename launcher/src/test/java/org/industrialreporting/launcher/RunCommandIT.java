package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} against the shared broker (one broker per test JVM, so not its embedded one): what it keeps lands in
 * {@code --data-dir}, its intake takes the tokens that {@code tokens --data-dir} issued there, and its dashboard
 * opens with the admin token of the sign-in link it prints.
 */
@ExtendWith(SharedKafka.class)
class RunCommandIT {

  private static final Pattern INTAKE_URL = Pattern.compile("Intake: (http://\\S+/)");
  private static final Pattern SIGN_IN = Pattern.compile("sign in \\(admin\\): (http://\\S+/)#token=(irp_\\S+)");

  @TempDir
  Path dir;

  @Test
  void keepsTheStreamsStateAndTheTokensInTheDataDirectory(EmbeddedKafka kafka, TestInfo test)
      throws Exception {
    String prefix = TestNames.prefix(test);
    Path dataDir = dir.resolve("data");
    Map<String, String> env = Map.of("REPORTING_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
        "REPORTING_TOPIC_PREFIX", prefix, "REPORTING_PARTITIONS", "1", "REPORTING_DATA_DIR", dataDir.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // Interrupting the thread stops run as Ctrl-C would, services in reverse order.
    Thread run = new Thread(() -> ReportingCli.commandLine(new LaunchContext(new Properties(), env,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .execute("run", "--no-demo", "--threads", "1", "--application-id", prefix + "rollups",
            "--registry-topic", prefix + "schemas", "--registry-port", "0", "--intake-port", "0",
            "--dashboard-port", "0"), "run");
    run.start();
    try {
      await().atMost(Duration.ofMinutes(2))
          .until(() -> out.toString(StandardCharsets.UTF_8).contains("Running.") || !run.isAlive());
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed).as(err.toString(StandardCharsets.UTF_8)).contains("Running.")
          .contains("Data directory: " + dataDir.toAbsolutePath())
          .contains("no API tokens yet in " + dataDir.resolve("intake-tokens").toAbsolutePath());
      assertThat(dataDir.resolve("streams").resolve(prefix + "rollups")).isDirectory();

      Cli.Run issued = Cli.run(env, "tokens", "issue", "--admin", "--label", "run test");
      assertThat(issued.status()).as(issued.err()).isZero();
      assertThat(dataDir.resolve("intake-tokens")).isRegularFile();
      URI parks = intakeUrl(printed).resolve("v1/registry/parks?dry_run=true");
      String csv = Files.readString(SmallWorld.parks(dir));

      assertThat(post(parks, csv, null).statusCode()).isEqualTo(401);
      HttpResponse<String> answer = post(parks, csv, issued.out().strip());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

      assertThat(printed).contains("Everything listens on the loopback interface (127.0.0.1) only.");
      Matcher signIn = SIGN_IN.matcher(printed);
      assertThat(signIn.find()).as(printed).isTrue();
      URI districts = URI.create(signIn.group(1)).resolve("api/districts");
      assertThat(get(districts, null).statusCode()).isEqualTo(401);
      HttpResponse<String> listed = get(districts, signIn.group(2));
      assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
      assertThat(Files.readString(dataDir.resolve("dashboard-admin-token")).strip()).isEqualTo(signIn.group(2));
    } finally {
      run.interrupt();
      run.join(Duration.ofMinutes(1).toMillis());
    }
    assertThat(run.isAlive()).as("run stopped when interrupted").isFalse();
  }

  private static URI intakeUrl(String printed) {
    Matcher matcher = INTAKE_URL.matcher(printed);
    assertThat(matcher.find()).as(printed).isTrue();
    return URI.create(matcher.group(1));
  }

  private static HttpResponse<String> get(URI uri, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI uri, String csv, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
