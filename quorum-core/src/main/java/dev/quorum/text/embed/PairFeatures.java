package dev.quorum.text.embed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the sentence matcher weighs for a pair: embedding cosine and cheap lexical evidence
 * (word, stem and bigram overlap, number and named-word agreement, negation, length ratio).
 */
public final class PairFeatures {

  /** Feature names, in vector order. */
  public static final List<String> NAMES = List.of(
      "cosine",
      "cosineSquared",
      "wordDice",
      "stemDice",
      "bigramDice",
      "minCoverage",
      "maxCoverage",
      "numbersDiffer",
      "unmatchedNumbers",
      "unmatchedNames",
      "negationDiffers",
      "lengthRatio",
      "lengthGap");

  private static final Pattern TOKEN =
      Pattern.compile("\\p{N}[\\p{N},.]*\\p{N}|\\p{N}|\\p{L}[\\p{L}\\p{N}'’-]*");

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "has",
      "have", "had", "will", "would", "said", "says", "say", "which", "who", "whom", "there",
      "than", "then", "also", "about", "after", "before", "into", "over", "up", "out", "so", "if",
      "do", "does", "did", "can", "could", "may", "might", "should", "him", "them", "us");

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without");

  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
      Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
      Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("twenty", "20"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"));

  private PairFeatures() {}

  /** The tokens of one sentence with the views the features need. */
  record Tokens(
      List<String> words, List<String> stems, Set<String> content, Set<String> numbers,
      Set<String> names, boolean negated) {

    static Tokens of(String text) {
      List<String> words = new ArrayList<>();
      List<String> stems = new ArrayList<>();
      Set<String> content = new HashSet<>();
      Set<String> numbers = new HashSet<>();
      Set<String> names = new HashSet<>();
      boolean negated = false;
      Matcher m = TOKEN.matcher(text == null ? "" : text);
      boolean first = true;
      while (m.find()) {
        String raw = m.group();
        String lower = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (Character.isDigit(raw.charAt(0))) {
          numbers.add(normalizeNumber(raw));
        } else if (NUMBER_WORDS.containsKey(lower)) {
          numbers.add(NUMBER_WORDS.get(lower));
        }
        if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
          negated = true;
        }
        if (!first && Character.isUpperCase(raw.charAt(0)) && !STOP.contains(lower)) {
          names.add(lower);
        }
        first = false;
        words.add(lower);
        String stem = stem(lower);
        stems.add(stem);
        if (!STOP.contains(lower)) {
          content.add(stem);
        }
      }
      return new Tokens(words, stems, content, numbers, names, negated);
    }
  }

  /** The feature vector of a pair, given the cosine of their embeddings. */
  public static double[] of(String a, String b, double cosine) {
    Tokens x = Tokens.of(a);
    Tokens y = Tokens.of(b);
    double[] f = new double[NAMES.size()];
    f[0] = cosine;
    f[1] = cosine * cosine;
    f[2] = dice(new HashSet<>(x.words()), new HashSet<>(y.words()));
    f[3] = dice(x.content(), y.content());
    f[4] = dice(bigrams(x.stems()), bigrams(y.stems()));
    double covX = coverage(x.content(), y.content());
    double covY = coverage(y.content(), x.content());
    f[5] = Math.min(covX, covY);
    f[6] = Math.max(covX, covY);
    Set<String> numDiff = symmetricDifference(x.numbers(), y.numbers());
    f[7] = !x.numbers().isEmpty() && !y.numbers().isEmpty() && !numDiff.isEmpty() ? 1 : 0;
    f[8] = fraction(numDiff.size(), x.numbers().size() + y.numbers().size());
    // a name in one sentence counts as matched if the other sentence has the word in any case
    int unmatchedNames = 0;
    for (String n : x.names()) {
      unmatchedNames += y.content().contains(stem(n)) ? 0 : 1;
    }
    for (String n : y.names()) {
      unmatchedNames += x.content().contains(stem(n)) ? 0 : 1;
    }
    f[9] = fraction(unmatchedNames, x.names().size() + y.names().size());
    f[10] = x.negated() != y.negated() ? 1 : 0;
    int lx = x.words().size();
    int ly = y.words().size();
    f[11] = Math.max(lx, ly) == 0 ? 1 : (double) Math.min(lx, ly) / Math.max(lx, ly);
    f[12] = Math.log1p(Math.abs(lx - ly));
    return f;
  }

  private static String normalizeNumber(String raw) {
    String s = raw.replace(",", "");
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  /** A light suffix stripper so that inflections of a word share a stem. */
  static String stem(String w) {
    String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    if (s.length() > 4 && s.endsWith("ies")) {
      return s.substring(0, s.length() - 3) + "y";
    }
    if (s.length() > 5 && s.endsWith("ing")) {
      return s.substring(0, s.length() - 3);
    }
    if (s.length() > 4 && s.endsWith("ed")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static Set<String> bigrams(List<String> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      out.add(tokens.get(i) + ' ' + tokens.get(i + 1));
    }
    return out;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : a) {
      common += b.contains(s) ? 1 : 0;
    }
    return 2.0 * common / (a.size() + b.size());
  }

  private static double coverage(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 1;
    }
    int found = 0;
    for (String s : of) {
      found += in.contains(s) ? 1 : 0;
    }
    return (double) found / of.size();
  }

  private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    out.removeAll(both);
    return out;
  }

  private static double fraction(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
