package org.industrialreporting.testing.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request, as the bytes that go on the wire.
 *
 * @param index     its number in the run; with the run's seed it makes the same request again
 * @param method    the request line's method, as sent
 * @param summary   what was varied, for a failure message
 * @param head      request line and headers, up to and with the blank line
 * @param body      the body bytes that are sent
 * @param truncated whether the head declares more body than is sent (the connection is closed early)
 */
public record FuzzRequest(int index, String method, String summary, byte[] head, byte[] body, boolean truncated) {

  /** The request as text for a failure message: the head whole, the body's start, bytes that are no ASCII escaped. */
  public String describe() {
    StringBuilder text = new StringBuilder("#" + index + " (" + summary + "): ");
    escape(head, 600, text);
    text.append("[body ").append(body.length).append(" bytes").append(truncated ? ", truncated" : "").append("] ");
    escape(body, 200, text);
    return text.toString();
  }

  private static void escape(byte[] bytes, int limit, StringBuilder text) {
    String shown = new String(bytes, 0, Math.min(limit, bytes.length), StandardCharsets.ISO_8859_1);
    for (char c : shown.toCharArray()) {
      if (c >= 0x20 && c < 0x7f) {
        text.append(c);
      } else if (c == '\r') {
        text.append("\\r");
      } else if (c == '\n') {
        text.append("\\n");
      } else {
        text.append(String.format("\\x%02x", (int) c));
      }
    }
    if (bytes.length > limit) {
      text.append("…");
    }
  }
}
