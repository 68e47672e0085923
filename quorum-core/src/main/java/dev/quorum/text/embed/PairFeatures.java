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
      "lengthGap",
      "ngram1",
      "ngram2",
      "ngram3",
      "ngram4",
      "editDistance",
      "commonSubsequence",
      "unmatchedContent",
      "cosineTimesStemDice",
      "alignF",
      "alignMin",
      "weakestToken",
      "contentAlignMin",
      "weakestContent",
      "poorlyAligned",
      "numbersConflict",
      "contentCosine",
      "idfDice",
      "idfMinCoverage",
      "idfMaxCoverage",
      "idfUnmatched",
      "numbersEqual",
      "numbersSubset",
      "charGramDice",
      "alignMax",
      "idfAlignMin",
      "idfAlignF");

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

  /**
   * The feature vector of a pair, given the cosine of their sentence vectors and the unit vectors
   * of their word pieces in context (either may be empty).
   */
  public static double[] of(
      String a, String b, SentenceEmbedder.TokenEmbedding ea, SentenceEmbedder.TokenEmbedding eb) {
    double cosine = SentenceEmbedder.cosine(ea.sentence(), eb.sentence());
    float[][] vectorsA = ea.tokens();
    float[][] vectorsB = eb.tokens();
    List<String> piecesA = ea.pieces();
    List<String> piecesB = eb.pieces();
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
    for (int n = 1; n <= 4; n++) {
      f[12 + n] = (ngramPrecision(x.stems(), y.stems(), n) + ngramPrecision(y.stems(), x.stems(), n)) / 2;
    }
    int longer = Math.max(1, Math.max(lx, ly));
    f[17] = (double) editDistance(x.stems(), y.stems()) / longer;
    f[18] = (double) commonSubsequence(x.stems(), y.stems()) / longer;
    int unmatched = 0;
    for (String w : x.content()) {
      unmatched += y.content().contains(w) ? 0 : 1;
    }
    for (String w : y.content()) {
      unmatched += x.content().contains(w) ? 0 : 1;
    }
    f[19] = Math.log1p(unmatched);
    f[20] = cosine * f[3];
    double[] bestA = bestMatches(vectorsA, vectorsB);
    double[] bestB = bestMatches(vectorsB, vectorsA);
    double precision = mean(bestA);
    double recall = mean(bestB);
    f[21] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    f[22] = Math.min(precision, recall);
    f[23] = Math.min(min(bestA), min(bestB));
    float[][] contentA = content(vectorsA, piecesA);
    float[][] contentB = content(vectorsB, piecesB);
    double[] cA = bestMatches(contentA, contentB);
    double[] cB = bestMatches(contentB, contentA);
    f[24] = Math.min(mean(cA), mean(cB));
    f[25] = Math.min(min(cA), min(cB));
    int poor = 0;
    for (double v : cA) {
      poor += v < POOR_ALIGNMENT ? 1 : 0;
    }
    for (double v : cB) {
      poor += v < POOR_ALIGNMENT ? 1 : 0;
    }
    f[26] = Math.log1p(poor);
    f[27] = hasOwn(x.numbers(), y.numbers()) && hasOwn(y.numbers(), x.numbers()) ? 1 : 0;
    f[28] = SentenceEmbedder.cosine(sum(contentA), sum(contentB));
    WordIdf idf = WordIdf.shipped();
    double wx = weight(x.content(), idf);
    double wy = weight(y.content(), idf);
    Set<String> shared = new HashSet<>(x.content());
    shared.retainAll(y.content());
    double ws = weight(shared, idf);
    f[29] = wx + wy == 0 ? 1 : 2 * ws / (wx + wy);
    double icx = wx == 0 ? 1 : ws / wx;
    double icy = wy == 0 ? 1 : ws / wy;
    f[30] = Math.min(icx, icy);
    f[31] = Math.max(icx, icy);
    f[32] = Math.log1p(wx + wy - 2 * ws);
    boolean bothNumbers = !x.numbers().isEmpty() && !y.numbers().isEmpty();
    f[33] = bothNumbers && x.numbers().equals(y.numbers()) ? 1 : 0;
    f[34] = bothNumbers && !x.numbers().equals(y.numbers())
        && (x.numbers().containsAll(y.numbers()) || y.numbers().containsAll(x.numbers())) ? 1 : 0;
    f[35] = dice(charGrams(a), charGrams(b));
    f[36] = Math.max(precision, recall);
    double[] weightsA = pieceWeights(piecesA, idf);
    double[] weightsB = pieceWeights(piecesB, idf);
    double ip = weightedMean(bestA, weightsA);
    double ir = weightedMean(bestB, weightsB);
    f[37] = Math.min(ip, ir);
    f[38] = ip + ir == 0 ? 0 : 2 * ip * ir / (ip + ir);
    return f;
  }

  private static double weight(Set<String> stems, WordIdf idf) {
    double w = 0;
    for (String s : stems) {
      w += idf.idf(s);
    }
    return w;
  }

  /** Each word piece's IDF weight: a word's first piece its stem's, a continuation its word's. */
  private static double[] pieceWeights(List<String> pieces, WordIdf idf) {
    double[] w = new double[pieces.size()];
    for (int i = 0; i < w.length; i++) {
      String p = pieces.get(i);
      w[i] = p.startsWith("##") && i > 0 ? w[i - 1] : idf.idf(stem(p));
    }
    return w;
  }

  private static double weightedMean(double[] v, double[] w) {
    double s = 0;
    double t = 0;
    for (int i = 0; i < v.length && i < w.length; i++) {
      s += v[i] * w[i];
      t += w[i];
    }
    return t == 0 ? 0 : s / t;
  }

  /** Character 4-grams of the lower-cased letters and digits, word boundaries as one space. */
  private static Set<String> charGrams(String text) {
    String t = (text == null ? "" : text).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= t.length(); i++) {
      out.add(t.substring(i, i + 4));
    }
    return out;
  }

  /** A word piece whose best counterpart is below this cosine brings information the other lacks. */
  private static final double POOR_ALIGNMENT = 0.5;

  /** The vectors of pieces that carry content: not punctuation, not a stop word. */
  private static float[][] content(float[][] vectors, List<String> pieces) {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < vectors.length && i < pieces.size(); i++) {
      String p = pieces.get(i);
      boolean word = p.codePoints().anyMatch(Character::isLetterOrDigit);
      if (word && !STOP.contains(p)) {
        out.add(vectors[i]);
      }
    }
    return out.toArray(new float[0][]);
  }

  private static float[] sum(float[][] vectors) {
    float[] s = new float[vectors.length == 0 ? 0 : vectors[0].length];
    for (float[] v : vectors) {
      for (int d = 0; d < s.length; d++) {
        s[d] += v[d];
      }
    }
    return s;
  }

  /** For each piece of a, its highest cosine with a piece of b (BERTScore's greedy matching). */
  private static double[] bestMatches(float[][] a, float[][] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double best = 0;
      for (float[] v : b) {
        double dot = 0;
        for (int d = 0; d < v.length; d++) {
          dot += a[i][d] * v[d];
        }
        best = Math.max(best, dot);
      }
      out[i] = best;
    }
    return out;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  private static double min(double[] v) {
    double m = v.length == 0 ? 0 : Double.MAX_VALUE;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }

  /** Clipped n-gram precision of a's n-grams in b (BLEU's modified precision); 1 when a has none. */
  private static double ngramPrecision(List<String> a, List<String> b, int n) {
    Map<String, Integer> inB = new java.util.HashMap<>();
    for (int i = 0; i + n <= b.size(); i++) {
      inB.merge(String.join(" ", b.subList(i, i + n)), 1, Integer::sum);
    }
    int total = 0;
    int found = 0;
    for (int i = 0; i + n <= a.size(); i++) {
      total++;
      String g = String.join(" ", a.subList(i, i + n));
      Integer left = inB.get(g);
      if (left != null && left > 0) {
        found++;
        inB.put(g, left - 1);
      }
    }
    return total == 0 ? 1 : (double) found / total;
  }

  /** Word-level Levenshtein distance. */
  private static int editDistance(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** Length of the longest common word subsequence. */
  private static int commonSubsequence(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1))
            ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** Whether a holds an element b lacks. */
  private static boolean hasOwn(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (!b.contains(s)) {
        return true;
      }
    }
    return false;
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
