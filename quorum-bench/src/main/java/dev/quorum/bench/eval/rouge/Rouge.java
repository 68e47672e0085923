package dev.quorum.bench.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N recall as ROUGE-1.5.5 computes it with {@code -n N -m -l WORDS -f A}: ROUGE's tokens,
 * ROUGE's stems ({@link RougeStemmer}) for tokens longer than three characters, each summary cut to
 * its first words, and the hits summed over all models of a topic divided by their summed n-gram
 * counts.
 *
 * <p>Why this order of steps: ROUGE-1.5.5 cuts each summary, models included, after that many
 * whitespace-separated words of the raw line (so the detached commas of the DUC models count as
 * words), and only then turns non-alphanumerics into spaces and drops what does not start with a
 * letter, digit or {@code $}; its stemmer looks a word up in WordNet's exception lists before
 * its own variant of Porter's algorithm. Each step moves the scores, and {@code RougeTest} checks the whole against
 * the official scores in {@code rouge-reference.tsv}.
 */
public final class Rouge {

  /** Recall, precision and the raw counts behind them, summed over the models. */
  public record Score(int hits, int modelGrams, int peerGrams) {
    public double recall() {
      return modelGrams == 0 ? 0 : (double) hits / modelGrams;
    }

    public double precision() {
      return peerGrams == 0 ? 0 : (double) hits / peerGrams;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "R %.5f (%d/%d)", recall(), hits, modelGrams);
    }
  }

  private final int maxN;
  private final int wordLimit;
  private final boolean stem;
  private final Map<String, String> exceptions;

  /**
   * @param maxN longest n-gram scored
   * @param wordLimit words kept of each summary, 0 for all
   * @param stem whether to stem as {@code -m} does
   * @param exceptions irregular forms and their base form (WordNet's exception lists), which
   *     ROUGE's stemmer returns instead of a Porter stem
   */
  public Rouge(int maxN, int wordLimit, boolean stem, Map<String, String> exceptions) {
    if (maxN < 1 || wordLimit < 0) {
      throw new IllegalArgumentException("maxN " + maxN + ", wordLimit " + wordLimit);
    }
    this.maxN = maxN;
    this.wordLimit = wordLimit;
    this.stem = stem;
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The DUC setting {@code -n 2 -m -l 100} with the given exception lists. */
  public static Rouge duc(Map<String, String> exceptions) {
    return new Rouge(2, 100, true, exceptions);
  }

  /**
   * WordNet's exception lists ({@code adj.exc adv.exc noun.exc verb.exc}) in {@code dir} as one
   * map, a later file overriding an earlier one as ROUGE's database does; empty when absent.
   */
  public static Map<String, String> wordNetExceptions(Path dir) {
    Map<String, String> out = new HashMap<>();
    for (String pos : List.of("adj", "adv", "noun", "verb")) {
      Path f = dir.resolve(pos + ".exc");
      if (!Files.isRegularFile(f)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          String[] w = line.strip().split("\\s+");
          if (w.length >= 2) {
            out.put(w[0], w[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return out;
  }

  /**
   * ROUGE's tokens of a summary: A-Z lowercased, cut after {@code wordLimit} whitespace-separated
   * words, hyphens and other non-alphanumerics to spaces, tokens starting with a letter, digit or
   * {@code $} kept, and those longer than three characters stemmed.
   */
  public List<String> tokens(String text) {
    String lower = asciiLower(text).strip();
    if (lower.isEmpty()) {
      return List.of();
    }
    String[] words = lower.split("\\s+");
    int n = wordLimit > 0 ? Math.min(wordLimit, words.length) : words.length;
    String cut = String.join(" ", Arrays.asList(words).subList(0, n));
    String t = cut.replace("-", " - ").replaceAll("[^a-z0-9\\-]", " ").strip();
    if (t.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      char c = w.charAt(0);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$')) {
        continue;
      }
      out.add(stem && w.length() > 3 ? morph(w) : w);
    }
    return out;
  }

  /** Lower-cases A-Z only, as ROUGE's {@code tr/A-Z/a-z/}: other letters become spaces later. */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  private String morph(String w) {
    String base = exceptions.get(w);
    return base != null ? base : RougeStemmer.stem(w);
  }

  /** The n-gram counts of a token list. */
  public static Map<String, Integer> grams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** ROUGE-1 .. ROUGE-maxN of {@code peer} against {@code models} (index 0 is ROUGE-1). */
  public List<Score> score(String peer, List<String> models) {
    List<String> p = tokens(peer);
    List<List<String>> ms = models.stream().map(this::tokens).toList();
    List<Score> out = new ArrayList<>(maxN);
    for (int n = 1; n <= maxN; n++) {
      Map<String, Integer> pg = grams(p, n);
      int peerCount = Math.max(0, p.size() - n + 1);
      int hits = 0;
      int modelCount = 0;
      int peerTotal = 0;
      for (List<String> m : ms) {
        Map<String, Integer> mg = grams(m, n);
        for (Map.Entry<String, Integer> e : mg.entrySet()) {
          hits += Math.min(e.getValue(), pg.getOrDefault(e.getKey(), 0));
        }
        modelCount += Math.max(0, m.size() - n + 1);
        peerTotal += peerCount;
      }
      out.add(new Score(hits, modelCount, peerTotal));
    }
    return out;
  }
}
