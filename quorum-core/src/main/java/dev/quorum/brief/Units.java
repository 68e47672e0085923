package dev.quorum.brief;

import dev.quorum.model.Article;
import dev.quorum.model.Span;
import dev.quorum.text.PorterStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the sentences of articles into {@link Unit}s: words, stems, content terms and junk flags. */
final class Units {

  /** Sentences shorter than this many words are never summary sentences. */
  static final int MIN_WORDS = 8;
  /** Sentences longer than this many words are never summary sentences. */
  static final int MAX_WORDS = 60;

  /** Words that tie a sentence to the one before it, so it cannot stand alone. */
  static final java.util.Set<String> LEADING_CONNECTIVES = java.util.Set.of(
      "but", "and", "or", "so", "yet", "however", "still", "also", "meanwhile", "moreover",
      "nevertheless", "nonetheless", "instead", "then", "thus", "besides", "furthermore",
      "otherwise", "therefore", "hence");

  /** One sentence of the input with the features every stage uses. */
  static final class Unit {
    final int article;
    final String articleId;
    final int position;
    final int sentencesInArticle;
    final Span span;
    final String text;
    final int words;
    /** Stems of the sentence's words in order (lower-cased; Porter stems for English). */
    final String[] stems;
    final boolean[] stop;
    /** Content stems and their counts. */
    final Map<String, Integer> content;
    final boolean eligible;
    /** Dense index of the unit in its list. */
    int index;

    Unit(int article, String articleId, int position, int sentencesInArticle, Span span,
        String text, int words, String[] stems, boolean[] stop, Map<String, Integer> content,
        boolean eligible) {
      this.article = article;
      this.articleId = articleId;
      this.position = position;
      this.sentencesInArticle = sentencesInArticle;
      this.span = span;
      this.text = text;
      this.words = words;
      this.stems = stems;
      this.stop = stop;
      this.content = content;
      this.eligible = eligible;
    }
  }

  /** Stems already computed: the stemmer runs a dozen patterns per word. */
  private static final Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int STEM_CACHE_LIMIT = 500_000;

  private Units() {}

  static String stem(String word) {
    String s = STEMS.get(word);
    if (s == null) {
      s = PorterStemmer.stem(word);
      if (STEMS.size() >= STEM_CACHE_LIMIT) {
        STEMS.clear();
      }
      STEMS.put(word, s);
    }
    return s;
  }

  /** The units of all sentences of {@code articles}, in article then sentence order. */
  static List<Unit> of(List<Article> articles) {
    List<Unit> out = new ArrayList<>();
    for (int ai = 0; ai < articles.size(); ai++) {
      Article a = articles.get(ai);
      boolean english = a.language().equals("eng") || a.language().equals("und");
      int n = a.sentences().size();
      for (int si = 0; si < n; si++) {
        Span span = a.sentences().get(si).span();
        String text = span.of(a.text());
        List<String> words = words(text);
        String[] stems = new String[words.size()];
        boolean[] stop = new boolean[words.size()];
        Map<String, Integer> content = new HashMap<>();
        for (int i = 0; i < stems.length; i++) {
          String w = words.get(i);
          stop[i] = Stopwords.is(w);
          stems[i] = english && w.length() > 3 ? stem(w) : w;
          if (!stop[i]) {
            content.merge(stems[i], 1, Integer::sum);
          }
        }
        Unit u = new Unit(ai, a.id(), si, n, span, text, countWords(text), stems, stop, content,
            eligible(text));
        u.index = out.size();
        out.add(u);
      }
    }
    return out;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /** Whitespace-separated pieces of {@code text}. */
  static int countWords(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /**
   * Whether a sentence can stand in a summary on its own: a full statement of reasonable length
   * that ends like one, is not a question, does not start mid-sentence and is not mostly a quote
   * or a piece of a quote running over several sentences.
   */
  static boolean eligible(String text) {
    String t = text.strip();
    int words = countWords(t);
    if (words < MIN_WORDS || words > MAX_WORDS) {
      return false;
    }
    char first = t.charAt(0);
    if (Character.isLowerCase(first) || first == '(' || first == '-' || first == '—'
        || first == '–' || first == '…' || first == '.' || first == ',' || first == ';') {
      return false;
    }
    int end = t.length() - 1;
    while (end > 0 && isQuote(t.charAt(end))) {
      end--;
    }
    char last = t.charAt(end);
    if (last == '?' || (last != '.' && last != '!')) {
      return false;
    }
    if (t.contains("?") || t.endsWith(":")) {
      return false;
    }
    List<String> w = words(t.length() > 40 ? t.substring(0, 40) : t);
    if (!w.isEmpty() && LEADING_CONNECTIVES.contains(w.get(0))) {
      return false;
    }
    return quoteBalanced(t) && quotedShare(t) < 0.5;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '“' || c == '”' || c == '«' || c == '»'
        || c == '„';
  }

  /** Whether quotation marks open and close in pairs (a lone one marks a quote's fragment). */
  static boolean quoteBalanced(String t) {
    int straight = 0;
    int open = 0;
    int close = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '“' || c == '«' || c == '„') {
        open++;
      } else if (c == '”' || c == '»') {
        close++;
      } else if (c == '`' && i + 1 < t.length() && t.charAt(i + 1) == '`') {
        open++;
        i++;
      } else if (c == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'') {
        close++;
        i++;
      }
    }
    return straight % 2 == 0 && open == close;
  }

  /** The share of characters inside quotation marks. */
  static double quotedShare(String t) {
    int inside = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean pairOpen = c == '`' && i + 1 < t.length() && t.charAt(i + 1) == '`';
      boolean pairClose = c == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'';
      if (c == '"') {
        in = !in;
      } else if (c == '“' || c == '«' || c == '„' || pairOpen) {
        in = true;
      } else if (c == '”' || c == '»' || pairClose) {
        in = false;
      } else if (in) {
        inside++;
      }
      if (pairOpen || pairClose) {
        i++;
      }
    }
    return t.isEmpty() ? 0 : (double) inside / t.length();
  }
}
