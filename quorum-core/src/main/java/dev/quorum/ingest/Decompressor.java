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
 * Errors of the gzip layer are rethrown as {@link GzipFailure} so readers can tell a broken file
 * from a bad record.
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

  /** The decompressed content of {@code raw} when gzipped, else {@code raw} itself; buffered. */
  static BufferedInputStream open(BufferedInputStream raw) throws IOException {
    if (!isGzip(raw)) {
      return raw;
    }
    GZIPInputStream gz;
    try {
      gz = new GZIPInputStream(new AlwaysAvailable(raw), BUFFER);
    } catch (IOException e) {
      throw new GzipFailure("corrupt gzip header: " + message(e), e);
    }
    return new BufferedInputStream(new Guarded(gz), BUFFER);
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

  /** Turns the gzip layer's IOExceptions into GzipFailure and counts the bytes it delivered. */
  private static final class Guarded extends FilterInputStream {
    private long delivered;

    Guarded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        int c = in.read();
        if (c >= 0) {
          delivered++;
        }
        return c;
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        int n = in.read(b, off, len);
        if (n > 0) {
          delivered += n;
        }
        return n;
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        long s = in.skip(n);
        delivered += Math.max(0, s);
        return s;
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return in.available();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private GzipFailure failure(IOException e) {
      String kind = e instanceof EOFException ? "truncated gzip" : "corrupt gzip";
      return new GzipFailure(
          kind + " after " + delivered + " decompressed bytes: " + message(e), e);
    }
  }
}
