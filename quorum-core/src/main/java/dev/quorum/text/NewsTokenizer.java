package dev.quorum.text;

import dev.quorum.model.Span;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits a stretch of text into tokens, as absolute spans, following Penn Treebank / UD
 * conventions: punctuation, quotes and brackets apart, possessive {@code 's} and clitics split,
 * abbreviations like "U.S." and numbers like "1,600" whole, "$" and "%" apart from their number.
 *
 * <p>Why not the OpenNLP tokenizer on everything: it costs about a millisecond per 500 words, leaves
 * typographic quotes and possessives attached ("‘Will", "Russia's"), and splits "Mrs."; a
 * character scan handles whitespace and edge punctuation exactly and fast. Only words with unusual
 * internal punctuation ("word,word", "a(b)") go to the OpenNLP model, given one; without a model
 * they are split at each punctuation mark.
 */
final class NewsTokenizer {

  /** Longer odd "words" (pasted tables, garbage) are split at punctuation, not classified. */
  private static final int MAX_MODEL_WORD = 64;

  private final boolean english;
  private final TokenizerME residual;

  /**
   * @param english whether to apply English abbreviation and clitic rules
   * @param residual the OpenNLP tokenizer for odd words, or null to split them at punctuation
   */
  NewsTokenizer(boolean english, TokenizerME residual) {
    this.english = english;
    this.residual = residual;
  }

  /** Appends the tokens of {@code text[from, to)} to {@code out}, in order. */
  void tokenize(String text, int from, int to, List<Span> out) {
    int i = from;
    while (i < to) {
      while (i < to && Chars.isSpace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && !Chars.isSpace(text.charAt(i))) {
        i++;
      }
      if (s < i) {
        chunk(text, s, i, out);
      }
    }
  }

  private void chunk(String text, int s, int e, List<Span> out) {
    // leading quotes, brackets, dashes and currency symbols
    while (s < e) {
      char c = text.charAt(s);
      if (c == '`' && s + 1 < e && text.charAt(s + 1) == '`') {
        out.add(new Span(s, s + 2)); // ``
        s += 2;
      } else if (Chars.isOpening(c)
          && !(c == '\'' && s + 1 < e && Chars.isDigit(text.charAt(s + 1)))) {
        out.add(new Span(s, s + 1));
        s++;
      } else if (Chars.isDash(c)) {
        int d = s + 1;
        while (d < e && Chars.isDash(text.charAt(d))) {
          d++;
        }
        if (c == '-' && d == s + 1 && d < e && Chars.isDigit(text.charAt(d))) {
          break; // a negative number
        }
        out.add(new Span(s, d));
        s = d;
      } else if (Chars.isCurrency(c) && s + 1 < e && Chars.isDigit(text.charAt(s + 1))) {
        out.add(new Span(s, s + 1));
        s++;
      } else {
        break;
      }
    }
    // trailing punctuation, collected from the end as (start,end) pairs
    int[] tail = null;
    int tails = 0;
    while (e > s) {
      char c = text.charAt(e - 1);
      int cut;
      if (c == '.') {
        int d = e - 1;
        while (d > s && text.charAt(d - 1) == '.') {
          d--;
        }
        if (e - d >= 2) {
          cut = d; // ".." or "..."
        } else if (keepsPeriod(text, s, e - 1)) {
          break;
        } else {
          cut = e - 1;
        }
      } else if (c == '%' && e - 1 > s && Chars.isDigit(text.charAt(e - 2))) {
        cut = e - 1;
      } else if (c == '\'' && e - 2 > s && text.charAt(e - 2) == '\'') {
        cut = e - 2; // ''
      } else if (Chars.isTrailingPunct(c)) {
        cut = e - 1;
      } else if (Chars.isDash(c)) {
        int d = e - 1;
        while (d > s && Chars.isDash(text.charAt(d - 1))) {
          d--;
        }
        cut = d;
      } else {
        break;
      }
      if (tail == null) {
        tail = new int[8];
      } else if (tails * 2 == tail.length) {
        tail = java.util.Arrays.copyOf(tail, tail.length * 2);
      }
      tail[tails * 2] = cut;
      tail[tails * 2 + 1] = e;
      tails++;
      e = cut;
    }
    if (s < e) {
      if (text.charAt(e - 1) == '.') {
        out.add(new Span(s, e)); // an abbreviation that keeps its period
      } else {
        core(text, s, e, out);
      }
    }
    for (int t = tails - 1; t >= 0; t--) {
      out.add(new Span(tail[t * 2], tail[t * 2 + 1]));
    }
  }

  /** Whether the period after {@code text[s, p)} belongs to the word (an abbreviation). */
  private boolean keepsPeriod(String text, int s, int p) {
    if (p <= s) {
      return false;
    }
    if (p - s == 1 && Chars.isUpper(text.charAt(s))) {
      return true; // an initial
    }
    int last = s;
    for (int i = p - 1; i > s; i--) {
      if (text.charAt(i) == '-' || text.charAt(i) == '/') {
        last = i + 1; // "aid-U.N.", "PeopleSoft/J.D."
        break;
      }
    }
    if (EnglishAbbreviations.isDottedInitialism(text, last, p)) {
      return true;
    }
    return english && p - last <= 8 && EnglishAbbreviations.isKnown(text.substring(last, p));
  }

  /** A chunk without edge punctuation: split internal dashes, clitics, and odd punctuation. */
  private void core(String text, int s, int e, List<Span> out) {
    if (isUrlLike(text, s, e)) {
      out.add(new Span(s, e));
      return;
    }
    int piece = s;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      boolean dash = c == '\u2014' || c == '\u2013' || (c == '-' && i + 1 < e && text.charAt(i + 1) == '-');
      if (dash) {
        int d = i + 1;
        while (d < e && Chars.isDash(text.charAt(d))) {
          d++;
        }
        word(text, piece, i, out);
        out.add(new Span(i, d));
        piece = d;
        i = d - 1;
      }
    }
    word(text, piece, e, out);
  }

  private void word(String text, int s, int e, List<Span> out) {
    if (s >= e) {
      return;
    }
    int split = english ? cliticStart(text, s, e) : e;
    if (isPlain(text, s, split)) {
      out.add(new Span(s, split));
    } else if (residual != null && split - s <= MAX_MODEL_WORD) {
      modelTokens(text, s, split, out);
    } else {
      punctuationTokens(text, s, split, out);
    }
    if (split < e) {
      out.add(new Span(split, e));
    }
  }

  /** Where an English clitic ('s, n't, 're, 've, 'll, 'd, 'm) starts, or {@code e} if none. */
  private static int cliticStart(String text, int s, int e) {
    int len = e - s;
    if (len >= 4) {
      char a = text.charAt(e - 3);
      char b = text.charAt(e - 2);
      char t = text.charAt(e - 1);
      if ((a == 'n' || a == 'N') && isApostrophe(b) && (t == 't' || t == 'T')) {
        return e - 3;
      }
    }
    if (len >= 3) {
      char a = text.charAt(e - 2);
      char b = Character.toLowerCase(text.charAt(e - 1));
      if (isApostrophe(a)
          && (b == 's' || b == 'd' || b == 'm')
          && Chars.isWordChar(text.charAt(e - 3))) {
        return e - 2;
      }
    }
    if (len >= 4) {
      char a = text.charAt(e - 3);
      char b = Character.toLowerCase(text.charAt(e - 2));
      char c = Character.toLowerCase(text.charAt(e - 1));
      if (isApostrophe(a)
          && ((b == 'r' && c == 'e') || (b == 'v' && c == 'e') || (b == 'l' && c == 'l'))
          && Chars.isLetter(text.charAt(e - 4))) {
        return e - 3;
      }
    }
    return e;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * Word characters with only word-internal joiners: "-", ".", "'", "/", "&" between word
   * characters, and "," between digits.
   */
  private static boolean isPlain(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Chars.isWordChar(c)) {
        continue;
      }
      if (i == s && c == '.' && i + 1 < e && Chars.isDigit(text.charAt(i + 1))) {
        continue; // ".515"
      }
      if (i == s || i == e - 1) {
        return false;
      }
      char before = text.charAt(i - 1);
      char after = text.charAt(i + 1);
      switch (c) {
        case '-':
          if (!(Chars.isWordChar(before) || before == '.') || !Chars.isWordChar(after)) {
            return false; // "U.S.-led" is whole
          }
          break;
        case '.':
          if (!Chars.isWordChar(before) || !(Chars.isWordChar(after) || after == '-')) {
            return false;
          }
          break;
        case ':':
          if (!Chars.isDigit(before) || !Chars.isDigit(after)) {
            return false; // "10:30", "1:45.64"
          }
          break;
        case '\'':
        case '\u2019':
        case '/':
        case '&':
        case '_':
        case '\u00AD':
          if (!Chars.isWordChar(before) || !Chars.isWordChar(after)) {
            return false;
          }
          break;
        case ',':
          if (!Chars.isDigit(before) || !Chars.isDigit(after)) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return true;
  }

  private static boolean isUrlLike(String text, int s, int e) {
    if (e - s < 5) {
      return false;
    }
    int at = -1;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ':' && i + 2 < e && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
      if (c == '@' && i > s) {
        at = i;
      }
    }
    if (at > 0 && text.indexOf('.', at) > at && text.indexOf('.', at) < e - 1) {
      return true;
    }
    return text.startsWith("www.", s);
  }

  private void modelTokens(String text, int s, int e, List<Span> out) {
    opennlp.tools.util.Span[] spans = residual.tokenizePos(text.substring(s, e));
    int last = s;
    for (opennlp.tools.util.Span sp : spans) {
      int a = s + sp.getStart();
      int b = s + sp.getEnd();
      if (a < last || b > e || a >= b) {
        punctuationTokens(text, last, e, out);
        return;
      }
      out.add(new Span(a, b));
      last = b;
    }
  }

  /** Runs of plain word characters, and every other character on its own. */
  private static void punctuationTokens(String text, int s, int e, List<Span> out) {
    int i = s;
    while (i < e) {
      int j = i;
      while (j < e && Chars.isWordChar(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(new Span(i, j));
        i = j;
      } else {
        int k = i + 1;
        if (Character.isHighSurrogate(text.charAt(i)) && k < e
            && Character.isLowSurrogate(text.charAt(k))) {
          k++;
        }
        if (!Chars.isSpace(text.charAt(i))) {
          out.add(new Span(i, k));
        }
        i = k;
      }
    }
  }
}
