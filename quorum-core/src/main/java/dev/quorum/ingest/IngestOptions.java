package dev.quorum.ingest;

/**
 * Settings of an {@link Ingestor} run.
 *
 * @param maxBytes the largest document or record, in decompressed bytes, that is read; a larger
 *     one-document file is skipped whole, a larger record of a multi-record file is skipped alone
 * @param includeHidden whether directory walks descend into hidden files and directories (names
 *     starting with a dot); when false they are passed over silently. A hidden file named
 *     explicitly as an input is always read.
 */
public record IngestOptions(long maxBytes, boolean includeHidden) {

  /** 32 MiB, the default limit per document or record. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  public IngestOptions {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }

  /** 32 MiB per document or record, hidden files passed over. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, false);
  }

  public IngestOptions withMaxBytes(long v) {
    return new IngestOptions(v, includeHidden);
  }

  public IngestOptions withIncludeHidden(boolean v) {
    return new IngestOptions(maxBytes, v);
  }
}
