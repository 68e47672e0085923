package dev.quorum.clean;

import java.util.regex.Pattern;

/**
 * Surface features of one normalized line of text (length in words, terminal punctuation, title
 * case, link-likeness) that the parser and the cleaner use to tell headlines, labels and real
 * sentences apart.
 */
final class LineFeatures {

  private static final Pattern LINK = Pattern.compile(
      "(?i)(https?://|www\\.)\\S+|\\S+@\\S+\\.[a-z]{2,}|\\S+\\.(com|org|net|co\\.uk)(/\\S*)?");
  private static final String CLOSERS = "\"'”’»)]";

  private LineFeatures() {}

  /** Number of whitespace-separated words. */
  static int words(String s) {
    return words(s, Integer.MAX_VALUE);
  }

  /** Number of words, counting stopped once it passes {@code cap} (cheap "more than" tests). */
  static int words(String s, int cap) {
    int n = 0;
    boolean in = false;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      boolean ws = c == ' ' || c < ' ' || c >= 0x80 && Character.isWhitespace(c);
      if (!ws && !in && ++n > cap) {
        return n;
      }
      in = !ws;
    }
    return n;
  }

  /** True when the line ends like a sentence: . ! ? … or one of them before closing quotes. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (CLOSERS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == ' ')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '؟' || c == '।';
  }

  /** True when the line ends with a colon, as a label or a lead-in to what follows does. */
  static boolean endsWithColon(String s) {
    return !s.isEmpty() && (s.charAt(s.length() - 1) == ':' || s.charAt(s.length() - 1) == '：');
  }

  /** Number of sentence ends (. ! ? before a space and a capital letter, or at the end). */
  static int sentenceCount(String s) {
    int n = endsSentence(s) ? 1 : 0;
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' '
          && Character.isUpperCase(s.charAt(i + 2))) {
        // "U.S. Senate", "Mr. Smith": a one-letter or title word before the dot is no sentence end
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
          w--;
        }
        int len = i - w;
        if (len > 1 && !Character.isUpperCase(s.charAt(w)) || len > 3) {
          n++;
        }
      }
    }
    return n;
  }

  /** True when the first letter of the line is upper case (or the line starts with a digit). */
  static boolean startsCapitalised(String s) {
    for (int i = 0; i < s.length(); i++) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
            || !Character.isLowerCase(cp);
      }
    }
    return false;
  }

  /** Share of words (of letters) that start with a capital letter. */
  static double capitalisedShare(String s) {
    int words = 0;
    int caps = 0;
    for (String w : s.split(" ")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      words++;
      if (!Character.isLowerCase(w.codePointAt(0))) {
        caps++;
      }
    }
    return words == 0 ? 0 : (double) caps / words;
  }

  /**
   * True when the line reads as a headline: starts capitalised, at most {@code maxWords} words, at
   * least two, and does not end like a sentence with a period (a closing ? or ! is allowed).
   */
  static boolean headlineLike(String s, int maxWords) {
    int w = words(s);
    if (w < 2 || w > maxWords || !startsCapitalised(s) || endsWithColon(s)
        || hasInnerSentenceEnd(s)) {
      return false;
    }
    if (!endsSentence(s)) {
      return true;
    }
    String t = stripClosers(s);
    char last = t.charAt(t.length() - 1);
    return (last == '?' || last == '!') && sentenceCount(s) <= 1;
  }

  /**
   * True when a sentence ends inside the line: ". ", "! " or "? " after a word of four or more
   * letters, or of two or more starting in lower case (so "U.S. says" and "Mr. Smith" do not
   * count). Headlines are one phrase; a line with an inner sentence end is running text.
   */
  static boolean hasInnerSentenceEnd(String s) {
    for (int i = 1; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ') {
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
          w--;
        }
        int len = i - w;
        if (len >= 4 || len >= 2 && Character.isLowerCase(s.charAt(w))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when most of the line is a URL, a domain or an e-mail address. */
  static boolean linkLike(String s) {
    if (!(s.contains("http") || s.contains("www.") || s.indexOf('@') >= 0 || s.contains(".com")
        || s.contains(".org") || s.contains(".net") || s.contains(".co."))) {
      return false;
    }
    var m = LINK.matcher(s);
    int covered = 0;
    while (m.find()) {
      covered += m.end() - m.start();
    }
    return covered > 0 && covered * 2 >= s.replace(" ", "").length();
  }

  /** True when the line contains a digit. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String stripClosers(String s) {
    int i = s.length();
    while (i > 0 && (CLOSERS.indexOf(s.charAt(i - 1)) >= 0 || s.charAt(i - 1) == ' ')) {
      i--;
    }
    return i == 0 ? s : s.substring(0, i);
  }

  /**
   * Lower-cased line without punctuation at either end and with typographic quotes folded to
   * straight ones, as the key for comparisons.
   */
  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '’' || c == '‘' ? '\'' : c == '“' || c == '”' ? '"' : c);
    }
    String l = sb.toString().toLowerCase(java.util.Locale.ROOT);
    int a = 0;
    int b = l.length();
    while (a < b && !Character.isLetterOrDigit(l.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(l.charAt(b - 1))) {
      b--;
    }
    return l.substring(a, b);
  }
}
