package dev.quorum.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into the tokens the claim grammar reads: numbers with their separators kept
 * whole ("1,600", "3.8", "1/2", "8:30"), words (with dotted abbreviations such as "U.S." and
 * "a.m."), the possessive "'s" apart, and every other character on its own.
 *
 * <p>Why not the article's own tokens: the grammar needs a hyphen between "600" and "mile" and a
 * separate "$" before "400", which a general tokenizer may or may not produce.
 */
final class Lexer {

  private Lexer() {}

  static List<Tok> tokens(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      if (Character.isDigit(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isDigit(d)) {
            i++;
          } else if ((d == ',' || d == '.' || d == '/' || d == ':') && i + 1 < to
              && Character.isDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetter(d)) {
            i++;
          } else if (d == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && i + 2 <= to && (i + 2 == to || !Character.isLetter(text.charAt(i + 2))
                  || text.charAt(i + 2) == '.')
              && i - start == 1) {
            i++; // U.S., a.m.: single letters joined by dots
          } else if ((d == '\'' || d == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
              && !(Character.toLowerCase(text.charAt(i + 1)) == 's'
                  && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))))) {
            i++; // O'Clock, don't
          } else {
            break;
          }
        }
        // the closing dot of a dotted abbreviation
        if (i < to && text.charAt(i) == '.' && text.substring(start, i).indexOf('.') > 0) {
          i++;
        }
      } else if ((c == '\'' || c == '\u2019') && i + 1 < to
          && Character.toLowerCase(text.charAt(i + 1)) == 's'
          && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))) && !space) {
        i += 2;
      } else {
        i++;
      }
      String t = text.substring(start, i);
      out.add(new Tok(t, t.toLowerCase(Locale.ROOT), start, i, !space));
      space = false;
    }
    return out;
  }
}
