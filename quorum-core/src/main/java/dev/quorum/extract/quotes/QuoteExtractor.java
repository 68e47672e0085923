package dev.quorum.extract.quotes;

import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.extract.EntityLinker;
import dev.quorum.extract.NameFinder;
import dev.quorum.model.Article;
import dev.quorum.text.embed.SentenceMatcher;
import dev.quorum.text.embed.SentencePair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the quotes of a corpus: finds them per article ({@link ArticleQuoteFinder}), then joins
 * the mentions of one statement reported by several articles in variant wordings into one {@link
 * Quote} and counts the independent origins that report it.
 *
 * <p>Two mentions are one statement when their speakers are compatible (same entity, or names
 * that agree up to spelling variants) and their words agree: most content words of the shorter are
 * in the longer, or, when a {@link SentenceMatcher} is given, the shorter and the closest sentence
 * of the longer are judged the same statement by the MiniLM paraphrase model. Thread-safe when its
 * parts are.
 */
public final class QuoteExtractor {

  /** Share of the shorter mention's content words that the longer must hold. */
  static final double CONTAINMENT = 0.6;

  /** Below this share the paraphrase model is not asked. */
  static final double MODEL_FLOOR = 0.25;

  private final ArticleQuoteFinder finder;
  private final SentenceMatcher matcher;

  /** An extractor with lexical matching only. */
  public QuoteExtractor(NameFinder names, EntityLinker linker) {
    this(new ArticleQuoteFinder(names, linker), null);
  }

  /** An extractor over a given finder; {@code matcher} may be null for lexical matching only. */
  public QuoteExtractor(ArticleQuoteFinder finder, SentenceMatcher matcher) {
    this.finder = finder;
    this.matcher = matcher;
  }

  /** The quotes of a corpus with lexical matching only. */
  public static List<Quote> extract(
      List<Article> articles, CopyReport copies, NameFinder names, EntityLinker linker) {
    return new QuoteExtractor(names, linker).extract(articles, copies);
  }

  /** The quotes of one article, in text order. */
  public List<ArticleQuote> inArticle(Article article) {
    return finder.find(article);
  }

  /** The quotes of a corpus, each with all its mentions, in order of first mention. */
  public List<Quote> extract(List<Article> articles, CopyReport copies) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    List<ArticleQuote> all = new ArrayList<>();
    for (Article a : sorted) {
      all.addAll(finder.find(a));
    }
    return group(all, copies);
  }

  /** Joins per-article quotes (articles in id order, each in text order) into corpus quotes. */
  public List<Quote> group(List<ArticleQuote> all, CopyReport copies) {
    int n = all.size();
    List<Set<String>> words = new ArrayList<>(n);
    for (ArticleQuote q : all) {
      words.add(contentWords(q.text()));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<int[]> ask = new ArrayList<>();
    List<SentencePair> pairs = new ArrayList<>();
    // candidates share a content word or the whole normalized text: no all-pairs scan
    Map<String, List<Integer>> postings = new HashMap<>();
    Map<String, List<Integer>> sameText = new HashMap<>();
    for (int j = 0; j < n; j++) {
      for (String w : words.get(j)) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
      }
      sameText.computeIfAbsent(normalized(all.get(j).text()), k -> new ArrayList<>()).add(j);
    }
    for (int i = 0; i < n; i++) {
      java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
      for (String w : words.get(i)) {
        for (int j : postings.get(w)) {
          if (j > i) {
            candidates.add(j);
          }
        }
      }
      for (int j : sameText.get(normalized(all.get(i).text()))) {
        if (j > i) {
          candidates.add(j);
        }
      }
      for (int j : candidates) {
        ArticleQuote a = all.get(i);
        ArticleQuote b = all.get(j);
        if (a.direct() != b.direct() || !compatibleSpeakers(a, b)) {
          continue;
        }
        if (a.article().equals(b.article()) && a.span().overlaps(b.span())) {
          continue;
        }
        double c = containment(words.get(i), words.get(j));
        int smaller = Math.min(words.get(i).size(), words.get(j).size());
        boolean same = normalized(a.text()).equals(normalized(b.text()))
            || smaller >= 3 && c >= CONTAINMENT;
        if (same) {
          union(parent, i, j);
        } else if (matcher != null && smaller >= 3 && c >= MODEL_FLOOR) {
          ask.add(new int[] {i, j});
          pairs.add(closest(a.text(), b.text()));
        }
      }
    }
    if (!pairs.isEmpty()) {
      List<SentenceMatcher.Match> verdicts = matcher.match(pairs);
      for (int k = 0; k < verdicts.size(); k++) {
        if (verdicts.get(k).same()) {
          union(parent, ask.get(k)[0], ask.get(k)[1]);
        }
      }
    }
    Map<String, String> originOf = new HashMap<>();
    if (copies != null) {
      for (Origin o : copies.origins()) {
        for (String a : o.articles()) {
          originOf.put(a, o.id());
        }
      }
    }
    Map<Integer, List<ArticleQuote>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<List<ArticleQuote>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparing((List<ArticleQuote> g) -> g.get(0).article())
        .thenComparing(g -> g.get(0).span()));
    List<Quote> out = new ArrayList<>();
    int id = 1;
    for (List<ArticleQuote> g : ordered) {
      out.add(quote("q" + id++, g, originOf));
    }
    return out;
  }

  private static Quote quote(String id, List<ArticleQuote> g, Map<String, String> originOf) {
    ArticleQuote first = g.get(0);
    Map<String, Integer> entities = new LinkedHashMap<>();
    String named = null;
    String role = null;
    String cue = null;
    String channel = null;
    Set<String> origins = new HashSet<>();
    List<QuoteMention> mentions = new ArrayList<>();
    for (ArticleQuote q : g) {
      if (q.speakerEntity() != null) {
        entities.merge(q.speakerEntity(), 1, Integer::sum);
      }
      if (named == null && (q.kind() == Speaker.NAMED || q.kind() == Speaker.PRONOUN)) {
        named = q.speakerName();
      }
      if (role == null && q.kind() == Speaker.ROLE) {
        role = q.speakerName();
      }
      if (cue == null) {
        cue = q.cue();
      }
      if (channel == null) {
        channel = q.channel();
      }
      origins.add(originOf.getOrDefault(q.article(), q.article()));
      mentions.add(new QuoteMention(q.article(), q.span(), q.speakerSpan()));
    }
    String entity = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : entities.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        entity = e.getKey();
      }
    }
    String name = named != null ? named : role;
    return new Quote(id, first.text(), entity, name, cue, channel, first.direct(), mentions,
        origins.size());
  }

  /** The shorter text paired with the sentence of the longer that shares most of its words. */
  static SentencePair closest(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    Set<String> sw = contentWords(shorter);
    String best = longer;
    double bestScore = -1;
    for (String part : longer.split("(?<=[.!?…])\\s+")) {
      double s = containment(sw, contentWords(part));
      if (s > bestScore) {
        bestScore = s;
        best = part;
      }
    }
    return new SentencePair(shorter, best);
  }

  /** Whether two mentions may be spoken by the same speaker. */
  static boolean compatibleSpeakers(ArticleQuote a, ArticleQuote b) {
    if (a.speakerEntity() != null && b.speakerEntity() != null) {
      return a.speakerEntity().equals(b.speakerEntity());
    }
    String ka = a.speakerName() == null ? null : ArticleQuoteFinder.key(a.speakerName());
    String kb = b.speakerName() == null ? null : ArticleQuoteFinder.key(b.speakerName());
    if (ka == null || kb == null || ka.isEmpty() || kb.isEmpty()) {
      return ka == null && kb == null;
    }
    boolean roleA = a.kind() == Speaker.ROLE;
    boolean roleB = b.kind() == Speaker.ROLE;
    if (roleA != roleB) {
      return false;
    }
    if (roleA) {
      return ka.equals(kb) || headOf(ka).equals(headOf(kb));
    }
    for (String x : ka.split(" ")) {
      for (String y : kb.split(" ")) {
        if (x.length() >= 4 && y.length() >= 4 && similar(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String headOf(String roleKey) {
    String[] parts = roleKey.split(" ");
    return parts[parts.length - 1];
  }

  /**
   * Equal up to transliteration variants: short words (under 6 letters) exactly, others within an
   * edit distance of 1, or 2 from 8 letters on.
   */
  static boolean similar(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    if (Math.max(x.length(), y.length()) < 6) {
      return false;
    }
    int max = Math.max(x.length(), y.length()) >= 8 ? 2 : 1;
    if (Math.abs(x.length() - y.length()) > max) {
      return false;
    }
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int c = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()] <= max;
  }

  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
      "from", "is", "are", "was", "were", "be", "been", "it", "its", "that", "this", "these",
      "those", "we", "our", "us", "i", "you", "he", "she", "they", "them", "his", "her", "their",
      "not", "no", "as", "so", "if", "will", "would", "can", "could", "has", "have", "had", "do",
      "does", "did", "all", "there", "here", "what", "which", "who", "my", "me");

  /** Lower-cased content words, digits kept, diacritics dropped. */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : ArticleQuoteFinder.key(text).split(" ")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }

  static double containment(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : small) {
      if (large.contains(w)) {
        hit++;
      }
    }
    return (double) hit / small.size();
  }

  private static String normalized(String t) {
    return ArticleQuoteFinder.key(t).toLowerCase(Locale.ROOT);
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
