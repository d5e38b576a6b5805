package org.industrialreporting.producers.submission;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.industrialreporting.domain.files.FileFormatException;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.files.RowFiles;
import org.industrialreporting.domain.files.RowReader;
import org.industrialreporting.domain.validation.RawRow;

/**
 * Files through a {@link Submission}, for the {@code submit} and {@code register} commands: each file is read as
 * it streams (any size), every row validated and sent, and the file's result counted once every record of it is
 * acknowledged. A file of a kind the command does not take, or whose header is wrong, is refused whole.
 */
public final class FileSubmitter {

  private static final int PROGRESS_EVERY_ROWS = 1_000;

  /** Hears of each row and of the progress through a file. */
  public interface Listener {
    void row(RowResult result);

    /** Called every thousand rows or so; {@code size} is the file's size in bytes. */
    void progress(String file, long rows, long bytesRead, long size);
  }

  /**
   * What became of one file.
   *
   * @param kind what the file holds; null when it was refused before its kind was known
   * @param refusal why the whole file was refused, or null
   */
  public record FileSummary(String name, FileKind kind, long read, long accepted, long rejected, Duration elapsed,
      String refusal) {

    public boolean refused() {
      return refusal != null;
    }
  }

  private final Submission submission;
  private final Set<FileKind> kinds;
  private final String source;
  private final Duration ackTimeout;

  /**
   * @param kinds the kinds of file taken; others are refused whole
   * @param source the entry point recorded in each row's origin, e.g. {@code submit}
   * @param ackTimeout how long to wait for a file's records to be acknowledged
   */
  public FileSubmitter(Submission submission, Set<FileKind> kinds, String source, Duration ackTimeout) {
    this.submission = submission;
    this.kinds = Set.copyOf(kinds);
    this.source = source;
    this.ackTimeout = ackTimeout;
  }

  /**
   * Submits one file.
   *
   * @param name the name rows' origins give (the file's own name unless the caller chose another)
   * @throws IOException when the file cannot be read
   * @throws org.industrialreporting.producers.publish.PublishException when records cannot be published
   */
  public FileSummary submit(Path file, String name, Listener listener) throws IOException {
    long started = System.nanoTime();
    long size = Files.size(file);
    try (CountingStream in = new CountingStream(Files.newInputStream(file));
        RowReader rows = RowFiles.open(in, name, source)) {
      if (!kinds.contains(rows.kind())) {
        return refused(name, rows.kind(), started, name + " is " + rows.kind().withArticle() + ", which this"
            + " command does not take (it takes: " + kinds.stream().map(FileKind::description).sorted()
            .collect(Collectors.joining(", ")) + ")");
      }
      if (rows.kind() == FileKind.PARKS) {
        submission.prepareParkLoad(readAll(file, name));
      }
      long read = 0;
      long accepted = 0;
      while (rows.hasNext()) {
        RowResult result = submission.submit(rows.kind(), rows.next());
        read++;
        accepted += result.accepted() ? 1 : 0;
        listener.row(result);
        if (read % PROGRESS_EVERY_ROWS == 0) {
          listener.progress(name, read, in.count, size);
        }
      }
      listener.progress(name, read, size, size);
      submission.sink().awaitAcknowledged(ackTimeout);
      return new FileSummary(name, rows.kind(), read, accepted, read - accepted, elapsed(started), null);
    } catch (FileFormatException e) {
      return refused(name, null, started, e.getMessage());
    }
  }

  /** The rows of a park file for telling its parents apart; park files are small. */
  private List<RawRow> readAll(Path file, String name) throws IOException {
    List<RawRow> all = new ArrayList<>();
    try (RowReader rows = RowFiles.open(Files.newInputStream(file), name, source)) {
      rows.forEachRemaining(all::add);
    }
    return all;
  }

  private static FileSummary refused(String name, FileKind kind, long started, String reason) {
    return new FileSummary(name, kind, 0, 0, 0, elapsed(started), reason);
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Counts the bytes read, for the progress through a file. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }
}
