package org.industrialreporting.http.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API tokens of one HTTP server (the intake, the dashboard) in a text file, one per line
 * ({@code id TAB sha256 TAB scope TAB issued_at TAB label}). A token is {@code irp_} and 256 random bits (base64url); the file keeps only its SHA-256, which is safe because
 * such a token cannot be guessed, so a slow password hash (PBKDF2, bcrypt) would add nothing but a CPU cost per
 * request. The file is rewritten whole, atomically and readable by its owner only; a running server reads it
 * again when it changes, so a revocation takes effect with the next request.
 */
public final class TokenStore {

  static final String PREFIX = "irp_";
  private static final int SECRET_BYTES = 32;
  private static final int ID_BYTES = 4;
  private static final String HEADER = "# API tokens: id, SHA-256 of the token, scope, issued at, label."
      + " The tokens themselves are never stored.\n";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A newly issued token: the secret, shown once, and what is kept of it. */
  public record Issued(String token, ApiToken record) {
  }

  private final Path file;
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  /** The tokens by hash, and the file's identity when read (every write makes a new file, so a new key). */
  private record Snapshot(Object fileKey, FileTime modified, long size, Map<String, ApiToken> byHash) {
    static final Snapshot EMPTY = new Snapshot(null, null, -1, Map.of());

    boolean sameFile(BasicFileAttributes attributes) {
      return java.util.Objects.equals(fileKey, attributes.fileKey()) && attributes.lastModifiedTime().equals(modified)
          && attributes.size() == size;
    }
  }

  public TokenStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The token a bearer presented, if it is one of ours and not revoked. */
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return Optional.ofNullable(current().byHash().get(sha256(presented)));
  }

  /** Every token, oldest first. */
  public List<ApiToken> list() {
    return current().byHash().values().stream()
        .sorted(java.util.Comparator.comparing(ApiToken::issuedAt).thenComparing(ApiToken::id)).toList();
  }

  /** Issues a token; the returned secret is not stored and cannot be shown again. */
  public synchronized Issued issue(TokenScope scope, String label, Clock clock) {
    List<ApiToken> tokens = new ArrayList<>(list());
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(SECRET_BYTES));
    String id;
    do {
      id = "t" + HexFormat.of().formatHex(random(ID_BYTES));
    } while (find(tokens, id).isPresent());
    ApiToken record = new ApiToken(id, sha256(secret), scope, clock.instant().truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS), label == null ? "" : label.replaceAll("[\\t\\r\\n]+", " ").strip());
    tokens.add(record);
    write(tokens);
    return new Issued(secret, record);
  }

  /** Revokes the token with this id; false when there is none. */
  public synchronized boolean revoke(String id) {
    List<ApiToken> tokens = new ArrayList<>(list());
    boolean removed = tokens.removeIf(t -> t.id().equals(id));
    if (removed) {
      write(tokens);
    }
    return removed;
  }

  private static Optional<ApiToken> find(List<ApiToken> tokens, String id) {
    return tokens.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The tokens as the file has them now, read again only when it changed. */
  private Snapshot current() {
    try {
      if (!Files.exists(file)) {
        return Snapshot.EMPTY;
      }
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      Snapshot known = snapshot;
      if (known.sameFile(attributes)) {
        return known;
      }
      Snapshot read = new Snapshot(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), read()
          .stream().collect(Collectors.toUnmodifiableMap(ApiToken::sha256, Function.identity(), (a, b) -> a)));
      snapshot = read;
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the token file " + file + ": " + e.getMessage(), e);
    }
  }

  private List<ApiToken> read() throws IOException {
    List<ApiToken> tokens = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      try {
        if (cells.length != 5 || !cells[1].matches("[0-9a-f]{64}")) {
          throw new IllegalArgumentException("expected 5 tab-separated cells with a SHA-256 in hex");
        }
        tokens.add(new ApiToken(cells[0], cells[1], TokenScope.parse(cells[2]), Instant.parse(cells[3]), cells[4]));
      } catch (RuntimeException e) {
        throw new IOException("line " + lineNumber + " is not a token: " + e.getMessage(), e);
      }
    }
    return tokens;
  }

  private void write(List<ApiToken> tokens) {
    StringBuilder text = new StringBuilder(HEADER);
    for (ApiToken t : tokens) {
      text.append(String.join("\t", t.id(), t.sha256(), t.scope().toString(), t.issuedAt().toString(), t.label()))
          .append('\n');
    }
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the token file " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return value;
  }

  /** The hex SHA-256 the file keeps of a token. */
  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
