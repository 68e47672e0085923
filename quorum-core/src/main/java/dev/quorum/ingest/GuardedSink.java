package dev.quorum.ingest;

import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;

/**
 * Wraps the caller's sink so that its own exceptions are not mistaken for bad input: they travel as
 * {@link SinkFailure} and are rethrown to the caller unchanged.
 */
final class GuardedSink implements DocumentSink {

  private final DocumentSink sink;
  private long accepted;
  private long skipped;

  GuardedSink(DocumentSink sink) {
    this.sink = sink;
  }

  @Override
  public void accept(RawDocument document) {
    accepted++;
    try {
      sink.accept(document);
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  @Override
  public void skip(Skip skip) {
    skipped++;
    try {
      sink.skip(skip);
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  /** How many documents and skips have been passed on so far. */
  long events() {
    return accepted + skipped;
  }

  /** How many documents have been accepted so far. */
  long accepted() {
    return accepted;
  }
}
