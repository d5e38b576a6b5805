package org.industrialreporting.domain.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * JSON lines: one flat JSON object per line, with the field names (or aliases) of the CSV header. Values may be
 * strings or numbers; a number keeps its literal text, so it is parsed as exactly as a CSV cell. A null value is
 * an absent field. The first object tells the file's kind; keys of other kinds are unknown fields of its rows.
 */
final class JsonLinesRowReader extends LineRowReader {

  private static final JsonFactory JSON = new JsonFactory();

  private byte[] first;
  private final long firstLineNumber;

  private JsonLinesRowReader(ByteLines lines, String fileName, String source, FileKind kind, byte[] first,
      long firstLineNumber) {
    super(lines, fileName, source, kind);
    this.first = first;
    this.firstLineNumber = firstLineNumber;
  }

  /** Reads the first object to tell the file's kind. */
  static JsonLinesRowReader open(ByteLines lines, String fileName, String source) throws IOException {
    byte[] line;
    do {
      line = lines.next();
    } while (line != null && isBlank(line));
    if (line == null) {
      throw new FileFormatException(fileName + " has no JSON object");
    }
    byte[] raw = ByteLines.content(line);
    List<String> keys = new ArrayList<>();
    try {
      parse(raw, (key, value) -> keys.add(key));
    } catch (IOException | IllegalArgumentException e) {
      throw new FileFormatException(fileName + " line " + lines.lineNumber() + " is not a flat JSON object: "
          + e.getMessage());
    }
    FileKind kind = FieldNames.detectKind(keys).orElseThrow(() -> new FileFormatException(fileName
        + " line " + lines.lineNumber() + ": cannot tell the kind of records from the keys " + keys
        + "; an enterprise report has credit_code and period, a park report park_id and period"));
    return new JsonLinesRowReader(lines, fileName, source, kind, raw, lines.lineNumber());
  }

  @Override
  RawRow readRow() throws IOException {
    if (first != null) {
      RawRow row = row(first, firstLineNumber);
      first = null;
      return row;
    }
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      if (!isBlank(line)) {
        return row(ByteLines.content(line), lines.lineNumber());
      }
    }
    return null;
  }

  private RawRow row(byte[] raw, long lineNumber) {
    return object(Origin.fileRow(source, fileName, lineNumber, RawFormat.JSON, raw, null), kind());
  }

  /** The row of one flat JSON object (the origin's raw bytes, which may span lines) with the kind's field names. */
  static RawRow object(Origin origin, FileKind kind) {
    byte[] raw = origin.raw();
    Map<String, String> fields = new HashMap<>();
    Reasons problems = new Reasons();
    try {
      parse(raw, (key, value) -> {
        Column column = FieldNames.resolve(key, kind, problems);
        if (column != null && value != null && fields.putIfAbsent(column.name(), value) != null) {
          problems.add(column.name(), ReasonCode.DUPLICATE_FIELD, "field " + column.name() + " is given twice");
        }
      });
    } catch (IOException | IllegalArgumentException e) {
      String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      return RawRow.unreadable(origin, new Reason(null, ReasonCode.MALFORMED_ROW,
          "the record is not a flat JSON object: " + detail));
    }
    return new RawRow(origin, fields, problems.list(), true);
  }

  /** Calls back with each key and value text (null for a JSON null) of a flat object. */
  private static void parse(byte[] raw, BiConsumer<String, String> field) throws IOException {
    try (JsonParser parser = JSON.createParser(raw)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("it does not start with '{'");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          throw new IllegalArgumentException("the value of '" + key + "' is not a plain string or number");
        }
        field.accept(key, value == JsonToken.VALUE_NULL ? null : parser.getText());
      }
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("there is more after the object's closing '}'");
      }
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  @Override
  public RawFormat format() {
    return RawFormat.JSON;
  }

  @Override
  public Optional<String> header() {
    return Optional.empty();
  }
}
