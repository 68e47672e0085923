package dev.quorum.copies;

import dev.quorum.model.Article;
import dev.quorum.model.Span;
import dev.quorum.text.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the copy relations of a corpus and groups its articles into independent origins.
 *
 * <p>Three cheap-to-costly steps: equal normalized text is a duplicate; word 5-shingle MinHash
 * with LSH banding proposes near-duplicate pairs, confirmed by the shingle containment estimated
 * from the signatures (both in the streaming, sketch-only {@link NearDuplicateIndex}); for
 * rewrites, whose shingles barely overlap, MinHash over each sentence's content-word stems with
 * LSH banding proposes article pairs that share several similar sentences, confirmed by an
 * order-aware sentence alignment that must cover a large share of the shorter article, so two
 * outlets that quote the same speech stay independent (the streaming {@link RewriteIndex}, here
 * with the whole batch as its window). Optionally, rewrite candidates whose lexical alignment
 * falls short are re-aligned with sentence embeddings.
 */
public final class CopyDetector {

  /**
   * Thresholds of the detector.
   *
   * @param shingle words per shingle
   * @param nearDuplicateContainment shingle containment in the smaller article for a near-duplicate
   * @param sentenceSimilarity content-word Dice from which two sentences align
   * @param minAlignedPairs fewest aligned sentence pairs for a rewrite
   * @param minRewriteCoverage share of the shorter article's sentences aligned for a rewrite
   * @param maxBucket LSH buckets larger than this are too common to propose pairs (for
   *     near-duplicates: a new article meets only the newest this many members of a bucket)
   */
  public record Options(
      int shingle,
      double nearDuplicateContainment,
      double sentenceSimilarity,
      int minAlignedPairs,
      double minRewriteCoverage,
      int maxBucket) {

    public static final Options DEFAULT = new Options(5, 0.6, 0.5, 3, 0.5, 200);
  }

  /** How far below the containment threshold the sketch stage still proposes a pair. */
  private static final double SKETCH_SLACK = 0.1;

  private final Options options;
  private final SentenceAligner aligner;
  private final SentenceEmbedder embedder;
  private long[] lastRewriteStats = new long[4];

  public CopyDetector() {
    this(Options.DEFAULT);
  }

  public CopyDetector(Options options) {
    this(options, null);
  }

  /**
   * A detector that, with an {@code embedder}, re-aligns rewrite candidates whose lexical
   * alignment falls short with sentence embeddings (see {@link RewriteIndex}); the caller owns
   * and closes the embedder.
   */
  public CopyDetector(Options options, SentenceEmbedder embedder) {
    this.options = options;
    this.aligner = new SentenceAligner(options.sentenceSimilarity());
    this.embedder = embedder;
  }

  /** The streaming rewrite stage's options for this detector's thresholds and a window. */
  RewriteIndex.Options rewriteOptions(int window) {
    RewriteIndex.Options d = RewriteIndex.Options.DEFAULT;
    return new RewriteIndex.Options(d.components(), d.rows(), d.minHits(),
        options.sentenceSimilarity(), options.minAlignedPairs(), options.minRewriteCoverage(),
        options.maxBucket(), window, d.embedFrom(), d.embedDiceFloor(), d.embedSimilarity(),
        d.embedCacheArticles());
  }

  /**
   * Counters of the last {@link #detect} call's rewrite stage: candidate pairs aligned, pairs
   * re-aligned with embeddings, pairs that became copies through embeddings, milliseconds spent
   * embedding (for measuring; meaningless while several threads call {@code detect}).
   */
  public long[] lastRewriteStats() {
    return lastRewriteStats.clone();
  }

  /** All copy relations among {@code articles} and their origins; ids must be distinct. */
  public CopyReport detect(List<Article> articles) {
    List<ArticleFeatures> fs = articles.stream().map(ArticleFeatures::of).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < fs.size(); i++) {
      if (index.put(fs.get(i).id, i) != null) {
        throw new IllegalArgumentException("duplicate article id " + fs.get(i).id);
      }
    }
    TreeMap<Long, CopyRelation> found = new TreeMap<>();
    // the sketch stage proposes with some slack below the threshold; with the whole articles at
    // hand the exact shingle containment decides, so estimation noise changes no decision
    NearDuplicateIndex.Options d = NearDuplicateIndex.Options.DEFAULT;
    NearDuplicateIndex sketches = new NearDuplicateIndex(new NearDuplicateIndex.Options(
        options.shingle(), d.components(), d.bands(), d.rows(),
        Math.max(0.05, options.nearDuplicateContainment() - SKETCH_SLACK), options.maxBucket()),
        fs.size());
    Map<Integer, long[]> shingles = new HashMap<>();
    // the detector holds the whole batch anyway, so the rewrite window is the whole batch
    RewriteIndex rewrites = new RewriteIndex(rewriteOptions(Math.max(1, fs.size())), embedder);
    for (ArticleFeatures f : fs) {
      sketches.add(f.words, (i, j, kind, estimate) -> {
        double score = 1.0;
        if (kind == CopyKind.NEAR_DUPLICATE) {
          long[] a = shingles.computeIfAbsent(i, k -> fs.get(k).shingles(options.shingle()));
          long[] b = shingles.computeIfAbsent(j, k -> fs.get(k).shingles(options.shingle()));
          score = (double) ArticleFeatures.intersection(a, b)
              / Math.max(1, Math.min(a.length, b.length));
          if (score < options.nearDuplicateContainment()) {
            return;
          }
        }
        found.put(pairKey(j, i), relation(fs.get(j), fs.get(i), kind, score,
            aligner.alignAnyOrder(fs.get(j), fs.get(i))));
      });
      rewrites.add(f.sentenceStems,
          embedder == null ? null : RewriteIndex.sentenceTexts(f.article),
          (i, j) -> found.containsKey(pairKey(j, i)),
          (i, j, kind, score, links) ->
              found.put(pairKey(j, i), relation(fs.get(j), fs.get(i), kind, score, links)));
    }
    lastRewriteStats = new long[] {rewrites.candidates(), rewrites.embedded(),
        rewrites.embeddedRewrites(), Math.round(rewrites.embedSeconds() * 1e3)};
    List<CopyRelation> copies = new ArrayList<>(found.values());
    copies.sort(Comparator.comparing(CopyRelation::b).thenComparing(CopyRelation::a));
    return new CopyReport(copies, origins(fs, copies, index));
  }

  /**
   * The order-free sentence alignment of two articles, whatever their relation: the evidence
   * {@code quorum compare} shows; spans of {@code a} first.
   */
  public List<AlignedPair> align(Article a, Article b) {
    List<AlignedPair> out = new ArrayList<>();
    ArticleFeatures x = ArticleFeatures.of(a);
    ArticleFeatures y = ArticleFeatures.of(b);
    for (SentenceAligner.Link l : aligner.alignAnyOrder(x, y)) {
      out.add(new AlignedPair(a.sentences().get(l.a()).span(), b.sentences().get(l.b()).span(),
          Math.min(1, l.similarity())));
    }
    return out;
  }

  private static long pairKey(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  /**
   * The relation between x and y, oriented so that {@code b} is the likely source: the earlier
   * published article; without dates, the one whose id comes first.
   */
  private static CopyRelation relation(ArticleFeatures x, ArticleFeatures y, CopyKind kind,
      double score, List<SentenceAligner.Link> links) {
    String px = x.article.metadata().published();
    String py = y.article.metadata().published();
    String evidence = null;
    boolean xIsSource;
    if (px != null && py != null && !px.equals(py)) {
      xIsSource = px.compareTo(py) < 0;
      evidence = "published earlier";
    } else {
      xIsSource = x.id.compareTo(y.id) <= 0;
    }
    ArticleFeatures source = xIsSource ? x : y;
    ArticleFeatures copy = xIsSource ? y : x;
    List<AlignedPair> aligned = new ArrayList<>();
    for (SentenceAligner.Link l : links) {
      int ci = xIsSource ? l.b() : l.a();
      int si = xIsSource ? l.a() : l.b();
      Span a = copy.article.sentences().get(ci).span();
      Span b = source.article.sentences().get(si).span();
      aligned.add(new AlignedPair(a, b, Math.min(1, l.similarity())));
    }
    aligned.sort(Comparator.comparing(AlignedPair::a));
    double covA = (double) links.size() / Math.max(1, copy.sentenceStems.length);
    double covB = (double) links.size() / Math.max(1, source.sentenceStems.length);
    return new CopyRelation(copy.id, source.id, kind, score, aligned, covA, covB, evidence);
  }

  /** Connected components of the copy graph, each named by its first article id. */
  private static List<Origin> origins(List<ArticleFeatures> fs, List<CopyRelation> copies,
      Map<String, Integer> index) {
    int[] parent = new int[fs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (CopyRelation r : copies) {
      int a = find(parent, index.get(r.a()));
      int b = find(parent, index.get(r.b()));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    TreeMap<String, TreeSet<String>> groups = new TreeMap<>();
    Map<Integer, TreeSet<String>> byRoot = new HashMap<>();
    for (int i = 0; i < fs.size(); i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(fs.get(i).id);
    }
    for (TreeSet<String> members : byRoot.values()) {
      groups.put(members.first(), members);
    }
    List<Origin> out = new ArrayList<>();
    groups.forEach((id, members) -> out.add(new Origin(id, List.copyOf(members))));
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
