package dev.quorum.extract.claims;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads spelled-out English numbers ("seventy thousand", "twenty-one", "a hundred and five") with
 * ICU4J's rule-based spell-out format, and knows the words for fractions and vague multitudes.
 */
final class NumberWords {

  /** Words that can make up a spelled-out cardinal. */
  static final Set<String> CARDINAL = Set.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "thousand", "million", "billion", "trillion");

  static final Set<String> TENS = Set.of(
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** Scale words after a number ("1.5 million", "two dozen"). */
  static final Map<String, Double> SCALE = Map.ofEntries(
      Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
      Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("mln", 1e6),
      Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("dozen", 12.0));

  /** Plural multitudes ("hundreds of", "tens of thousands"): the smallest value they mean. */
  static final Map<String, Double> MULTITUDE = Map.of(
      "dozens", 12.0, "scores", 20.0, "hundreds", 1e2, "thousands", 1e3, "millions", 1e6,
      "billions", 1e9, "tens", 10.0);

  /** Fraction words and their denominators ("a fifth", "two thirds", "half"). */
  static final Map<String, Integer> FRACTION = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4),
      Map.entry("fourths", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
      Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7),
      Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
      Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10),
      Map.entry("tenths", 10));

  private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
      () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

  private static final Map<String, Double> CACHE = new ConcurrentHashMap<>();

  private NumberWords() {}

  /** A parsed run of number words: its value and how many tokens it used. */
  record Parsed(double value, int length) {}

  /**
   * The longest spelled-out cardinal starting at token {@code i} ("a" and "an" count as "one"
   * before a scale word; "and" and hyphens may join the words), or null.
   */
  static Parsed parse(List<Tok> toks, int i) {
    StringBuilder phrase = new StringBuilder();
    int j = i;
    int lastGood = -1;
    String lastWord = null;
    int words = 0;
    while (j < toks.size()) {
      Tok t = toks.get(j);
      String w = t.lower();
      if ((w.equals("a") || w.equals("an")) && words == 0 && j + 1 < toks.size()
          && Set.of("hundred", "thousand", "million", "billion", "trillion")
              .contains(toks.get(j + 1).lower())) {
        phrase.append("one");
        words++;
        lastWord = "one";
        j++;
        continue;
      }
      if (CARDINAL.contains(w)) {
        if (words > 0) {
          boolean hyphenTens = lastWord != null && TENS.contains(lastWord) && isUnit(w);
          phrase.append(hyphenTens ? "-" : " ");
        }
        phrase.append(w);
        words++;
        lastWord = w;
        j++;
        lastGood = j;
        continue;
      }
      if (words > 0 && (w.equals("-") || w.equals("and")) && j + 1 < toks.size()
          && CARDINAL.contains(toks.get(j + 1).lower()) && (t.attached() || !w.equals("-"))) {
        if (w.equals("and") && !"hundred".equals(lastWord) && !"thousand".equals(lastWord)
            && !"million".equals(lastWord)) {
          break;
        }
        j++;
        continue;
      }
      break;
    }
    if (lastGood < 0) {
      return null;
    }
    // a phrase ICU cannot read whole ("hundred" alone) is no number
    String p = phrase.toString();
    Double v = CACHE.computeIfAbsent(p, NumberWords::spellout);
    if (v == null || v.isNaN()) {
      return null;
    }
    return new Parsed(v, lastGood - i);
  }

  private static boolean isUnit(String w) {
    return Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        .contains(w);
  }

  private static Double spellout(String phrase) {
    ParsePosition pos = new ParsePosition(0);
    Number n = SPELLOUT.get().parse(phrase, pos);
    if (n == null || pos.getIndex() != phrase.length()) {
      return Double.NaN;
    }
    return n.doubleValue();
  }

  /** Digits with thousands separators and decimals ("1,600", "3.8"), or null. */
  static Double digits(String text) {
    if (!text.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.parseDouble(text.replace(",", ""));
  }

  /** A simple fraction token ("1/2"), or null. */
  static Double slashFraction(String text) {
    int s = text.indexOf('/');
    if (s <= 0 || !text.matches("\\d+/\\d+")) {
      return null;
    }
    double d = Double.parseDouble(text.substring(s + 1));
    return d == 0 ? null : Double.parseDouble(text.substring(0, s)) / d;
  }
}
