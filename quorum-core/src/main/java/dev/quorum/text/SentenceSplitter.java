package dev.quorum.text;

import dev.quorum.model.Span;
import java.util.List;

/**
 * Splits one paragraph into trimmed sentence spans by deciding, at each run of terminal
 * punctuation followed by space, whether a sentence ends there.
 *
 * <p>Rules settle the cases where news text trips statistical splitters (titles, initials, dotted
 * abbreviations, months before a day, closing quotes and parentheses, ellipses, datelines); the
 * remaining ordinary "word. Word" boundaries are left to an {@link Oracle}, which for English is the
 * OpenNLP sentence model. A paragraph without terminal punctuation (a headline) is one sentence.
 */
final class SentenceSplitter {

  /** Decides the ordinary boundaries the rules leave open. */
  interface Oracle {
    /**
     * True when a sentence ends somewhere in {@code [terminalStart + 1, candidateEnd]}; calls come
     * in increasing order of position within one paragraph.
     */
    boolean splits(int terminalStart, int candidateEnd);
  }

  /** An oracle that splits every ordinary boundary. */
  static final Oracle ALWAYS = (terminalStart, candidateEnd) -> true;

  private SentenceSplitter() {}

  /**
   * Appends the sentences of {@code text[from, to)} to {@code out}.
   *
   * @param english whether to apply the English abbreviation lexicons
   */
  static void split(String text, int from, int to, boolean english, Oracle oracle, List<Span> out) {
    int s = from;
    while (s < to && Chars.isSpace(text.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    int sentenceStart = s;
    int i = s;
    while (i < e) {
      if (!Chars.isTerminal(text.charAt(i))) {
        i++;
        continue;
      }
      int terminalStart = i;
      int j = i;
      while (j < e && Chars.isTerminal(text.charAt(j))) {
        j++;
      }
      int terminalEnd = j;
      while (j < e && (Chars.isClosing(text.charAt(j)) || Chars.isTerminal(text.charAt(j)))) {
        j++;
      }
      if (j >= e) {
        break;
      }
      boolean fullWidth = Chars.isFullWidthTerminal(text.charAt(terminalEnd - 1));
      if (!fullWidth && !Chars.isSpace(text.charAt(j))) {
        i = j;
        continue;
      }
      int k = j;
      while (k < e && Chars.isSpace(text.charAt(k))) {
        k++;
      }
      if (k >= e) {
        break;
      }
      if (fullWidth
          || endsHere(text, sentenceStart, terminalStart, terminalEnd, j, k, e, english, oracle)) {
        out.add(new Span(sentenceStart, j));
        sentenceStart = k;
      }
      i = k;
    }
    out.add(new Span(sentenceStart, e));
  }

  private static boolean endsHere(
      String text,
      int sentenceStart,
      int terminalStart,
      int terminalEnd,
      int candidateEnd,
      int next,
      int end,
      boolean english,
      Oracle oracle) {
    int n = next;
    while (n < end && Chars.isOpening(text.charAt(n))) {
      n++;
    }
    boolean opened = n > next && isQuote(text.charAt(next));
    if (n >= end) {
      return false; // only a stray quote follows: `he vowed. "`
    }
    char first = text.charAt(n);
    if (Chars.isLower(first)) {
      return false; // "?' she asked", "a.m. local time", "waited... and"
    }
    boolean hasPeriod = false;
    for (int t = terminalStart; t < terminalEnd; t++) {
      if (text.charAt(t) == '.') {
        hasPeriod = true;
      }
    }
    if (!hasPeriod || terminalEnd - terminalStart > 1) {
      return true; // "!", "?", "…", "...", "?!" before a capital
    }
    int w = terminalStart;
    while (w > sentenceStart && !Chars.isSpace(text.charAt(w - 1))) {
      w--;
    }
    while (w < terminalStart && Chars.isOpening(text.charAt(w))) {
      w++;
    }
    if (w == terminalStart && english && text.charAt(terminalStart) == '.' && detached(text, w)) {
      return false; // a detached period: ". . ." or "here ." in copy-pasted text
    }
    // "then-Gov.", "post-Sept.", "PeopleSoft/J.D.": judge the part after the last joiner
    for (int t = terminalStart - 1; t > w; t--) {
      char c = text.charAt(t);
      if ((c == '-' || c == '/') && t + 1 < terminalStart) {
        w = t + 1;
        break;
      }
    }
    boolean initial = terminalStart - w == 1 && Chars.isUpper(text.charAt(w));
    boolean abbreviation =
        initial
            || EnglishAbbreviations.isDottedInitialism(text, w, terminalStart)
            || (english && EnglishAbbreviations.isKnown(text.substring(w, terminalStart)));
    if (candidateEnd > terminalEnd && !abbreviation) {
      return true; // period closed by a quote or parenthesis: `."`, `.”`, `.)`
    }
    if (opened && !abbreviation) {
      return true; // `word. “Quote`
    }
    if (w == terminalStart) {
      return english ? oracle.splits(terminalStart, candidateEnd) : true;
    }
    if (Chars.isDash(first) && !opened) {
      // "WASHINGTON, D.C. — The" is a dateline; "he said. -- Reuters" is a sign-off
      return !abbreviation;
    }
    if (!english) {
      return !initial && !EnglishAbbreviations.isDottedInitialism(text, w, terminalStart);
    }
    String nextWord = word(text, n, end);
    if (initial) {
      return opened || EnglishAbbreviations.isStarter(nextWord);
    }
    String word = text.substring(w, terminalStart);
    if (EnglishAbbreviations.isTitle(word) || EnglishAbbreviations.isTitle(titleCase(word))) {
      return false;
    }
    if (Chars.isDigit(first) && EnglishAbbreviations.isBeforeNumber(word)) {
      return false;
    }
    if (EnglishAbbreviations.isAmbiguous(word)
        || EnglishAbbreviations.isDottedInitialism(text, w, terminalStart)) {
      return opened || EnglishAbbreviations.isStarter(nextWord);
    }
    return oracle.splits(terminalStart, candidateEnd);
  }

  /** Whether the period at {@code at} follows spaces after a word or another period. */
  private static boolean detached(String text, int at) {
    int i = at;
    while (i > 0 && Chars.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i < at && i > 0 && (Chars.isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '.');
  }

  /** "ST" → "St", so all-caps datelines ("ST. LOUIS") find their title. */
  private static String titleCase(String word) {
    if (word.length() < 2) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E';
  }

  /** The word starting at {@code from}: word characters and apostrophes. */
  private static String word(String text, int from, int end) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (!Chars.isWordChar(c) && c != '\'' && c != '\u2019') {
        break;
      }
      i++;
    }
    return text.substring(from, i);
  }
}
