package org.industrialreporting.domain.files;

import java.io.IOException;

/** A file that cannot be read as an input file at all: its header, encoding or kind is wrong. */
public final class FileFormatException extends IOException {

  public FileFormatException(String message) {
    super(message);
  }
}
