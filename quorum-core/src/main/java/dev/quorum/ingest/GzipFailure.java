package dev.quorum.ingest;

import java.io.IOException;

/** A gzip stream that broke off (truncated) or is corrupt, as opposed to a bad record inside it. */
final class GzipFailure extends IOException {

  private static final long serialVersionUID = 1L;

  GzipFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
