package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.industrialreporting.http.tokens.TokenScope;
import org.industrialreporting.http.tokens.TokenStore;

/**
 * The admin token {@code run} opens its dashboard with, so that the demo opens from one printed link. It is issued
 * on the first start into an empty dashboard token file and kept in plain text beside it (readable by its owner
 * only), since the token file keeps only hashes; later starts show it again while it is valid. An operator who
 * manages the dashboard's tokens (a token file with tokens of their own, or this token revoked) gets none.
 */
final class DashboardSignIn {

  static final String LABEL = "reporting run: sign-in link";

  private DashboardSignIn() {
  }

  /** The token to sign in with, issued now when the token file is empty; empty when there is none to show. */
  static Optional<String> ensure(TokenStore tokens, Path kept, Clock clock) {
    try {
      if (Files.exists(kept)) {
        String token = Files.readString(kept, StandardCharsets.UTF_8).strip();
        return tokens.authenticate(token).map(found -> token);
      }
      if (!tokens.list().isEmpty()) {
        return Optional.empty();
      }
      String token = tokens.issue(TokenScope.admin(), LABEL, clock).token();
      Files.createDirectories(kept.toAbsolutePath().getParent());
      Files.writeString(Files.createFile(kept), token + "\n", StandardCharsets.UTF_8);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
      }
      return Optional.of(token);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the dashboard's sign-in token in " + kept + ": " + e.getMessage(), e);
    }
  }
}
