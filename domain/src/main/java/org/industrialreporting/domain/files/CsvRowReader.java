package org.industrialreporting.domain.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;

/**
 * A CSV file with a header row (RFC 4180 quoting, comma-separated, UTF-8 with or without BOM). Records are cut
 * from the byte stream at line ends outside quotes, so each row keeps its exact bytes and first line number, and
 * a quoted value may span lines; Jackson's CSV parser splits each record into cells.
 */
final class CsvRowReader extends LineRowReader {

  private static final CsvFactory CSV = new CsvFactory();

  private final String header;
  private final List<Column> columns;

  private CsvRowReader(ByteLines lines, String fileName, String source, String header, List<Column> columns,
      FileKind kind) {
    super(lines, fileName, source, kind);
    this.header = header;
    this.columns = columns;
  }

  /** Reads the header, tells the file's kind and checks its columns; every header problem is in the exception. */
  static CsvRowReader open(ByteLines lines, String fileName, String source) throws IOException {
    byte[] first = lines.next();
    if (first == null) {
      throw new FileFormatException(fileName + " is empty; expected a header row");
    }
    String header = Utf8.decode(ByteLines.content(first));
    if (header == null) {
      throw new FileFormatException(fileName + " line 1 " + Utf8.NOT_UTF8);
    }
    List<String> cells;
    try {
      cells = split(header);
    } catch (JsonProcessingException e) {
      throw new FileFormatException(fileName + " line 1: the header cannot be split into cells: "
          + e.getOriginalMessage());
    }
    Reasons problems = new Reasons();
    FileKind kind = FieldNames.detectKind(cells).orElseThrow(() -> new FileFormatException(fileName
        + " line 1: cannot tell the kind of file from the header '" + header + "'; an enterprise report has"
        + " credit_code and period, a park report park_id and period, a registry file credit_code, park_id or"
        + " scope_type"));
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      Column column = FieldNames.resolve(cells.get(i), kind, problems);
      columns.add(column);
      if (column != null && seen.putIfAbsent(column.name(), i + 1) != null) {
        problems.add(column.name(), ReasonCode.DUPLICATE_FIELD, "columns " + seen.get(column.name()) + " and "
            + (i + 1) + " are both " + column.name());
      }
    }
    kind.columns().stream().filter(c -> c.required() && !seen.containsKey(c.name())).forEach(c -> problems.add(
        c.name(), ReasonCode.MISSING, "column " + c.name() + " (" + String.join("/", c.aliases()) + ") is missing"));
    if (!problems.isEmpty()) {
      throw new FileFormatException(fileName + " line 1: the header of this " + kind.description() + " has "
          + (problems.count() == 1 ? "a problem: " : problems.count() + " problems: ")
          + String.join("; ", problems.list().stream().map(Reason::message).toList()));
    }
    return new CsvRowReader(lines, fileName, source, header, columns, kind);
  }

  @Override
  RawRow readRow() throws IOException {
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      RawRow row = row(line);
      if (row != null) {
        return row;
      }
    }
    return null;
  }

  /** The row starting with this line, or null when it is blank. */
  private RawRow row(byte[] firstLine) throws IOException {
    long lineNumber = lines.lineNumber();
    ByteArrayOutputStream record = new ByteArrayOutputStream(firstLine.length);
    record.writeBytes(firstLine);
    boolean inQuotes = oddQuotes(firstLine);
    while (inQuotes) {
      byte[] line = lines.next();
      if (line == null) {
        break;
      }
      record.writeBytes(line);
      inQuotes ^= oddQuotes(line);
    }
    byte[] raw = ByteLines.content(record.toByteArray());
    Origin origin = Origin.fileRow(source, fileName, lineNumber, RawFormat.CSV_ROW, raw, header);
    if (inQuotes) {
      return unreadable(origin, "has a quoted value that is never closed (a '\"' is missing)");
    }
    String text = Utf8.decode(raw);
    if (text == null) {
      return unreadable(origin, Utf8.NOT_UTF8);
    }
    List<String> cells;
    try {
      cells = split(text);
    } catch (JsonProcessingException e) {
      return unreadable(origin, "cannot be split into cells: " + e.getOriginalMessage());
    }
    if (cells.stream().allMatch(String::isBlank)) {
      return null;
    }
    boolean extraCellsBlank = cells.subList(Math.min(columns.size(), cells.size()), cells.size()).stream()
        .allMatch(String::isBlank); // spreadsheets append empty cells; they carry nothing
    if (cells.size() < columns.size() || !extraCellsBlank) {
      return unreadable(origin, "has " + cells.size() + " cells but the header has " + columns.size()
          + " columns; quote a value that contains a comma, and write numbers without thousands separators");
    }
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.put(columns.get(i).name(), cells.get(i));
    }
    return RawRow.of(origin, fields);
  }

  private static RawRow unreadable(Origin origin, String problem) {
    return RawRow.unreadable(origin, new Reason(null, ReasonCode.MALFORMED_ROW, "the row " + problem));
  }

  private static boolean oddQuotes(byte[] line) {
    int quotes = 0;
    for (byte b : line) {
      if (b == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /** The cells of one record's text. */
  private static List<String> split(String record) throws IOException {
    List<String> cells = new ArrayList<>();
    try (JsonParser parser = CSV.createParser(record)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          cells.add(parser.getText());
        }
      }
    }
    return cells;
  }

  @Override
  public RawFormat format() {
    return RawFormat.CSV_ROW;
  }

  @Override
  public Optional<String> header() {
    return Optional.of(header);
  }
}
