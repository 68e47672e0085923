package dev.quorum.clean;

import dev.quorum.model.Metadata;
import dev.quorum.model.Removed;
import dev.quorum.model.Span;
import java.util.List;

/**
 * The result of text cleaning: normalized text with paragraphs separated by blank lines, the
 * paragraph spans, every removed piece with its reason, and metadata moved out of the text (title,
 * byline, dateline, outlet lines).
 */
public record Cleaned(String text, List<Span> paragraphs, List<Removed> removed, Metadata metadata) {

  public Cleaned {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    for (Span p : paragraphs) {
      p.checkWithin(text.length());
    }
    for (Removed r : removed) {
      if (r.offset() > text.length()) {
        throw new IllegalArgumentException("removed piece beyond the cleaned text");
      }
    }
  }
}
