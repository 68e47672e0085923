package dev.quorum.extract.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name keys in plain ASCII and a weighted edit distance that makes the variations of romanizing
 * one name cheap: i for y, doubled letters, y or i added or dropped beside a vowel, e dropped after
 * i or y, h after k, z or g, k before h (-sky, -skyy, -skyi, -skiy; Dostoevsky/Dostoyevsky;
 * Mikhail/Mihail),
 * so spellings of one name come out close and different names do not.
 *
 * <p>Why weights, not name lists: romanization systems differ in a few regular ways (how they write
 * й, ы, и, х, е), and those ways are the same for every name; a list of known names would miss the
 * next one.
 */
public final class Romanization {

  private static final double CHEAP = 0.3;
  private static final double VOWEL_SHIFT = 0.5;
  /** Largest total cost of two tokens that still count as one name. */
  static final double MAX_COST = 0.8;
  /** Largest cost per character of the shorter token. */
  static final double MAX_COST_PER_CHAR = 0.2;
  /** Shorter tokens are never merged by spelling alone. */
  static final int MIN_LENGTH = 4;

  private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  /** Abbreviations written out, so "Corp." and "Corporation" are one token. */
  private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
      "corp", "corporation", "co", "company", "inc", "incorporated", "ltd", "limited",
      "intl", "international", "dept", "department", "univ", "university", "assn",
      "association", "natl", "national");

  /**
   * The name's tokens in lower-case ASCII, punctuation other than inner hyphens dropped, common
   * abbreviations written out, and an Arabic article split off its word ("al-Hayat" as "al hayat").
   */
  public synchronized List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : rawTokens(name)) {
      if ((t.startsWith("al-") || t.startsWith("el-")) && t.length() > 3) {
        out.add(t.substring(0, 2));
        out.add(t.substring(3));
      } else {
        out.add(ABBREVIATIONS.getOrDefault(t, t));
      }
    }
    return out;
  }

  private List<String> rawTokens(String name) {
    String ascii = toAscii.transliterate(name).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k <= ascii.length(); k++) {
      char c = k < ascii.length() ? ascii.charAt(k) : ' ';
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (c == '-' && sb.length() > 0) {
        sb.append(c);
      } else if (c == '.' || c == '\'') {
        continue;
      } else if (sb.length() > 0) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
          sb.setLength(sb.length() - 1);
        }
        if (sb.length() > 0) {
          out.add(sb.toString());
        }
        sb.setLength(0);
      }
    }
    return out;
  }

  /**
   * Whether two ASCII tokens can be romanizations of one name: equal, or both at least {@link
   * #MIN_LENGTH} letters with a weighted edit cost within the limits.
   */
  public static boolean variants(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int n = Math.min(a.length(), b.length());
    if (n < MIN_LENGTH || a.charAt(0) != b.charAt(0) && !cheapSub(a.charAt(0), b.charAt(0))) {
      return false;
    }
    double limit = Math.min(MAX_COST, MAX_COST_PER_CHAR * n);
    return cost(a, b, limit) <= limit + 1e-9;
  }

  /** The weighted edit cost of turning {@code a} into {@code b} (at least {@code limit} + 1 if over). */
  static double cost(String a, String b, double limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) * CHEAP > limit) {
      return limit + 1;
    }
    double[][] d = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = d[i - 1][0] + indel(a, i - 1);
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + indel(b, j - 1);
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double sub = d[i - 1][j - 1] + substitution(x, y);
        double del = d[i - 1][j] + indel(a, i - 1);
        double ins = d[i][j - 1] + indel(b, j - 1);
        d[i][j] = Math.min(sub, Math.min(del, ins));
      }
    }
    return d[n][m];
  }

  private static boolean cheapSub(char x, char y) {
    return substitution(x, y) <= CHEAP;
  }

  private static double substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    return pair(x, y, 'i', 'y') ? CHEAP : 1;
  }

  /** Adding or dropping the character at {@code k} of {@code s}. */
  private static double indel(String s, int k) {
    char c = s.charAt(k);
    if (c == 'y' || c == 'i') {
      // a glide beside a vowel (-sky/-skyy/-skyi, Yuriy/Yurii), not a suffix (Israel/Israeli)
      boolean besideVowel = k > 0 && vowel(s.charAt(k - 1))
          || k + 1 < s.length() && vowel(s.charAt(k + 1));
      return besideVowel ? CHEAP : 1;
    }
    if (c == 'h' && k > 0 && k + 1 < s.length() && "kzg".indexOf(s.charAt(k - 1)) >= 0) {
      return CHEAP; // kh/k, zh/z, gh/g
    }
    if (c == 'k' && k + 1 < s.length() && s.charAt(k + 1) == 'h') {
      return CHEAP; // kh/h
    }
    if (k > 0 && s.charAt(k - 1) == c || k + 1 < s.length() && s.charAt(k + 1) == c) {
      return CHEAP; // doubled letter
    }
    if (c == 'e' && k > 0 && "iy".indexOf(s.charAt(k - 1)) >= 0) {
      return VOWEL_SHIFT; // ye/y, ie/i
    }
    return 1;
  }

  private static boolean vowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean pair(char x, char y, char p, char q) {
    return x == p && y == q || x == q && y == p;
  }
}
