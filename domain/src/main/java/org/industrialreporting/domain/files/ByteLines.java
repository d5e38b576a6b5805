package org.industrialreporting.domain.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Physical lines of a byte stream, each with its line ending, counted from 1; streams any file size. */
final class ByteLines implements Closeable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line including its {@code \n} or {@code \r\n} (none on a last line without one), or null at the end. */
  byte[] next() throws IOException {
    byte[] line = new byte[128];
    int length = 0;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      boolean endOfLine = position < limit;
      if (endOfLine) {
        position++;
      }
      int chunk = position - start;
      if (length + chunk > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
      }
      System.arraycopy(buffer, start, line, length, chunk);
      length += chunk;
      if (endOfLine) {
        break;
      }
    }
    if (length == 0) {
      return null;
    }
    lineNumber++;
    byte[] result = Arrays.copyOf(line, length);
    return lineNumber == 1 && startsWithBom(result) ? Arrays.copyOfRange(result, BOM.length, length) : result;
  }

  /** The number of the line {@link #next} returned last. */
  long lineNumber() {
    return lineNumber;
  }

  /** The line without its line ending. */
  static byte[] content(byte[] line) {
    int end = line.length;
    if (end > 0 && line[end - 1] == '\n') {
      end--;
      if (end > 0 && line[end - 1] == '\r') {
        end--;
      }
    }
    return end == line.length ? line : Arrays.copyOf(line, end);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private static boolean startsWithBom(byte[] line) {
    return line.length >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
