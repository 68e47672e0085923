package dev.quorum.ingest;

import java.io.IOException;

/** A gzip stream that broke off (truncated) or is corrupt, as opposed to a bad record inside it. */
final class GzipFailure extends IOException {

  private static final long serialVersionUID = 1L;

  GzipFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** The gzip failure in {@code t}'s cause chain, or null when the problem was something else. */
  static GzipFailure in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof GzipFailure g) {
        return g;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
