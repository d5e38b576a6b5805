package org.industrialreporting.domain.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.industrialreporting.domain.validation.RawRow;

/** Iteration over the rows a subclass cuts from the lines of a file. */
abstract class LineRowReader implements RowReader {

  final ByteLines lines;
  final String fileName;
  final String source;
  private final FileKind kind;
  private RawRow next;

  LineRowReader(ByteLines lines, String fileName, String source, FileKind kind) {
    this.lines = lines;
    this.fileName = fileName;
    this.source = source;
    this.kind = kind;
  }

  /** The next row, skipping blank lines, or null at the end of the file. */
  abstract RawRow readRow() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null) {
      try {
        next = readRow();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
      }
    }
    return next != null;
  }

  @Override
  public final RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = next;
    next = null;
    return row;
  }

  @Override
  public final FileKind kind() {
    return kind;
  }

  @Override
  public final void close() throws IOException {
    lines.close();
  }
}
