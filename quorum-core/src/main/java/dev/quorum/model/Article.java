package dev.quorum.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned, normalized, analysed news article: the unit every later stage works on.
 *
 * <p>All spans are half-open offsets into {@link #text()}; construction checks that they fit, that
 * paragraphs and sentences are in order and do not overlap, so a fact that points at a span always
 * points at real text.
 *
 * @param id stable id (file name without extensions, DOCNO, JSON id, WARC record id)
 * @param source where the article was read from
 * @param metadata title, url, outlet, byline, publication date, dateline
 * @param language ISO 639-3 code of the text's language, {@code und} when it cannot be told
 * @param text the cleaned text, paragraphs separated by a blank line
 * @param paragraphs the paragraphs of {@code text}
 * @param sentences the sentences of {@code text}, each inside one paragraph
 * @param removed what cleaning took out, each with its reason
 */
public record Article(
    String id,
    Source source,
    Metadata metadata,
    String language,
    String text,
    List<Span> paragraphs,
    List<Sentence> sentences,
    List<Removed> removed) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    language = language == null ? "und" : language;
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
    int n = text.length();
    checkOrdered(paragraphs, n, "paragraph");
    int last = 0;
    for (Sentence s : sentences) {
      s.span().checkWithin(n);
      if (s.span().start() < last) {
        throw new IllegalArgumentException("sentence " + s.span() + " overlaps the one before it");
      }
      last = s.span().end();
    }
    for (Removed r : removed) {
      if (r.offset() > n) {
        throw new IllegalArgumentException(
            "removed piece at " + r.offset() + " lies beyond a text of " + n + " characters");
      }
    }
  }

  private static void checkOrdered(List<Span> spans, int length, String what) {
    int last = 0;
    for (Span s : spans) {
      s.checkWithin(length);
      if (s.start() < last) {
        throw new IllegalArgumentException(what + " " + s + " overlaps the one before it");
      }
      last = s.end();
    }
  }

  /** The text of one sentence. */
  public String sentenceText(int index) {
    return sentences.get(index).span().of(text);
  }

  /** The article's title, or its id when it has none. */
  public String displayTitle() {
    String t = metadata.title();
    return t == null || t.isBlank() ? id : t;
  }
}
