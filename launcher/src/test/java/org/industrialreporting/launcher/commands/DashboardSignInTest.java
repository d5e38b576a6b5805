package org.industrialreporting.launcher.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.industrialreporting.http.tokens.ApiToken;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSignInTest {

  @TempDir
  Path dir;

  @Test
  void issuesAnAdminTokenOnceAndShowsItAgainWhileItIsValid() throws Exception {
    TokenStore tokens = new TokenStore(dir.resolve("dashboard-tokens"));
    Path kept = dir.resolve("dashboard-admin-token");

    String first = DashboardSignIn.ensure(tokens, kept, Clock.systemUTC()).orElseThrow();
    String again = DashboardSignIn.ensure(tokens, kept, Clock.systemUTC()).orElseThrow();

    assertThat(again).isEqualTo(first);
    assertThat(tokens.authenticate(first)).get().extracting(ApiToken::scope).isEqualTo(TokenScope.admin());
    assertThat(tokens.list()).singleElement().extracting(ApiToken::label).isEqualTo(DashboardSignIn.LABEL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");

    tokens.revoke(tokens.list().get(0).id());
    assertThat(DashboardSignIn.ensure(tokens, kept, Clock.systemUTC())).as("revoked: none shown, none issued").isEmpty();
    assertThat(tokens.list()).isEmpty();
  }

  @Test
  void issuesNoneIntoATokenFileTheOperatorManages() {
    TokenStore tokens = new TokenStore(dir.resolve("dashboard-tokens"));
    tokens.issue(TokenScope.district("330411"), "秀洲区", Clock.systemUTC());

    assertThat(DashboardSignIn.ensure(tokens, dir.resolve("dashboard-admin-token"), Clock.systemUTC())).isEmpty();
    assertThat(tokens.list()).hasSize(1);
  }
}
