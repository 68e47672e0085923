package dev.quorum.clean;

import java.util.Objects;

/**
 * One block of a document in reading order (a paragraph, heading, list item or line) as the
 * extractor saw it, before text cleaning.
 *
 * @param text the block's text, whitespace not yet normalized
 * @param kind what sort of block it is
 * @param removal null for main content; otherwise why the extractor left it out
 *     ("navigation", "footer", "low text density", ...), recorded as a removed piece
 */
public record Block(String text, Kind kind, String removal) {

  /** The structural role of a block. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    CAPTION,
    OTHER
  }

  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public static Block paragraph(String text) {
    return new Block(text, Kind.PARAGRAPH, null);
  }

  public boolean kept() {
    return removal == null;
  }
}
