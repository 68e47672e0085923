package dev.quorum.cli;

/** Small text helpers for terminal output. */
final class Texts {

  private Texts() {}

  /** {@code s} on one line, whitespace collapsed, cut to {@code max} characters with an ellipsis. */
  static String oneLine(String s, int max) {
    String flat = s.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
  }

  /** A number as people write it: no exponent, no trailing zeros ("1600", "0.2", "4e8" as 400000000). */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }
}
