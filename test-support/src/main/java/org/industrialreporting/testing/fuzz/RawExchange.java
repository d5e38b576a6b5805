package org.industrialreporting.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a {@link FuzzRequest} over a plain socket, byte for byte (no client library would send most of them),
 * half-closes the connection and reads the answer, if any, to its end.
 */
public final class RawExchange {

  /**
   * What came back.
   *
   * @param status  the status code; -1 when the server closed without answering
   * @param headers header names in lower case
   * @param body    the body as text; without an answer, the bytes that came instead, if any
   * @param hung    whether nothing came back, not even the close, within the timeout
   * @param reset   whether the server reset the connection before an answer's head was read whole
   * @param sentWhole whether the whole request went out before the server stopped reading: when it did not, the
   *                reset that follows the server's close may have cost its answer (a server refusing a request
   *                early closes on bytes still coming, and TCP then resets instead of delivering the rest)
   */
  public record Answer(int status, Map<String, String> headers, String body, boolean hung, boolean reset,
      boolean sentWhole) {

    /**
     * Whether what came is an answer or the start of one (a head cut short by a reset is no fault of the server's;
     * other bytes are).
     */
    public boolean startsAsAnAnswer() {
      return status != -1 || body.startsWith(STATUS_LINE_START) || STATUS_LINE_START.startsWith(body);
    }

    /** Whether the server closed or reset the connection in time, before a whole answer's head came. */
    public boolean closedWithoutAnswer() {
      return !hung && status == -1 && startsAsAnAnswer();
    }
  }

  private static final String STATUS_LINE_START = "HTTP/1.";

  private RawExchange() {
  }

  public static Answer send(String host, int port, FuzzRequest request, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      boolean sentWhole = true;
      try {
        out.write(request.head());
        out.write(request.body());
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer (413, 400) and close before it read everything: read what it said.
        sentWhole = false;
      }
      return read(socket.getInputStream(), request.method().equals("HEAD"), sentWhole);
    } catch (SocketTimeoutException e) {
      return new Answer(-1, Map.of(), "", true, false, true);
    }
  }

  private static Answer read(InputStream in, boolean head, boolean sentWhole) throws IOException {
    ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    boolean reset = false;
    try {
      while (matched < 4 && (b = in.read()) != -1) {
        headBytes.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
    } catch (IOException e) {
      if (e instanceof SocketTimeoutException) {
        throw (SocketTimeoutException) e;
      }
      reset = true;
    }
    String text = headBytes.toString(StandardCharsets.ISO_8859_1);
    if (matched < 4 || !text.startsWith(STATUS_LINE_START)) {
      return new Answer(-1, Map.of(), text, false, reset, sentWhole);
    }
    String[] lines = text.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body;
    if (head || status == 204 || status == 304) {
      body = new byte[0];
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = chunks(in);
    } else {
      body = readToEnd(in);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), false, false,
        sentWhole);
  }

  private static byte[] chunks(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        return body.toByteArray();
      }
      body.write(in.readNBytes(length));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] readToEnd(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
