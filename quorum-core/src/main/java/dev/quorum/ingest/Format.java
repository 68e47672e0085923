package dev.quorum.ingest;

/** The container formats ingestion reads; {@link #label()} is the {@code RawDocument.format}. */
enum Format {
  TEXT("text"),
  HTML("html"),
  JSON("json"),
  JSONL("jsonl"),
  WARC("warc"),
  SGML("sgml"),
  FEED("feed");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
