package org.industrialreporting.domain.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;

/**
 * Opens input files: CSV with a header row, or JSON lines, told apart by the first character after an optional
 * BOM and whitespace ({@code {} starts JSON lines). The kind of file (report, park report, registry) is told by
 * its header, see {@link FileKind}.
 */
public final class RowFiles {

  private static final int SNIFF_BYTES = 4096;

  private RowFiles() {
  }

  /**
   * Opens a file for reading its rows.
   *
   * @param source the entry point reading it, recorded in each row's origin (e.g. {@code submit})
   * @throws FileFormatException when the file is empty, not UTF-8 in its header, or its header is wrong
   */
  public static RowReader open(Path file, String source) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return open(in, file.getFileName().toString(), source);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads rows from a stream, e.g. an uploaded file; closing the reader closes the stream.
   *
   * @param fileName the name rows' origins give, e.g. {@code upload.csv}
   */
  public static RowReader open(InputStream in, String fileName, String source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
    ByteLines lines = new ByteLines(buffered);
    return startsWithBrace(buffered) ? JsonLinesRowReader.open(lines, fileName, source)
        : CsvRowReader.open(lines, fileName, source);
  }

  /**
   * One JSON object, e.g. the body of an HTTP request, as a row of the given kind: the same field names,
   * aliases, value rules and problems as a line of a JSON lines file. Never throws for bad input: a body that is
   * no flat JSON object gives an unreadable row.
   *
   * @param origin where the object came from, with its raw bytes
   */
  public static RawRow jsonObject(Origin origin, FileKind kind) {
    return JsonLinesRowReader.object(origin, kind);
  }

  /**
   * The kind of record whose field names (a header's cells, or a JSON object's keys, with aliases) these are, by
   * the rules of {@link FileKind#detect}; empty when they identify none.
   */
  public static Optional<FileKind> kindOf(Collection<String> fieldNames) {
    return FieldNames.detectKind(fieldNames);
  }

  private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    try {
      int b;
      int read = 0;
      do {
        b = in.read();
        read++;
      } while (read < SNIFF_BYTES && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
          || b == 0xBF));
      return b == '{';
    } finally {
      in.reset();
    }
  }
}
