package dev.quorum.ingest;

/** Carries an exception thrown by the caller's sink past the per-input error handling. */
final class SinkFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SinkFailure(RuntimeException cause) {
    super(cause);
  }

  RuntimeException original() {
    return (RuntimeException) getCause();
  }
}
