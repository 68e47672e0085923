package dev.quorum.bench.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Rewrites an article sentence by sentence as article-spinning tools do: WordNet synonyms for a
 * share of the content words, clauses swapped around a comma, a few adjacent sentences swapped,
 * some sentences dropped and a few taken from another article added. Deterministic for a seed.
 */
public final class Spinner {

  /**
   * How hard to spin.
   *
   * @param wordShare share of eligible words replaced by a synonym
   * @param clauseSwap chance that a sentence's clauses are swapped around a comma
   * @param sentenceSwap chance that a sentence is swapped with the next one
   * @param drop chance that a sentence is dropped
   * @param added sentences taken from the other article
   */
  public record Options(
      double wordShare, double clauseSwap, double sentenceSwap, double drop, int added) {

    public static final Options DEFAULT = new Options(0.4, 0.25, 0.1, 0.1, 2);
  }

  /** Words that would start a dependent clause: swapping around them breaks the sentence. */
  private static final Set<String> NO_SWAP = Set.of(
      "which", "who", "whom", "whose", "where", "when", "that", "and", "or", "but", "including",
      "while", "although", "because", "as");

  private final Synonymizer synonyms;
  private final Options options;

  public Spinner(WordNet wordNet, Options options) {
    this.synonyms = new Synonymizer(wordNet);
    this.options = options;
  }

  /** The spun version of {@code base}, with sentences from {@code other} mixed in. */
  public Draft spin(Draft base, Draft other, long seed) {
    Random r = new Random(seed);
    List<List<String>> paras = new ArrayList<>();
    for (List<String> p : base.paragraphs()) {
      List<String> out = new ArrayList<>();
      for (String s : p) {
        if (r.nextDouble() < options.drop()) {
          continue;
        }
        String t = r.nextDouble() < options.clauseSwap() ? swapClauses(s) : s;
        out.add(synonyms.substitute(t, options.wordShare(), r));
      }
      if (!out.isEmpty()) {
        paras.add(out);
      }
    }
    List<String> flat = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (List<String> p : paras) {
      flat.addAll(p);
      sizes.add(p.size());
    }
    for (int i = 0; i + 1 < flat.size(); i++) {
      if (r.nextDouble() < options.sentenceSwap()) {
        String t = flat.get(i);
        flat.set(i, flat.get(i + 1));
        flat.set(i + 1, t);
        i++;
      }
    }
    List<String> donors = other == null ? List.of() : other.sentences();
    for (int k = 0; k < options.added() && !donors.isEmpty(); k++) {
      String s = donors.get(r.nextInt(donors.size()));
      int at = flat.isEmpty() ? 0 : 1 + r.nextInt(flat.size());
      flat.add(at, s);
      sizes.add(1);
    }
    List<List<String>> regrouped = new ArrayList<>();
    int i = 0;
    for (int size : sizes) {
      if (i >= flat.size()) {
        break;
      }
      int end = Math.min(flat.size(), i + size);
      regrouped.add(flat.subList(i, end));
      i = end;
    }
    if (i < flat.size()) {
      regrouped.add(flat.subList(i, flat.size()));
    }
    return new Draft(synonyms.substitute(base.title(), options.wordShare(), r), regrouped);
  }

  /**
   * The sentence with the clauses around its first suitable comma swapped ("A, B." becomes "B,
   * a."), or unchanged when no comma splits it into two parts of four or more words.
   */
  static String swapClauses(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return sentence;
    }
    char end = s.charAt(s.length() - 1);
    boolean punct = end == '.' || end == '!' || end == '?';
    String body = punct ? s.substring(0, s.length() - 1) : s;
    if (body.contains("\"") || body.contains("``") || body.contains("“")) {
      return sentence; // quotes do not survive clause swapping
    }
    int from = 0;
    while (true) {
      int c = body.indexOf(", ", from);
      if (c < 0) {
        return sentence;
      }
      String left = body.substring(0, c).strip();
      String right = body.substring(c + 2).strip();
      from = c + 2;
      if (words(left) < 4 || words(right) < 4 || left.contains(",")) {
        continue;
      }
      String firstRight = right.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (NO_SWAP.contains(firstRight) || right.contains(",")) {
        continue;
      }
      return capitalise(right) + ", " + decapitalise(left) + (punct ? String.valueOf(end) : "");
    }
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first letter only when the first word is a common word, not a name. */
  private static String decapitalise(String s) {
    String first = s.split("\\s+")[0];
    boolean common = Set.of("The", "A", "An", "In", "On", "At", "For", "But", "After", "Before",
        "When", "While", "Although", "Since", "If", "It", "He", "She", "They", "We", "This",
        "That", "There", "Some", "Many", "Most").contains(first);
    return common ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }
}
