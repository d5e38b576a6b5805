package org.industrialreporting.streams.state;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The encoding of the streams application's internal state and internal topics: protobuf's wire format, written
 * and read by hand with protobuf's own coded streams. Every value is a record of numbered fields; a nested record is
 * a group (a start and an end tag, no length, so records are written in one pass). Integers are zig-zag varints, so
 * small and zero figures take a byte; fields that hold zero or nothing are left out.
 *
 * <p>Fields are known by number, never by position: a layout gains a field by taking a new number, and records
 * written before read as if the field were zero or absent. Each top-level record starts with its layout version;
 * a version or field number this code does not know is an error that names it, never skipped silently (state
 * written by a newer version of the application must not be half read by an older one).
 */
public final class Wire {

  /** Field 1 of every top-level record: its layout version. */
  public static final int LAYOUT = 1;

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

  private Wire() {
  }

  /** Writes one record. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Encodes a record, growing the buffer until it fits. */
  public static byte[] encode(Body body) {
    byte[] scratch = SCRATCH.get();
    while (true) {
      CodedOutputStream coded = CodedOutputStream.newInstance(scratch);
      try {
        body.writeTo(new Writer(coded));
        return Arrays.copyOf(scratch, coded.getTotalBytesWritten());
      } catch (CodedOutputStream.OutOfSpaceException e) {
        scratch = new byte[scratch.length * 2];
        SCRATCH.set(scratch);
      } catch (IOException e) {
        throw new SerializationException("Cannot encode a record: " + e.getMessage(), e);
      }
    }
  }

  /** Starts reading a record. */
  public static Reader read(byte[] data) {
    return new Reader(CodedInputStream.newInstance(data));
  }

  /** Writes fields; zero and null values are left out, as readers take an absent field for zero or null. */
  public static final class Writer {
    private final CodedOutputStream out;

    private Writer(CodedOutputStream out) {
      this.out = out;
    }

    public Writer int64(int field, long value) throws IOException {
      if (value != 0) {
        out.writeSInt64(field, value);
      }
      return this;
    }

    /** A value that may be null; zero is written, so that it reads back as zero rather than null. */
    public Writer optionalInt64(int field, Long value) throws IOException {
      if (value != null) {
        out.writeSInt64(field, value);
      }
      return this;
    }

    public Writer bool(int field, boolean value) throws IOException {
      if (value) {
        out.writeBool(field, true);
      }
      return this;
    }

    public Writer string(int field, String value) throws IOException {
      if (value != null) {
        out.writeString(field, value);
      }
      return this;
    }

    public Writer startGroup(int field) throws IOException {
      out.writeTag(field, WireFormat.WIRETYPE_START_GROUP);
      return this;
    }

    public Writer endGroup(int field) throws IOException {
      out.writeTag(field, WireFormat.WIRETYPE_END_GROUP);
      return this;
    }
  }

  /**
   * Reads the fields of one record or group in order: {@link #next()} gives each field's number, then one of the
   * value methods reads it.
   */
  public static final class Reader {
    private final CodedInputStream in;
    private int tag;

    private Reader(CodedInputStream in) {
      this.in = in;
    }

    /** The number of the next field, or 0 at the end of the record or of the group being read. */
    public int next() throws IOException {
      tag = in.readTag();
      if (tag == 0 || WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_END_GROUP) {
        return 0;
      }
      return WireFormat.getTagFieldNumber(tag);
    }

    public long int64() throws IOException {
      return in.readSInt64();
    }

    public int int32() throws IOException {
      return Math.toIntExact(in.readSInt64());
    }

    public boolean bool() throws IOException {
      return in.readBool();
    }

    public String string() throws IOException {
      return in.readString();
    }

    /** Checks that the field just read is a group; its fields follow, up to {@link #next()} returning 0. */
    public void group() {
      if (WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_START_GROUP) {
        throw new SerializationException("Field " + WireFormat.getTagFieldNumber(tag) + " is not a group");
      }
    }

    /** The layout version in field 1, checked against the newest this code reads. */
    public int layout(String what, int newest) throws IOException {
      if (next() != LAYOUT) {
        throw new SerializationException(what + " has no layout version: not a record of this application");
      }
      int version = int32();
      if (version < 1 || version > newest) {
        throw new SerializationException(what + " has layout version " + version + "; this version of the"
            + " application reads up to " + newest + ". It was written by a newer version: upgrade every instance"
            + " (or reset the application, see the operations guide)");
      }
      return version;
    }

    /** Refuses a field this code does not know. */
    public SerializationException unknown(String what) {
      return new SerializationException(what + " has field " + WireFormat.getTagFieldNumber(tag)
          + ", unknown to this version of the application: it was written by a newer version. Upgrade every"
          + " instance (or reset the application, see the operations guide)");
    }
  }
}
