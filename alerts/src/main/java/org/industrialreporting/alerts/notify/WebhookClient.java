package org.industrialreporting.alerts.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one record (an alert, a bulletin) to one webhook as JSON with its idempotency key, and says what came of
 * it: accepted (2xx), refused for good (a 4xx other than timeout or rate limit: sending it again cannot help), or to be tried again
 * (5xx, 408, 425, 429, no answer).
 */
final class WebhookClient {

  private static final Logger log = LoggerFactory.getLogger(WebhookClient.class);
  private static final Set<Integer> TRY_AGAIN = Set.of(408, 425, 429);

  enum Outcome { ACCEPTED, REFUSED, TRY_AGAIN }

  /** What a webhook receives of one record. */
  record Outbound(String json, String idempotencyKey) {
  }

  private final HttpClient http;
  private final Duration requestTimeout;

  WebhookClient(Duration requestTimeout) {
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    this.requestTimeout = requestTimeout;
  }

  Outcome post(URI webhook, Outbound record) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(webhook)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", record.idempotencyKey())
        .header("User-Agent", "reporting-notifier")
        .POST(HttpRequest.BodyPublishers.ofString(record.json(), StandardCharsets.UTF_8))
        .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return Outcome.ACCEPTED;
      }
      if (status / 100 == 4 && !TRY_AGAIN.contains(status)) {
        log.error("{} refused {} with HTTP {}; it is not sent there again", webhook,
            record.idempotencyKey(), status);
        return Outcome.REFUSED;
      }
      log.warn("{} answered HTTP {} to {}; trying again later", webhook, status, record.idempotencyKey());
    } catch (IOException e) {
      log.warn("{} did not take {} ({}); trying again later", webhook, record.idempotencyKey(),
          e.toString());
    }
    return Outcome.TRY_AGAIN;
  }
}
