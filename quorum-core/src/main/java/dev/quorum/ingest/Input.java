package dev.quorum.ingest;

import java.io.BufferedInputStream;

/**
 * One opened input handed to a format reader.
 *
 * @param path the path as reported in {@code Source} ({@code -} for standard input)
 * @param stem the id base derived from the file name ({@code stdin} for standard input)
 * @param stream the decompressed content, buffered
 * @param maxBytes the size limit per document or record
 * @param gzip the state of the gzip layer, if any: {@link #broken()} tells whether the stream ended
 *     early because the compressed data broke off
 */
record Input(
    String path, String stem, BufferedInputStream stream, long maxBytes, Decompressor.Status gzip) {

  /** True when the stream ended at a break of the gzip data rather than at the real end. */
  boolean broken() {
    return gzip != null && gzip.failure() != null;
  }
}
