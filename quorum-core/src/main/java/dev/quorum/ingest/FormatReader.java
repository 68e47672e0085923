package dev.quorum.ingest;

import java.io.IOException;

/** Reads one opened input of a given format, sending documents and skips to the sink. */
interface FormatReader {

  /**
   * Reads {@code in} to its end. Problems with single records are reported to the sink and reading
   * goes on; an exception means the rest of the input could not be read, and the caller reports it.
   */
  void read(Input in, DocumentSink sink) throws IOException;
}
