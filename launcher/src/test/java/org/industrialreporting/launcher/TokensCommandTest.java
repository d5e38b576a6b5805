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
  void keepsTheTokenFileInTheDataDirectoryUnlessTokensNamesAnother() throws Exception {
    Path dataDir = dir.resolve("data");
    Path elsewhere = dir.resolve("elsewhere-tokens");

    Cli.Run issued = Cli.run(Map.of(), "tokens", "issue", "--admin", "--label", "office", "--data-dir",
        dataDir.toString());
    Cli.Run listed = Cli.run(Map.of("REPORTING_DATA_DIR", dataDir.toString()), "tokens", "list");
    Cli.Run moved = Cli.run(Map.of("REPORTING_DATA_DIR", dataDir.toString()), "tokens", "issue", "--admin",
        "--label", "moved", "--tokens", elsewhere.toString());

    assertThat(issued.status()).as(issued.err()).isZero();
    assertThat(issued.err()).contains("into " + dataDir.resolve("intake-tokens").toAbsolutePath());
    assertThat(Files.readString(dataDir.resolve("intake-tokens"))).contains("office").doesNotContain("moved");
    assertThat(listed.out()).contains("admin", "office");
    assertThat(moved.status()).as(moved.err()).isZero();
    assertThat(Files.readString(elsewhere)).contains("moved");
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

  @Test
  void keepsTheDashboardsTokensApartFromTheIntakes() throws Exception {
    Path dataDir = dir.resolve("data");
    Map<String, String> env = Map.of("REPORTING_DATA_DIR", dataDir.toString());

    Cli.Run district = Cli.run(env, "tokens", "issue", "--dashboard", "--district", "330411", "--label", "秀洲区");
    Cli.Run admin = Cli.run(env, "tokens", "issue", "--dashboard", "--admin");
    Cli.Run listed = Cli.run(env, "tokens", "list", "--dashboard");

    assertThat(district.status()).as(district.err()).isZero();
    assertThat(admin.status()).as(admin.err()).isZero();
    assertThat(district.err()).contains("into " + dataDir.resolve("dashboard-tokens").toAbsolutePath());
    assertThat(listed.out()).contains("district:330411", "秀洲区", "admin");
    assertThat(dataDir.resolve("intake-tokens")).doesNotExist();
  }

  @Test
  void issuesEachServerOnlyTheScopesItTakes() {
    String file = dir.resolve("tokens").toString();

    Cli.Run districtAtTheIntake = Cli.run(Map.of(), "tokens", "issue", "--district", "330411", "--tokens", file);
    Cli.Run enterpriseAtTheDashboard = Cli.run(Map.of(), "tokens", "issue", "--dashboard", "--enterprise",
        "91350100M000100Y43", "--tokens", file);
    Cli.Run badDistrict = Cli.run(Map.of(), "tokens", "issue", "--dashboard", "--district", "3304", "--tokens", file);

    assertThat(districtAtTheIntake.status()).isEqualTo(2);
    assertThat(districtAtTheIntake.err()).contains("District tokens are the dashboard's: add --dashboard");
    assertThat(enterpriseAtTheDashboard.status()).isEqualTo(2);
    assertThat(enterpriseAtTheDashboard.err()).contains("The dashboard takes district and admin tokens");
    assertThat(badDistrict.status()).isEqualTo(1);
    assertThat(badDistrict.err()).contains("--district");
    assertThat(Files.exists(Path.of(file))).isFalse();
  }
}
