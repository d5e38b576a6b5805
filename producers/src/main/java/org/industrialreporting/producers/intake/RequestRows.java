package org.industrialreporting.producers.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.files.FileFormatException;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.files.RowFiles;
import org.industrialreporting.domain.files.RowReader;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.http.ContentType;

/**
 * The rows of a request body, by its content type: {@code application/json} (one object, or an array of objects),
 * JSON lines ({@code application/x-ndjson}), CSV ({@code text/csv}), or an uploaded file (CSV or JSON lines). Each
 * row keeps its exact bytes; JSON rows are named {@code REQUEST_ID#N}, line-based ones {@code REQUEST_ID:LINE}.
 *
 * @param kind what the rows are, told by their field names or header
 * @param rows the rows in the order of the body
 */
record RequestRows(FileKind kind, List<RawRow> rows) {

  static final String SOURCE = "intake";
  static final Set<String> JSON = Set.of("application/json");
  static final Set<String> LINES = Set.of("text/csv", "application/csv", "application/x-ndjson", "application/jsonl",
      "application/x-jsonlines", "application/json-lines");
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  /** The media type without parameters, lower case; 415 without one, or with a charset other than UTF-8. */
  static String mediaType(String header) {
    ContentType contentType = ContentType.parse(header);
    contentType.charset().filter(charset -> !charset.equalsIgnoreCase("utf-8")).ifPresent(charset -> {
      throw new IntakeException(415, "Only UTF-8 is accepted, not charset '" + charset + "'");
    });
    return contentType.mediaType().orElseThrow(() -> new IntakeException(415, "The request has no media type in its"
        + " Content-Type; send application/json, application/x-ndjson, text/csv or multipart/form-data"));
  }

  /** The rows of a body of the given media type ({@link #JSON} or {@link #LINES}). */
  static RequestRows of(String mediaType, byte[] body, String requestId, int maxRows) {
    if (JSON.contains(mediaType)) {
      return json(body, requestId, maxRows);
    }
    if (LINES.contains(mediaType)) {
      return file(body, requestId, maxRows);
    }
    throw new IntakeException(415, "Content-Type " + mediaType + " is not accepted; send application/json,"
        + " application/x-ndjson, text/csv or multipart/form-data with a file part");
  }

  /** The rows of an uploaded CSV or JSON lines file, told apart by its first character. */
  static RequestRows file(byte[] body, String requestId, int maxRows) {
    try (RowReader reader = RowFiles.open(new ByteArrayInputStream(body), requestId, SOURCE)) {
      List<RawRow> rows = new ArrayList<>();
      while (reader.hasNext()) {
        rows.add(reader.next());
        checkCount(rows.size(), maxRows);
      }
      return nonEmpty(new RequestRows(reader.kind(), rows));
    } catch (FileFormatException e) {
      throw new IntakeException(400, e.getMessage());
    } catch (IOException e) {
      throw new IntakeException(400, "The body cannot be read: " + e.getMessage());
    }
  }

  /** One JSON object, or an array of them, each with its own bytes as the raw row. */
  private static RequestRows json(byte[] body, String requestId, int maxRows) {
    List<byte[]> objects = new ArrayList<>();
    try (JsonParser parser = JSON_FACTORY.createParser(body)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        objects.add(slice(body, parser));
      } else if (token == JsonToken.START_ARRAY) {
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          if (token != JsonToken.START_OBJECT) {
            throw new IntakeException(400, "Element " + (objects.size() + 1) + " of the JSON array is not an object");
          }
          objects.add(slice(body, parser));
          checkCount(objects.size(), maxRows);
        }
      } else {
        throw new IntakeException(400, "The JSON body is neither an object nor an array of objects");
      }
      if (parser.nextToken() != null) {
        throw new IntakeException(400, "There is more after the JSON value at byte "
            + parser.currentTokenLocation().getByteOffset());
      }
    } catch (JsonProcessingException e) {
      throw new IntakeException(400, "The body is not valid JSON: " + e.getOriginalMessage() + " at byte "
          + e.getLocation().getByteOffset());
    } catch (IOException e) {
      throw new IntakeException(400, "The body cannot be read: " + e.getMessage());
    }
    if (objects.isEmpty()) {
      throw new IntakeException(400, "The JSON array is empty; send at least one report");
    }
    FileKind kind = kindOf(objects.get(0));
    List<RawRow> rows = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      Origin origin = Origin.request(SOURCE, requestId + "#" + (i + 1), RawFormat.JSON, objects.get(i));
      rows.add(RowFiles.jsonObject(origin, kind));
    }
    return new RequestRows(kind, rows);
  }

  /** The bytes of the object whose start the parser is at, leaving the parser at its end. */
  private static byte[] slice(byte[] body, JsonParser parser) throws IOException {
    int start = (int) parser.currentTokenLocation().getByteOffset();
    parser.skipChildren();
    int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
    return Arrays.copyOfRange(body, start, end);
  }

  private static FileKind kindOf(byte[] object) {
    List<String> keys = new ArrayList<>();
    try (JsonParser parser = JSON_FACTORY.createParser(object)) {
      parser.nextToken();
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        keys.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException e) {
      throw new IntakeException(400, "The first JSON object cannot be read: " + e.getMessage());
    }
    return RowFiles.kindOf(keys).orElseThrow(() -> new IntakeException(400, "Cannot tell the kind of report from"
        + " the keys " + keys + " of the first object; an enterprise report has credit_code and period, a park"
        + " report park_id and period"));
  }

  private static void checkCount(int rows, int maxRows) {
    if (rows > maxRows) {
      throw new IntakeException(413, "The request has more than " + maxRows + " rows; send at most " + maxRows
          + " per request, or submit large files with 'reporting submit'");
    }
  }

  private static RequestRows nonEmpty(RequestRows rows) {
    if (rows.rows().isEmpty()) {
      throw new IntakeException(400, "The body has a header but no rows");
    }
    return rows;
  }
}
