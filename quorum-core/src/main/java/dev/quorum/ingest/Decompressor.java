package dev.quorum.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Unwraps a gzip stream when its first bytes carry the gzip magic number, whatever the file name.
 *
 * <p>Concatenated gzip members (per-record gzipped WARC, {@code cat a.gz b.gz}) are read through:
 * the JDK's {@link GZIPInputStream} only looks for a further member when {@code available()} says
 * more bytes wait, which a pipe does not promise, so the raw stream is wrapped to always say so.
 *
 * <p>When the gzip layer breaks (truncated or corrupt data), the stream ends there as if the file
 * ended, and the failure is kept in a {@link Status}: readers thus get every byte that could be
 * decompressed, keep the records before the break, and the caller reports the break itself.
 */
final class Decompressor {

  static final int BUFFER = 1 << 16;

  private Decompressor() {}

  /** True when {@code in} (which must support mark) starts with the gzip magic bytes. */
  static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** What became of the gzip layer of one input: where and why it broke, if it did. */
  static final class Status {
    private GzipFailure failure;

    /** The break in the gzip data, or null while the data is whole. */
    GzipFailure failure() {
      return failure;
    }
  }

  /**
   * The decompressed content of {@code raw} when gzipped, else {@code raw} itself; buffered. A
   * break in the gzip data ends the stream and is recorded in {@code status}.
   */
  static BufferedInputStream open(BufferedInputStream raw, Status status) throws IOException {
    if (!isGzip(raw)) {
      return raw;
    }
    GZIPInputStream gz;
    try {
      gz = new GZIPInputStream(new AlwaysAvailable(raw), BUFFER);
    } catch (IOException e) {
      throw new GzipFailure("corrupt gzip header: " + message(e), e);
    }
    return new BufferedInputStream(new Guarded(gz, status), BUFFER);
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof EOFException) {
      return "unexpected end of file" + (m == null ? "" : " (" + m + ")");
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Claims more bytes are available so GZIPInputStream always tries the next member. */
  private static final class AlwaysAvailable extends FilterInputStream {
    AlwaysAvailable(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 1;
    }
  }

  /** Ends the stream at a break of the gzip layer, recording it, and counts the bytes delivered. */
  private static final class Guarded extends FilterInputStream {
    private final Status status;
    private long delivered;

    Guarded(InputStream in, Status status) {
      super(in);
      this.status = status;
    }

    @Override
    public int read() throws IOException {
      if (status.failure != null) {
        return -1;
      }
      try {
        int c = in.read();
        if (c >= 0) {
          delivered++;
        }
        return c;
      } catch (IOException e) {
        status.failure = failure(e);
        return -1;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (status.failure != null) {
        return -1;
      }
      try {
        int n = in.read(b, off, len);
        if (n > 0) {
          delivered += n;
        }
        return n;
      } catch (IOException e) {
        status.failure = failure(e);
        return -1;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] b = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      int r = read(b, 0, b.length);
      return Math.max(r, 0);
    }

    @Override
    public int available() throws IOException {
      if (status.failure != null) {
        return 0;
      }
      try {
        return in.available();
      } catch (IOException e) {
        status.failure = failure(e);
        return 0;
      }
    }

    private GzipFailure failure(IOException e) {
      String kind = e instanceof EOFException ? "truncated gzip" : "corrupt gzip";
      return new GzipFailure(
          kind + " after " + delivered + " decompressed bytes: " + message(e), e);
    }
  }
}
