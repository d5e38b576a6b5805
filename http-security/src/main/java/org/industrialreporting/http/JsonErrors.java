package org.industrialreporting.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the server's routes (a malformed request line or
 * header, a URI or headers too long, a bad chunk): {@code {"status": 400, "error": "..."}} with Jetty's reason,
 * where Jetty would send an empty body or a page of HTML.
 */
public final class JsonErrors extends ErrorHandler {

  /** The reason of a 400 for a body that stops before its Content-Length (Jetty's EofException while reading). */
  public static final String BODY_ENDED_EARLY = "The request body ended before its Content-Length: the connection"
      + " closed while it was sent";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/json;charset=utf-8";

  /** Makes the server answer its own errors this way. */
  public static void install(JavalinConfig config) {
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
  }

  /** Jetty writes error pages for GET, POST and HEAD only; a reason is due whatever the method. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  private static byte[] body(int status, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an error as JSON", e);
    }
  }
}
