package dev.quorum.extract.quotes;

import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text that stand inside quotation marks, in every common typographic
 * style: curly double (“…”), straight double ("…"), TeX (``…''), curly single (‘…’), guillemets
 * («…» and »…«) and low-high („…“).
 *
 * Two straight apostrophes in a row, as some archives write a double quotation mark, count as one
 * mark.
 *
 * <p>Why per paragraph: a quotation that runs over several paragraphs opens each of them and
 * closes only the last, so an opening mark left open at a paragraph's end closes there; {@link
 * Quoted#closed()} tells whether the closing mark was seen. Curly and straight single marks double
 * as apostrophes, so a single mark opens only before a letter after a non-letter and closes only
 * after a non-space before a non-letter.
 */
public final class QuoteMarks {

  /**
   * One quoted stretch.
   *
   * @param outer from the opening mark to just past the closing mark (or the paragraph's end)
   * @param inner the characters between the marks, trimmed of surrounding white space
   * @param closed whether a closing mark ended it
   */
  public record Quoted(Span outer, Span inner, boolean closed) {}

  private QuoteMarks() {}

  /** The quoted stretches of {@code text} inside the given paragraphs, in text order. */
  public static List<Quoted> find(String text, List<Span> paragraphs) {
    List<Quoted> out = new ArrayList<>();
    for (Span p : paragraphs) {
      scan(text, p.start(), p.end(), out);
    }
    return out;
  }

  private static void scan(String text, int from, int to, List<Quoted> out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int markLen = 1;
      char close;
      if (c == '“') {
        close = '”';
      } else if (c == '„') {
        close = '“';
      } else if (c == '«') {
        close = '»';
      } else if (c == '»' && opensAt(text, i, to)) {
        close = '«';
      } else if (c == '"' && opensAt(text, i, to)) {
        close = '"';
      } else if (c == '`' && i + 1 < to && text.charAt(i + 1) == '`') {
        close = '\'';
        markLen = 2;
      } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' && opensAt(text, i + 1, to)
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        close = '\'';
        markLen = 2;
      } else if (c == '‘' && singleOpens(text, i, from, to)) {
        close = '’';
      } else if (c == '\'' && singleOpens(text, i, from, to) && straightSingleLikelyQuote(text, i, to)) {
        close = '\'';
      } else {
        i++;
        continue;
      }
      int start = i + markLen;
      int end = findClose(text, start, to, c, close, markLen);
      if (end < 0) {
        if (close == '\'' && markLen == 1 || c == '‘') {
          i++; // an unclosed single mark is more likely an apostrophe than a quote
          continue;
        }
        out.add(make(text, i, start, to, to, false));
        return;
      }
      out.add(make(text, i, start, end, end + markLen, true));
      i = end + markLen;
    }
  }

  private static Quoted make(String text, int open, int start, int end, int outerEnd,
      boolean closed) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Quoted(new Span(open, outerEnd), new Span(s, e), closed);
  }

  /** The index of the closing mark matching an opening {@code open} at {@code start - len}. */
  private static int findClose(String text, int start, int to, char open, char close, int len) {
    for (int k = start; k < to; k++) {
      char c = text.charAt(k);
      if (len == 2) {
        if (c == '\'' && k + 1 < to && text.charAt(k + 1) == '\'') {
          // three marks close a nested single quote and then the double one: the last two close
          return k + 2 < to && text.charAt(k + 2) == '\'' ? k + 1 : k;
        }
        continue;
      }
      if (c != close) {
        continue;
      }
      if (close == '’' || close == '\'') {
        if (singleCloses(text, k, start, to)) {
          return k;
        }
        continue;
      }
      if (close == '"' && k == start) {
        continue;
      }
      return k;
    }
    return -1;
  }

  /** A straight or symmetric mark opens when it follows a non-word and precedes a non-space. */
  private static boolean opensAt(String text, int i, int to) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static boolean singleOpens(String text, int i, int from, int to) {
    boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < to && (Character.isLetter(text.charAt(i + 1))
        || text.charAt(i + 1) == '“' || text.charAt(i + 1) == '"');
    return before && after;
  }

  private static boolean singleCloses(String text, int k, int from, int to) {
    boolean before = k > from && !Character.isWhitespace(text.charAt(k - 1));
    boolean after = k + 1 >= to || !Character.isLetterOrDigit(text.charAt(k + 1));
    return before && after;
  }

  /** A straight single mark before a short contraction ('em, 'til, 'cause) is an apostrophe. */
  private static boolean straightSingleLikelyQuote(String text, int i, int to) {
    int j = i + 1;
    while (j < to && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String w = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
    return !(w.equals("em") || w.equals("til") || w.equals("cause") || w.equals("n")
        || w.equals("s") || w.equals("tis") || w.equals("twas"));
  }
}
