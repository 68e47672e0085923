package dev.quorum.copies;

/** How one article copies another. */
public enum CopyKind {
  /** The same text after normalization. */
  DUPLICATE("duplicate", "duplicates"),
  /** The same text with edits: trimmed or extended, re-headlined, debris inserted, words changed. */
  NEAR_DUPLICATE("near-duplicate", "copies"),
  /** The same article reworded sentence by sentence. */
  REWRITE("rewrite", "rewrites");

  private final String label;
  private final String verb;

  CopyKind(String label, String verb) {
    this.label = label;
    this.verb = verb;
  }

  /** The name used in output: {@code duplicate}, {@code near-duplicate}, {@code rewrite}. */
  public String label() {
    return label;
  }

  /** The verb for "A {verb} B". */
  public String verb() {
    return verb;
  }
}
