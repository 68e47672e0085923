package dev.quorum.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a one-document input into memory, but never more than the size limit plus one byte. */
final class Bounded {

  private Bounded() {}

  /** The bytes of {@code in}, or null when it holds more than {@code max} bytes. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
