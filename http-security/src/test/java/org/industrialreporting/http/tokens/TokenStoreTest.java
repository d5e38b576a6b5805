package org.industrialreporting.http.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  void keepsOnlyTheHashOfAnIssuedToken() throws IOException {
    TokenStore store = new TokenStore(dir.resolve("tokens"));

    TokenStore.Issued issued = store.issue(TokenScope.enterprise("91350100M000100Y43"), "ACME\tERP", CLOCK);

    assertThat(issued.token()).startsWith("irp_").hasSize(4 + 43);
    String file = Files.readString(store.file());
    assertThat(file).doesNotContain(issued.token()).contains(TokenStore.sha256(issued.token()))
        .contains("enterprise:91350100M000100Y43").contains("ACME ERP");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
  }

  @Test
  void authenticatesIssuedTokensUntilTheyAreRevoked() {
    TokenStore intake = new TokenStore(dir.resolve("tokens"));
    TokenStore command = new TokenStore(dir.resolve("tokens"));
    TokenStore.Issued admin = command.issue(TokenScope.admin(), "ops", CLOCK);
    TokenStore.Issued park = command.issue(TokenScope.park("XZ-HTZ"), null, CLOCK);

    assertThat(intake.authenticate(admin.token())).get().extracting(ApiToken::scope).isEqualTo(TokenScope.admin());
    assertThat(intake.authenticate(park.token())).get().extracting(ApiToken::id).isEqualTo(park.record().id());

    assertThat(command.revoke(admin.record().id())).isTrue();
    assertThat(command.revoke(admin.record().id())).isFalse();
    assertThat(intake.authenticate(admin.token())).as("seen by a running intake at once").isEmpty();
    assertThat(intake.authenticate(park.token())).isPresent();
    assertThat(intake.list()).extracting(ApiToken::id).containsExactly(park.record().id());
  }

  @Test
  void refusesWhatIsNoToken() {
    TokenStore store = new TokenStore(dir.resolve("tokens"));
    TokenStore.Issued issued = store.issue(TokenScope.admin(), "ops", CLOCK);

    assertThat(store.authenticate(null)).isEmpty();
    assertThat(store.authenticate("")).isEmpty();
    assertThat(store.authenticate(issued.record().sha256())).as("the stored hash is no token").isEmpty();
    assertThat(store.authenticate(issued.token() + "x")).isEmpty();
    assertThat(new TokenStore(dir.resolve("missing")).authenticate(issued.token())).isEmpty();
  }

  @Test
  void namesTheLineOfABrokenTokenFile() throws IOException {
    Path file = Files.writeString(dir.resolve("tokens"), "# comment\nt1\tnot-a-hash\tadmin\t2026-10-15T02:00:00Z\t\n");

    assertThatThrownBy(() -> new TokenStore(file).authenticate("irp_x")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("line 2 is not a token");
  }
}
