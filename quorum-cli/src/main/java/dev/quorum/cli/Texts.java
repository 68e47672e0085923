package dev.quorum.cli;

/** Small text helpers for terminal output. */
final class Texts {

  private Texts() {}

  /** {@code s} on one line, whitespace collapsed, cut to {@code max} characters with an ellipsis. */
  static String oneLine(String s, int max) {
    String flat = s.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
  }
}
