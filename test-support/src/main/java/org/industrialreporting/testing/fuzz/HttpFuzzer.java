package org.industrialreporting.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Random HTTP requests against a server, reproducible from a seed: request {@code i} of seed {@code s} is always the
 * same bytes. Each request varies some of: the method (known, unknown, malformed), the path (the server's own, its
 * ids replaced, percent-encodings valid and not, very long), the query string (known parameters with wild values,
 * thousands of them, invalid UTF-8), the headers (content types and charsets, tokens and cookies good and bad,
 * huge ones, bytes that are no text), the body (the server's own samples cut, flipped and spliced, random bytes,
 * invalid UTF-8, deep nesting, larger than allowed), and whether the body is sent whole or the connection closes
 * before it has all come.
 *
 * <p>{@link #run} sends them one after the other and checks each answer: never a 5xx, always an answer within the
 * timeout, and every 4xx with a reason in its body. A close without an answer passes for a truncated request, for
 * one the server stopped reading before it was sent whole, and now and then for one with a body (at most 1 % of
 * them, or two in a short run): a server closing on bytes it has not read makes the kernel reset the connection,
 * which can swallow the answer.
 */
public final class HttpFuzzer {

  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE",
      "CONNECT", "QUERY", "get", "PROPFIND", "G\u00c9T", "GE T", ""};
  private static final String[] CONTENT_TYPES = {"application/json", "text/csv", "application/x-ndjson",
      "multipart/form-data; boundary=xyz", "multipart/form-data", "multipart/form-data; boundary=",
      "text/csv; charset=utf-8", "text/csv; charset=GBK", "application/json; charset=\"", "application/json;;;",
      "application/x-www-form-urlencoded", "text/plain", "*/*", "application/octet-stream", "text/csv; charset=utf-16",
      ";", "application/json; charset=utf-8; boundary=x", "\u00e4/\u00f6"};
  private static final String[] NASTY_TEXT = {"", " ", "%", "%ZZ", "%FF%FE", "%C3%28", "%00", "\u0000",
      "../../etc/passwd", "%2e%2e%2f", "-1", "0", "9999999999999999999999", "1e99999", "NaN", "2026-13", "2026-00",
      "99999-01", "true", "null", "{}", "[]", "'; DROP TABLE", "<script>", "秀洲区", "\uD83D\uDE00", "%F0%9F%98%80",
      "%E0%80%80", "a=b=c", "&&&", "#frag", "+", "%20", "x".repeat(5000)};

  /**
   * What the server offers, for the generator to start from.
   *
   * @param paths   its paths, e.g. {@code /api/districts/330411/rollup}
   * @param parameters its query parameters, e.g. {@code period}
   * @param authorizations values of the Authorization header worth sending: valid tokens among them
   * @param cookies values of the Cookie header worth sending
   * @param bodies  valid bodies to mutate, e.g. a CSV report file
   * @param maxBodyBytes the server's body limit: a body above it is sent now and then
   */
  public record Surface(List<String> paths, List<String> parameters, List<String> authorizations,
      List<String> cookies, List<byte[]> bodies, int maxBodyBytes) {
    public Surface {
      paths = List.copyOf(paths);
      parameters = List.copyOf(parameters);
      authorizations = List.copyOf(authorizations);
      cookies = List.copyOf(cookies);
      bodies = List.copyOf(bodies);
    }
  }

  /**
   * Of the requests with a body, the share that may close without an answer: a server that refuses a request (or
   * answers without needing its body) and closes leaves the body's bytes unread, and the kernel then resets the
   * connection instead of closing it, which can discard the answer not yet on its way. Now and then, not often.
   */
  private static final double UNANSWERED_WITH_BODY_SHARE = 0.01;

  private final Surface surface;
  private final long seed;

  public HttpFuzzer(Surface surface, long seed) {
    this.surface = Objects.requireNonNull(surface, "surface");
    this.seed = seed;
  }

  /** The seed of a run: {@code -Dfuzz.seed=N} to repeat one, else the fixed default. */
  public static long seed(long fallback) {
    return Long.getLong("fuzz.seed", fallback);
  }

  /** Request number {@code index} of this seed. */
  public FuzzRequest request(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    List<String> varied = new ArrayList<>();
    String method = random.nextInt(3) == 0 ? pick(random, METHODS) : random.nextBoolean() ? "GET" : "POST";
    if (!method.equals("GET") && !method.equals("POST")) {
      varied.add("method");
    }
    String target = path(random, varied) + query(random, varied);
    byte[] body = body(random, varied);
    boolean truncated = body.length > 0 && random.nextInt(12) == 0;
    int declared = body.length;
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    write(head, method + " " + target + " HTTP/1.1\r\n");
    write(head, "Host: 127.0.0.1\r\n");
    if (random.nextInt(3) > 0) {
      header(head, "Authorization", random.nextInt(4) > 0 ? pick(random, surface.authorizations())
          : pick(random, new String[] {"Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Bearer irp_" + "A".repeat(43),
              "bearer " + pick(random, surface.authorizations()).replaceFirst("^Bearer ", ""), "Bearer \u00ff\u00fe",
              "Bearer " + "x".repeat(20_000)}), varied, "authorization");
    }
    if (!surface.cookies().isEmpty() && random.nextInt(4) == 0) {
      header(head, "Cookie", random.nextBoolean() ? pick(random, surface.cookies())
          : pick(random, new String[] {"dashboard_session=", "dashboard_session=irp_x; dashboard_session=y", "=;=;",
              "dashboard_session=\u00ff", "a=" + "b".repeat(10_000)}), varied, "cookie");
    }
    if (body.length > 0 || random.nextInt(4) == 0) {
      header(head, "Content-Type", pick(random, CONTENT_TYPES), varied, "content type");
    }
    switch (random.nextInt(14)) {
      case 0 -> {
        String length = pick(random, new String[] {"-1", "abc", "99999999999999999999",
            Integer.toString(declared + 5), "0", "1, 2"});
        header(head, "Content-Length", length, varied, "content length");
        truncated |= length.equals(Integer.toString(declared + 5));
      }
      case 1 -> {
        header(head, "Transfer-Encoding", "chunked", varied, "chunked");
        body = chunked(random, body);
        declared = -1;
      }
      case 2 -> header(head, "X-" + random.nextInt(1000), "\u00ff\u00c3\u0028" + "v".repeat(random.nextInt(100)),
          varied, "header bytes");
      case 3 -> header(head, "X-Large", "h".repeat(9_000 + random.nextInt(20_000)), varied, "huge header");
      case 4 -> {
        for (int i = 0; i < 300; i++) {
          write(head, "X-Many-" + i + ": " + i + "\r\n");
        }
        varied.add("many headers");
      }
      case 5 -> {
        write(head, "No colon in this header line\r\n");
        varied.add("malformed header");
      }
      case 6 -> header(head, "Accept", pick(random, new String[] {"application/openmetrics-text; version=9",
          "text/event-stream", "*/*;q=x", "\u00ff"}), varied, "accept");
      default -> {
        // no extra header
      }
    }
    if (declared >= 0 && !(head.toString(StandardCharsets.ISO_8859_1).contains("Content-Length:"))) {
      write(head, "Content-Length: " + (truncated ? declared + 1 + random.nextInt(1000) : declared) + "\r\n");
    }
    if (truncated) {
      varied.add("truncated");
    }
    write(head, "Connection: close\r\n\r\n");
    return new FuzzRequest(index, method, varied.isEmpty() ? "plain" : String.join(", ", varied), head.toByteArray(),
        body, truncated);
  }

  /**
   * Sends {@code count} requests and checks every answer; {@code afterEach} hears of each exchange (e.g. to check
   * that the server still serves). Fails with the seed, the request and the answer of the first bad exchange.
   */
  public void run(String host, int port, int count, Duration timeout, Consumer<FuzzRequest> afterEach) {
    int withBody = 0;
    List<FuzzRequest> unansweredWithBody = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      FuzzRequest request = request(i);
      RawExchange.Answer answer;
      try {
        answer = RawExchange.send(host, port, request, timeout);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not exchange " + request.describe() + " (seed " + seed + ")", e);
      }
      boolean bodySentWhole = request.body().length > 0 && !request.truncated() && answer.sentWhole();
      withBody += bodySentWhole ? 1 : 0;
      if (bodySentWhole && answer.closedWithoutAnswer()) {
        unansweredWithBody.add(request);
      } else {
        String problem = problem(request, answer);
        if (problem != null) {
          throw new AssertionError(problem + " for request " + request.describe() + "; answer " + answer.status()
              + " " + answer.headers() + " " + shorten(answer.body()) + " (repeat with -Dfuzz.seed=" + seed + ")");
        }
      }
      afterEach.accept(request);
    }
    int allowed = Math.max(2, (int) (withBody * UNANSWERED_WITH_BODY_SHARE));
    if (unansweredWithBody.size() > allowed) {
      throw new AssertionError(unansweredWithBody.size() + " of " + withBody + " requests with a body closed without"
          + " an answer, more than the " + allowed + " a reset after the server's close explains now and then; the"
          + " first: " + unansweredWithBody.get(0).describe() + " (repeat with -Dfuzz.seed=" + seed + ")");
    }
  }

  /** What is wrong with the answer, or null. */
  private static String problem(FuzzRequest request, RawExchange.Answer answer) {
    if (answer.hung()) {
      return "No answer and no close within the timeout";
    }
    if (answer.status() == -1) {
      if (!answer.startsAsAnAnswer()) {
        return "The server sent " + answer.body().length() + " bytes that are no HTTP answer";
      }
      if (request.truncated() || !answer.sentWhole()) {
        return null;
      }
      return answer.reset() ? "The server reset the connection without an answer"
          : "The connection closed without an answer";
    }
    if (answer.status() >= 500) {
      return "A server error";
    }
    if (answer.status() >= 400 && !request.method().equals("HEAD") && answer.body().isBlank()) {
      return "A " + answer.status() + " without a reason";
    }
    return null;
  }

  private String path(SplittableRandom random, List<String> varied) {
    String path = pick(random, surface.paths());
    switch (random.nextInt(10)) {
      case 0 -> {
        path = path.substring(0, path.lastIndexOf('/') + 1) + pick(random, NASTY_TEXT);
        varied.add("path segment");
      }
      case 1 -> {
        path = path + "/" + pick(random, NASTY_TEXT);
        varied.add("path suffix");
      }
      case 2 -> {
        path = pick(random, new String[] {"/" + "a/".repeat(3000), "//api//", "/%", "/%ZZ", "/\u00ff", "*",
            "http://127.0.0.1/api/districts", "/api/%2e%2e/health", "/;x=1", "/api/districts;jsessionid=1"});
        varied.add("path");
      }
      default -> {
        // one of the server's own
      }
    }
    return path.replace(" ", "%20");
  }

  private String query(SplittableRandom random, List<String> varied) {
    int kind = random.nextInt(6);
    if (kind < 2 || surface.parameters().isEmpty()) {
      return "";
    }
    varied.add("query");
    StringBuilder query = new StringBuilder("?");
    int parameters = kind == 5 ? 2000 + random.nextInt(3000) : 1 + random.nextInt(4);
    for (int i = 0; i < parameters; i++) {
      if (i > 0) {
        query.append('&');
      }
      String name = random.nextInt(8) == 0 ? pick(random, NASTY_TEXT) : pick(random, surface.parameters());
      query.append(name.replace(" ", "%20")).append('=').append(pick(random, NASTY_TEXT).replace(" ", "%20"));
    }
    return query.toString();
  }

  private byte[] body(SplittableRandom random, List<String> varied) {
    int kind = random.nextInt(12);
    byte[] sample = surface.bodies().isEmpty() ? new byte[0] : surface.bodies().get(random.nextInt(
        surface.bodies().size()));
    switch (kind) {
      case 0, 1, 2 -> {
        return new byte[0];
      }
      case 3 -> {
        return sample;
      }
      case 4 -> {
        varied.add("cut body");
        return Arrays.copyOf(sample, random.nextInt(sample.length + 1));
      }
      case 5 -> {
        varied.add("flipped body");
        byte[] flipped = sample.clone();
        for (int i = 0; i < 1 + random.nextInt(8) && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
      }
      case 6 -> {
        varied.add("random body");
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
      }
      case 7 -> {
        varied.add("invalid UTF-8");
        return concat(sample, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80});
      }
      case 8 -> {
        varied.add("deep nesting");
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        return open.repeat(50_000 + random.nextInt(50_000)).getBytes(StandardCharsets.UTF_8);
      }
      case 9 -> {
        varied.add("too large");
        byte[] large = new byte[surface.maxBodyBytes() + 1 + random.nextInt(surface.maxBodyBytes())];
        Arrays.fill(large, (byte) 'a');
        return large;
      }
      case 10 -> {
        varied.add("spliced bodies");
        byte[] other = surface.bodies().isEmpty() ? new byte[0] : surface.bodies().get(random.nextInt(
            surface.bodies().size()));
        return concat(Arrays.copyOf(sample, sample.length / 2), other);
      }
      default -> {
        varied.add("text body");
        return pick(random, NASTY_TEXT).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /** The body as chunks, sometimes with a broken chunk size. */
  private static byte[] chunked(SplittableRandom random, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int length = Math.min(body.length - at, 1 + random.nextInt(512));
      write(out, (random.nextInt(20) == 0 ? "zz" : Integer.toHexString(length)) + "\r\n");
      out.write(body, at, length);
      write(out, "\r\n");
      at += length;
    }
    write(out, "0\r\n\r\n");
    return out.toByteArray();
  }

  private static void header(ByteArrayOutputStream head, String name, String value, List<String> varied,
      String what) {
    write(head, name + ": " + value + "\r\n");
    if (!what.isEmpty()) {
      varied.add(what);
    }
  }

  /** Text as the bytes of its characters up to 0xFF, others as UTF-8: some requests carry bytes no header may. */
  private static void write(ByteArrayOutputStream out, String text) {
    for (char c : text.toCharArray()) {
      if (c <= 0xFF) {
        out.write(c);
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String pick(SplittableRandom random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String shorten(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
