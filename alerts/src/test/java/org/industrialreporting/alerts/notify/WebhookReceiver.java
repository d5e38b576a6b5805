package org.industrialreporting.alerts.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook on a free local port that refuses its first requests with 503, then takes them and keeps them. */
final class WebhookReceiver implements AutoCloseable {

  /** A request the receiver took: its idempotency key and JSON body. */
  record Delivery(String idempotencyKey, String body) {
  }

  private final HttpServer server;
  private final AtomicInteger failuresLeft;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Delivery> accepted = new ArrayList<>();

  WebhookReceiver(int failFirst) throws IOException {
    failuresLeft = new AtomicInteger(failFirst);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/alerts", exchange -> {
      requests.incrementAndGet();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
      if (status == 200) {
        synchronized (accepted) {
          accepted.add(new Delivery(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
        }
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts");
  }

  List<Delivery> accepted() {
    synchronized (accepted) {
      return List.copyOf(accepted);
    }
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
