package dev.quorum.model;

import java.util.Objects;

/**
 * One document as ingestion found it, before cleaning: a body of text or HTML and the metadata the
 * container gave (JSON fields, WARC headers, SGML tags, feed entries).
 *
 * @param id stable article id (see README: file name, DOCNO, JSON id, WARC record id)
 * @param source the input path and record position it came from
 * @param format the container format it was read from ("text", "html", "json", "jsonl", "warc",
 *     "sgml", "feed")
 * @param type whether {@code body} is plain text or HTML
 * @param body the document body, already decoded to a string
 * @param metadata what the container said about the document
 */
public record RawDocument(
    String id, Source source, String format, MediaType type, String body, Metadata metadata) {

  public RawDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank article id from " + source);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
