package dev.quorum.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n}) without ever holding more than one
 * line, and drops the content of lines longer than a limit while still counting them.
 */
final class LineReader {

  /**
   * One line: its 1-based number, its bytes without the line end (null when oversize), and whether
   * a line end closed it (false only for a last line cut off by the end of the stream).
   */
  record Line(long number, byte[] bytes, long length, boolean terminated) {
    boolean oversize() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long max;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  LineReader(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    byte[] line = new byte[128];
    int used = 0;
    long length = 0;
    boolean over = false;
    boolean ended = false;
    while (!ended) {
      if (pos >= limit && !fill()) {
        break;
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (pos < limit) {
        pos++;
        ended = true;
      }
      length += n;
      if (!over && length > max) {
        over = true;
        line = null;
      }
      if (!over && n > 0) {
        if (used + n > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, used + n));
        }
        System.arraycopy(buf, start, line, used, n);
        used += n;
      }
    }
    if (!ended && length == 0) {
      return null;
    }
    number++;
    if (over) {
      return new Line(number, null, length, ended);
    }
    if (used > 0 && line[used - 1] == '\r') {
      used--;
    }
    return new Line(number, Arrays.copyOf(line, used), length, ended);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
