package dev.quorum.pipeline;

/**
 * Counts of one run over a set of inputs: documents read, articles produced, and skips, split
 * into inputs skipped by ingestion and documents skipped by processing.
 */
public record RunSummary(long documents, long articles, long skippedInputs, long skippedDocuments) {

  public long skipped() {
    return skippedInputs + skippedDocuments;
  }

  @Override
  public String toString() {
    return articles + " article" + (articles == 1 ? "" : "s") + " processed, " + skipped()
        + " skipped";
  }
}
