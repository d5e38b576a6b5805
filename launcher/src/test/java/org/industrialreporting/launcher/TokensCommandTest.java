package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensCommandTest {

  @TempDir
  Path dir;

  @Test
  void issuesATokenOnceListsItWithoutTheSecretAndRevokesIt() throws Exception {
    String file = dir.resolve("tokens").toString();

    Cli.Run issued = Cli.run(Map.of(), "tokens", "issue", "--enterprise", "91350100M000100Y43", "--label", "ACME",
        "--tokens", file);
    String token = issued.out().strip();
    Cli.Run listed = Cli.run(Map.of("REPORTING_TOKENS", file), "tokens", "list");
    String id = listed.out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
    Cli.Run revoked = Cli.run(Map.of(), "tokens", "revoke", id, "--tokens", file);

    assertThat(issued.status()).isZero();
    assertThat(token).startsWith("irp_");
    assertThat(issued.err()).contains("shown only this once");
    assertThat(listed.out()).contains("enterprise:91350100M000100Y43", "ACME").doesNotContain(token);
    assertThat(Files.readString(Path.of(file))).doesNotContain(token);
    assertThat(revoked.status()).isZero();
    assertThat(Cli.run(Map.of(), "tokens", "list", "--tokens", file).out()).doesNotContain(id);
  }

  @Test
  void refusesAMalformedCreditCodeAndAMissingScope() {
    String file = dir.resolve("tokens").toString();

    Cli.Run badCode = Cli.run(Map.of(), "tokens", "issue", "--enterprise", "91350100M000100Y44", "--tokens", file);
    Cli.Run noScope = Cli.run(Map.of(), "tokens", "issue", "--tokens", file);
    Cli.Run unknown = Cli.run(Map.of(), "tokens", "revoke", "t00000000", "--tokens", file);

    assertThat(badCode.status()).isEqualTo(1);
    assertThat(badCode.err()).contains("check character");
    assertThat(noScope.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("There is no token t00000000");
    assertThat(Files.exists(Path.of(file))).isFalse();
  }
}
