package dev.quorum.ingest;

import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;

/** Receives, in input order, every document ingestion reads and every input or record it skips. */
public interface DocumentSink {

  void accept(RawDocument document);

  void skip(Skip skip);
}
