package dev.quorum.clean;

import java.text.Normalizer;

/**
 * Normalizes Unicode text: NFC, one kind of space, no invisible or control characters, runs of
 * spaces collapsed, paragraph breaks kept; typographic quotes and dashes are left as they are.
 *
 * <p>Zero-width joiners and non-joiners are kept between letters or combining marks, where
 * scripts such as Devanagari, Persian and Arabic need them to spell words; elsewhere they are
 * debris and dropped.
 * All methods are pure and idempotent.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Normalizes a whole text: line breaks unified to {@code \n}, each line's spaces collapsed and
   * trimmed, runs of blank lines reduced to one blank line, no blank lines at either end.
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = cleanChars(text, false);
    StringBuilder out = new StringBuilder(s.length());
    int blank = 0;
    boolean any = false;
    for (String line : s.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (any) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l);
      any = true;
      blank = 0;
    }
    return out.toString();
  }

  /**
   * Normalizes one paragraph: like {@link #normalize} but every line break becomes a space, so
   * the result is a single line.
   */
  public static String normalizeParagraph(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isNormalParagraph(text)) {
      return text;
    }
    return cleanChars(text, true).strip();
  }

  /**
   * True when {@code text} is already a normalized paragraph: one line, no space at either end,
   * no run of spaces, no character that normalization would map or drop, and in NFC.
   */
  static boolean isNormalParagraph(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    boolean high = false;
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7F) {
        prev = c;
        continue;
      }
      if (c == ' ') {
        if (prev == ' ') {
          return false;
        }
        prev = c;
        continue;
      }
      if (c == '\u200C' || c == '\u200D') {
        // kept between letters or marks only, as cleanChars does
        if (i == 0 || i + 1 == n || !joinable(text.codePointBefore(i))
            || !joinable(text.codePointAt(i + 1))) {
          return false;
        }
        prev = c;
        continue;
      }
      if (c < 0xA0 || isInvisible(c) || Character.isSpaceChar(c)
          || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
      high |= c >= 0x300;
      prev = c;
    }
    return !high || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * One pass that maps every space-like character to a space, drops invisible and control
   * characters, collapses runs of spaces and (unless {@code oneLine}) keeps line breaks; then NFC,
   * last, so that dropping an invisible character between a letter and its accent still yields
   * composed text.
   */
  private static String cleanChars(String text, boolean oneLine) {
    String s = text;
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) {
        sb.append(c); // printable ASCII: the common case, never space, control or invisible
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
          || c == '\u0085') {
        if (oneLine) {
          appendSpace(sb);
        } else {
          trimTrailingSpace(sb);
          sb.append('\n');
        }
        continue;
      }
      if (c == '\u200C' || c == '\u200D') {
        if (i > 0 && i + 1 < n && joinable(s.codePointBefore(i))
            && joinable(s.codePointAt(i + 1))) {
          sb.append(c);
        }
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        appendSpace(sb);
        continue;
      }
      if (Character.isISOControl(c)) {
        continue;
      }
      sb.append(c);
    }
    String out = sb.toString();
    return below(out, '\u0300') || Normalizer.isNormalized(out, Normalizer.Form.NFC)
        ? out
        : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** True when every character is below {@code limit}: text below U+0300 is always in NFC. */
  private static boolean below(String s, char limit) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= limit) {
        return false;
      }
    }
    return true;
  }

  /**
   * A character a zero-width joiner or non-joiner may stand next to: a letter or a combining mark
   * (Devanagari conjuncts put the joiner after a virama).
   */
  private static boolean joinable(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2061' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFC';
  }

  private static void appendSpace(StringBuilder sb) {
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) != ' ' && sb.charAt(len - 1) != '\n') {
      sb.append(' ');
    }
  }

  private static void trimTrailingSpace(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }
}
