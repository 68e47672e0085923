package dev.quorum.bench.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a share of the content words of a text with WordNet synonyms, keeping their inflection:
 * what article-spinning tools do word by word.
 *
 * <p>Without a part-of-speech tagger the part of speech comes from the word's form (-ing, -ed, -s
 * against WordNet's base forms) and, for uninflected words, from the part of speech whose senses
 * WordNet's sense-tagged corpus saw most often. Capitalised words (names, sentence starts), words
 * with digits and function words are never touched.
 */
public final class Synonymizer {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:[-'][A-Za-z]+)*|\\S");

  /** English function words and very general verbs that spinners leave alone. */
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that",
      "this", "these", "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "about", "as", "into", "onto", "over", "under", "after", "before", "since", "until",
      "while", "during", "through", "between", "among", "against", "without", "within", "up",
      "down", "out", "off", "not", "no", "is", "are", "was", "were", "be", "been", "being", "am",
      "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
      "could", "may", "might", "must", "he", "she", "it", "they", "we", "you", "i", "him", "her",
      "them", "us", "me", "his", "its", "their", "our", "your", "my", "who", "whom", "whose",
      "which", "what", "when", "where", "why", "how", "all", "any", "some", "each", "every",
      "both", "either", "neither", "more", "most", "less", "least", "very", "also", "only", "just",
      "said", "says", "say", "told", "tell", "one", "two", "three", "other", "such", "own", "same",
      "too", "again", "further", "once", "ago", "per", "s", "t", "mr", "mrs", "ms");

  private enum Form { BASE, PLURAL, THIRD, PAST, GERUND }

  private record Choice(WordNet.Pos pos, String lemma, Form form) {}

  private final WordNet wordNet;

  public Synonymizer(WordNet wordNet) {
    this.wordNet = wordNet;
  }

  /**
   * {@code text} with about {@code share} of its eligible words replaced by a synonym drawn with
   * {@code random} from the word's two most frequent senses; words without a usable synonym stay.
   */
  public String substitute(String text, double share, Random random) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String w = m.group();
      String replacement = null;
      if (eligible(w) && random.nextDouble() < share) {
        replacement = synonym(w, random);
      }
      out.append(replacement == null ? w : replacement);
      last = m.end();
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  /** Whether a token may be replaced: a lower-case word of 3+ letters, not a function word. */
  static boolean eligible(String token) {
    if (token.length() < 3 || !Character.isLowerCase(token.charAt(0))) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return !token.contains("'") && !STOP.contains(token);
  }

  /** A synonym of {@code word} in the same inflection, or null when there is none. */
  String synonym(String word, Random random) {
    Choice c = analyse(word);
    if (c == null) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    for (String s : wordNet.synonyms(c.lemma(), c.pos(), 2)) {
      boolean plain = s.chars().allMatch(ch -> ch == ' ' || (ch >= 'a' && ch <= 'z'));
      boolean inflectable = c.form() == Form.BASE
          || (s.indexOf(' ') < 0 && !wordNet.irregular(s, c.pos()));
      if (plain && s.length() >= 3 && inflectable && !s.equals(word)) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String lemma = candidates.get(random.nextInt(Math.min(3, candidates.size())));
    return inflect(lemma, c.form());
  }

  private Choice analyse(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ing")) {
      String b = firstOther(w, WordNet.Pos.VERB);
      if (b != null) {
        return new Choice(WordNet.Pos.VERB, b, Form.GERUND);
      }
    }
    if (w.endsWith("ed")) {
      String b = firstOther(w, WordNet.Pos.VERB);
      if (b != null && regularPast(b).equals(w)) {
        return new Choice(WordNet.Pos.VERB, b, Form.PAST);
      }
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      String n = firstOther(w, WordNet.Pos.NOUN);
      String v = firstOther(w, WordNet.Pos.VERB);
      int nc = n == null ? -1 : wordNet.taggedCount(n, WordNet.Pos.NOUN);
      int vc = v == null ? -1 : wordNet.taggedCount(v, WordNet.Pos.VERB);
      if (n != null && nc >= vc && plural(n).equals(w)) {
        return new Choice(WordNet.Pos.NOUN, n, Form.PLURAL);
      }
      if (v != null && plural(v).equals(w)) {
        return new Choice(WordNet.Pos.VERB, v, Form.THIRD);
      }
    }
    WordNet.Pos best = null;
    int bestCount = -1;
    for (WordNet.Pos p : WordNet.Pos.values()) {
      int c = wordNet.taggedCount(w, p);
      if (c > bestCount) {
        best = p;
        bestCount = c;
      }
    }
    if (best == null || bestCount < 0) {
      return null;
    }
    if (best == WordNet.Pos.VERB && wordNet.irregular(w, best)) {
      return null; // put, set, cut: the bare form may be a past tense a synonym would not keep
    }
    return new Choice(best, w, Form.BASE);
  }

  private String firstOther(String w, WordNet.Pos pos) {
    for (String b : wordNet.baseForms(w, pos)) {
      if (!b.equals(w)) {
        return b;
      }
    }
    return null;
  }

  /** {@code lemma} inflected regularly. */
  static String inflect(String lemma, Form form) {
    return switch (form) {
      case BASE -> lemma;
      case PLURAL, THIRD -> plural(lemma);
      case PAST -> regularPast(lemma);
      case GERUND -> gerund(lemma);
    };
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  static String regularPast(String w) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return w + "ed";
  }

  static String gerund(String w) {
    if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    return w + "ing";
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
