package dev.quorum.brief;

import dev.quorum.brief.SummarySentence.Mention;
import dev.quorum.brief.Units.Unit;
import dev.quorum.copies.AlignedPair;
import dev.quorum.copies.CopyRelation;
import dev.quorum.copies.CopyReport;
import dev.quorum.copies.Origin;
import dev.quorum.model.Article;
import dev.quorum.text.embed.SentenceMatcher;
import dev.quorum.text.embed.SentencePair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unsupervised extractive multi-document summarizer: picks whole article sentences that cover the
 * most important concepts within a word budget, each statement once, and lists for every picked
 * sentence all the sentences of the input that state it.
 *
 * <p>Why concepts: following ICSISumm (Gillick and Favre 2009), a concept is a pair of adjacent
 * word stems that is not made of two function words, weighed by the number of independent sources
 * (origins when a copy report is given, else articles) that use it; a summary is worth the total
 * weight of the distinct concepts it covers, so repeating a statement earns nothing. Sentences are
 * picked greedily by weight gained per word, scaled by a prior from LexRank centrality and from
 * the sentence's position in its article (news puts its main facts first).
 */
public final class Summarizer {

  /**
   * How the summarizer chooses.
   *
   * @param words the word budget
   * @param fill whether one last sentence may run past the budget when words remain (for
   *     evaluations that cut a summary at the budget, such as ROUGE's {@code -l})
   * @param minSources concepts used by fewer sources than this weigh nothing (0: chosen from the
   *     number of sources)
   * @param lengthPower gains are divided by a sentence's words to this power
   * @param positionWeight weight of the position prior
   * @param centralityWeight weight of the LexRank prior
   * @param redundancy a candidate at least this similar (TF-IDF cosine) to a picked sentence is
   *     left out
   * @param sameStatement sentences at least this similar to a picked sentence are its mentions
   */
  public record Options(
      int words, boolean fill, int minSources, double lengthPower, double positionWeight,
      double centralityWeight, double redundancy, double sameStatement) {

    public Options {
      if (words < 1 || minSources < 0 || lengthPower < 0 || positionWeight < 0
          || centralityWeight < 0 || redundancy <= 0 || sameStatement <= 0) {
        throw new IllegalArgumentException("invalid summarizer options");
      }
    }

    /** A 150-word briefing summary. */
    public static Options defaults() {
      return new Options(150, false, 0, 1.0, 1.0, 1.0, 0.5, 0.6);
    }

    public Options withWords(int n) {
      return new Options(n, fill, minSources, lengthPower, positionWeight, centralityWeight,
          redundancy, sameStatement);
    }

    public Options withFill(boolean f) {
      return new Options(words, f, minSources, lengthPower, positionWeight, centralityWeight,
          redundancy, sameStatement);
    }

    public Options withMinSources(int n) {
      return new Options(words, fill, n, lengthPower, positionWeight, centralityWeight,
          redundancy, sameStatement);
    }

    public Options withLengthPower(double p) {
      return new Options(words, fill, minSources, p, positionWeight, centralityWeight,
          redundancy, sameStatement);
    }

    public Options withPositionWeight(double w) {
      return new Options(words, fill, minSources, lengthPower, w, centralityWeight, redundancy,
          sameStatement);
    }

    public Options withCentralityWeight(double w) {
      return new Options(words, fill, minSources, lengthPower, positionWeight, w, redundancy,
          sameStatement);
    }

    public Options withRedundancy(double r) {
      return new Options(words, fill, minSources, lengthPower, positionWeight, centralityWeight,
          r, sameStatement);
    }
  }

  /** LexRank is skipped above this many sentences: its graph grows with their square. */
  static final int LEXRANK_MAX_UNITS = 6000;

  /** Sentences below this TF-IDF cosine to a summary sentence are never asked of the matcher. */
  static final double MATCHER_MIN_COSINE = 0.2;
  /** At most this many of the most similar sentences per summary sentence go to the matcher. */
  static final int MATCHER_CANDIDATES = 64;

  private final Options options;
  private final SentenceMatcher matcher;

  public Summarizer() {
    this(Options.defaults());
  }

  public Summarizer(Options options) {
    this(options, null);
  }

  /**
   * A summarizer that also asks {@code matcher} (null: none) which sentences of other articles
   * state a summary sentence in other words; only sentences with some word overlap are asked.
   */
  public Summarizer(Options options, SentenceMatcher matcher) {
    this.options = options;
    this.matcher = matcher;
  }

  public Options options() {
    return options;
  }

  /** The summary of {@code articles}, each article its own source. */
  public List<SummarySentence> summarize(List<Article> articles) {
    return summarize(articles, null);
  }

  /**
   * The summary of {@code articles}; with {@code copies}, concepts and mentions count independent
   * origins instead of articles, so a rewrite of a wire story does not count twice.
   */
  public List<SummarySentence> summarize(List<Article> articles, CopyReport copies) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    List<Unit> units = Units.of(sorted);
    if (units.isEmpty()) {
      return List.of();
    }
    int[] source = sources(sorted, copies);
    int sourceCount = (int) java.util.Arrays.stream(source).distinct().count();
    Map<String, Double> weights = conceptWeights(units, source, sourceCount);
    TermVectors vectors = new TermVectors(units);
    double[] prior = priors(units, vectors);
    Map<Integer, Set<Integer>> aligned = aligned(units, copies);
    List<Unit> chosen = choose(units, weights, prior, vectors, aligned);
    return present(chosen, sorted, units, vectors, source, aligned);
  }

  /**
   * Per unit, the units that copy relations align with it: a rewrite restates a sentence in other
   * words, which TF-IDF cosine can miss while the copy detector's alignment does not.
   */
  private static Map<Integer, Set<Integer>> aligned(List<Unit> units, CopyReport copies) {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    if (copies == null) {
      return out;
    }
    Map<String, List<Unit>> byArticle = new HashMap<>();
    for (Unit u : units) {
      byArticle.computeIfAbsent(u.articleId, k -> new ArrayList<>()).add(u);
    }
    for (CopyRelation r : copies.copies()) {
      List<Unit> as = byArticle.get(r.a());
      List<Unit> bs = byArticle.get(r.b());
      if (as == null || bs == null) {
        continue;
      }
      for (AlignedPair p : r.aligned()) {
        for (Unit x : as) {
          if (!x.span.overlaps(p.a())) {
            continue;
          }
          for (Unit y : bs) {
            if (y.span.overlaps(p.b())) {
              out.computeIfAbsent(x.index, k -> new HashSet<>()).add(y.index);
              out.computeIfAbsent(y.index, k -> new HashSet<>()).add(x.index);
            }
          }
        }
      }
    }
    return out;
  }

  /** Per article (in sorted order), the index of its independent source. */
  private static int[] sources(List<Article> articles, CopyReport copies) {
    Map<String, Integer> originOf = new HashMap<>();
    if (copies != null) {
      int i = 0;
      for (Origin o : copies.origins()) {
        for (String a : o.articles()) {
          originOf.put(a, i);
        }
        i++;
      }
    }
    int[] out = new int[articles.size()];
    int next = originOf.size() + articles.size();
    for (int i = 0; i < out.length; i++) {
      Integer o = originOf.get(articles.get(i).id());
      out[i] = o != null ? o : next++;
    }
    return out;
  }

  /** Concept (stem bigram) weights: the number of sources using it, above the minimum. */
  Map<String, Double> conceptWeights(List<Unit> units, int[] source, int sourceCount) {
    Map<String, Set<Integer>> users = new HashMap<>();
    for (Unit u : units) {
      for (String c : concepts(u)) {
        users.computeIfAbsent(c, k -> new HashSet<>()).add(source[u.article]);
      }
    }
    int min = options.minSources() > 0 ? options.minSources()
        : sourceCount >= 6 ? 3 : sourceCount >= 2 ? 2 : 1;
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Set<Integer>> e : users.entrySet()) {
      int n = e.getValue().size();
      if (n >= min) {
        out.put(e.getKey(), (double) n);
      }
    }
    return out;
  }

  /** The concepts of a unit: adjacent stem pairs not made of two function words. */
  static Set<String> concepts(Unit u) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < u.stems.length; i++) {
      if (u.stop[i] && u.stop[i + 1]) {
        continue;
      }
      out.add(u.stems[i] + " " + u.stems[i + 1]);
    }
    return out;
  }

  /** A multiplier per unit from its position in its article and its centrality. */
  private double[] priors(List<Unit> units, TermVectors vectors) {
    double[] prior = new double[units.size()];
    double[] rank = options.centralityWeight() > 0 && units.size() <= LEXRANK_MAX_UNITS
        ? vectors.lexRank(0.1, 0.85, 30) : new double[units.size()];
    double maxRank = 0;
    for (double r : rank) {
      maxRank = Math.max(maxRank, r);
    }
    for (Unit u : units) {
      double position = 1.0 / (1 + u.position);
      double central = maxRank > 0 ? rank[u.index] / maxRank : 0;
      prior[u.index] = 1 + options.positionWeight() * position + options.centralityWeight() * central;
    }
    return prior;
  }

  private List<Unit> choose(List<Unit> units, Map<String, Double> weights, double[] prior,
      TermVectors vectors, Map<Integer, Set<Integer>> aligned) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>(weights.keySet());
    names.sort(null);
    double[] w = new double[names.size()];
    for (String c : names) {
      w[ids.size()] = weights.get(c);
      ids.put(c, ids.size());
    }
    List<Unit> candidates = units.stream().filter(u -> u.eligible).toList();
    int[][] concepts = new int[candidates.size()][];
    for (int i = 0; i < candidates.size(); i++) {
      concepts[i] = conceptIds(candidates.get(i), ids, Integer.MAX_VALUE);
    }
    boolean[] covered = new boolean[w.length];
    boolean[] out = new boolean[candidates.size()];
    List<Unit> picked = new ArrayList<>();
    int used = 0;
    int budget = options.words();
    while (true) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < candidates.size(); i++) {
        Unit u = candidates.get(i);
        if (out[i] || used + u.words > budget) {
          continue;
        }
        double gain = gain(concepts[i], covered, w) * prior[u.index];
        double score = gain / Math.pow(u.words, options.lengthPower());
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      Unit b = candidates.get(best);
      picked.add(b);
      for (int c : concepts[best]) {
        covered[c] = true;
      }
      used += b.words;
      exclude(candidates, out, b, vectors, aligned);
    }
    if (options.fill() && used < budget) {
      int left = budget - used;
      int best = -1;
      double bestGain = 0;
      for (int i = 0; i < candidates.size(); i++) {
        if (out[i]) {
          continue;
        }
        Unit u = candidates.get(i);
        double g = gain(conceptIds(u, ids, left), covered, w) * prior[u.index];
        if (g > bestGain) {
          bestGain = g;
          best = i;
        }
      }
      if (best >= 0) {
        picked.add(candidates.get(best));
      }
    }
    return picked;
  }

  /** Marks the picked unit and every candidate redundant with it as out. */
  private void exclude(List<Unit> candidates, boolean[] out, Unit picked, TermVectors vectors,
      Map<Integer, Set<Integer>> aligned) {
    Set<Integer> same = aligned.getOrDefault(picked.index, Set.of());
    for (int i = 0; i < candidates.size(); i++) {
      Unit u = candidates.get(i);
      if (!out[i] && (u == picked || same.contains(u.index)
          || vectors.cosine(u.index, picked.index) >= options.redundancy())) {
        out[i] = true;
      }
    }
  }

  /** The ids of the weighted concepts among the first {@code words} words of a unit. */
  private static int[] conceptIds(Unit u, Map<String, Integer> ids, int words) {
    int n = Math.min(u.stems.length, words);
    int[] out = new int[Math.max(0, n - 1)];
    int k = 0;
    for (int i = 0; i + 1 < n; i++) {
      if (u.stop[i] && u.stop[i + 1]) {
        continue;
      }
      Integer id = ids.get(u.stems[i] + " " + u.stems[i + 1]);
      if (id != null) {
        out[k++] = id;
      }
    }
    return java.util.Arrays.stream(out, 0, k).distinct().toArray();
  }

  private static double gain(int[] concepts, boolean[] covered, double[] w) {
    double g = 0;
    for (int c : concepts) {
      if (!covered[c]) {
        g += w[c];
      }
    }
    return g;
  }

  /** The picked units in reading order, each with its mentions and origin count. */
  private List<SummarySentence> present(List<Unit> chosen, List<Article> articles,
      List<Unit> units, TermVectors vectors, int[] source, Map<Integer, Set<Integer>> aligned) {
    Unit overflow = null;
    List<Unit> ordered = new ArrayList<>(chosen);
    if (options.fill() && !chosen.isEmpty()) {
      int sum = chosen.stream().mapToInt(u -> u.words).sum();
      if (sum > options.words()) {
        overflow = ordered.remove(ordered.size() - 1);
      }
    }
    ordered.sort(Comparator.comparing((Unit u) -> published(articles.get(u.article)))
        .thenComparingDouble(u -> (double) u.position / Math.max(1, u.sentencesInArticle))
        .thenComparing(u -> u.articleId)
        .thenComparingInt(u -> u.position));
    if (overflow != null) {
      ordered.add(overflow);
    }
    Map<Unit, Set<Unit>> paraphrases = paraphrases(ordered, units, vectors);
    List<SummarySentence> out = new ArrayList<>();
    for (Unit u : ordered) {
      List<Unit> same = new ArrayList<>();
      Set<Integer> alignedWith = aligned.getOrDefault(u.index, Set.of());
      Set<Unit> matched = paraphrases.getOrDefault(u, Set.of());
      for (Unit v : units) {
        if (v != u && (vectors.cosine(u.index, v.index) >= options.sameStatement()
            || alignedWith.contains(v.index) || matched.contains(v)
            || v.text.strip().equalsIgnoreCase(u.text.strip()))) {
          same.add(v);
        }
      }
      same.sort(Comparator.comparing((Unit v) -> v.articleId).thenComparingInt(v -> v.position));
      List<Mention> mentions = new ArrayList<>();
      Mention first = new Mention(u.articleId, u.span);
      mentions.add(first);
      Set<Integer> origins = new HashSet<>();
      origins.add(source[u.article]);
      for (Unit v : same) {
        mentions.add(new Mention(v.articleId, v.span));
        origins.add(source[v.article]);
      }
      out.add(new SummarySentence(u.text, first, mentions, origins.size()));
    }
    return out;
  }

  /**
   * Per summary sentence, the sentences of other articles the matcher judges to state the same,
   * among those with some word overlap; empty without a matcher.
   */
  private Map<Unit, Set<Unit>> paraphrases(List<Unit> chosen, List<Unit> units,
      TermVectors vectors) {
    Map<Unit, Set<Unit>> out = new HashMap<>();
    if (matcher == null) {
      return out;
    }
    List<Unit[]> asked = new ArrayList<>();
    List<SentencePair> pairs = new ArrayList<>();
    for (Unit u : chosen) {
      List<Unit> near = new ArrayList<>();
      for (Unit v : units) {
        double c = vectors.cosine(u.index, v.index);
        if (v.article != u.article && c >= MATCHER_MIN_COSINE && c < options.sameStatement()) {
          near.add(v);
        }
      }
      near.sort(Comparator.comparingDouble((Unit v) -> -vectors.cosine(u.index, v.index))
          .thenComparingInt(v -> v.index));
      for (Unit v : near.subList(0, Math.min(MATCHER_CANDIDATES, near.size()))) {
        asked.add(new Unit[] {u, v});
        pairs.add(new SentencePair(u.text, v.text));
      }
    }
    if (pairs.isEmpty()) {
      return out;
    }
    List<SentenceMatcher.Match> verdicts = matcher.match(pairs);
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i).same()) {
        out.computeIfAbsent(asked.get(i)[0], k -> new HashSet<>()).add(asked.get(i)[1]);
      }
    }
    return out;
  }

  private static String published(Article a) {
    String p = a.metadata().published();
    return p == null || p.isBlank() ? "9999" : p;
  }
}
