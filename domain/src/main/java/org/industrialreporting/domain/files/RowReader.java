package org.industrialreporting.domain.files;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Optional;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.RawRow;

/**
 * The rows of one input file, read as they are iterated (a file of any size streams). Each row carries its
 * 1-based line number, its raw bytes as in the file and its fields by canonical name; a row that cannot be split
 * into fields comes as an unreadable row with the reason, never as an exception. Blank lines, and rows whose
 * cells are all empty, are skipped. I/O failures while iterating are thrown as
 * {@link java.io.UncheckedIOException}.
 */
public interface RowReader extends Iterator<RawRow>, Closeable {

  /** What the file holds, told by its header (see {@link FileKind}). */
  FileKind kind();

  /** CSV rows or JSON lines. */
  RawFormat format();

  /** The header row as text (without BOM and line ending) of a CSV file; empty for JSON lines. */
  Optional<String> header();
}
