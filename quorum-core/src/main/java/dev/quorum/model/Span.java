package dev.quorum.model;

/**
 * A half-open character range {@code [start, end)} into an article's cleaned text.
 *
 * <p>Like OpenNLP's {@code Span}, it rejects impossible offsets on construction, so every fact that
 * carries a span can always be traced back to the characters it came from.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("span start " + start + " is negative");
    }
    if (end < start) {
      throw new IllegalArgumentException("span end " + end + " is before its start " + start);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Throws unless this span fits into a text of {@code length} characters. */
  public Span checkWithin(int length) {
    if (end > length) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") ends beyond a text of " + length + " characters");
    }
    return this;
  }

  /** The characters of {@code text} this span covers. */
  public String of(CharSequence text) {
    checkWithin(text.length());
    return text.subSequence(start, end).toString();
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
