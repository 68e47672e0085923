package dev.quorum.copies;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import dev.quorum.model.Article;
import dev.quorum.text.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming rewrite finder over a bounded window of recent articles: sentence-level MinHash LSH
 * proposes earlier articles that share several similar sentences with a new one, and an
 * order-aware sentence alignment decides whether the new article rewrites them.
 *
 * <p>Per sentence of at least {@link SentenceAligner#MIN_CONTENT_WORDS} content words it computes
 * a SuperMinHash signature of {@code components} 16-bit values over the sentence's content-word
 * stems. Its LSH bands ({@code components / rows} of them) go into one open-addressing table from
 * a 64-bit band key to the newest sentence in that bucket; older members are chained through a
 * primitive ring of links (one int per sentence and band), as in {@link NearDuplicateIndex}. A
 * new article's sentences meet the members of their buckets (the newest {@code maxBucket} per
 * bucket); each distinct pair of sentences that shares a band is one hit for the earlier
 * article, and earlier articles with at least {@code minHits} hits are candidates. A candidate is
 * verified with {@link SentenceAligner#alignInOrder}: at least {@code minAlignedPairs} aligned
 * sentences covering at least {@code minRewriteCoverage} of the shorter article make a copy, a
 * {@code rewrite} unless the aligned sentences are near-verbatim (mean similarity at least 0.9,
 * then a {@code near-duplicate}).
 *
 * <p>The bound: only the last {@code window} articles are kept (their sentence stems, stored
 * flat, and their sentences' chain links); the band table drops keys whose newest member left
 * the window whenever it fills, so memory depends on the window, not on the stream. A copy
 * published more than {@code window} articles after its source is not found.
 *
 * <p>Embeddings where lexical evidence is not enough (optional, with a {@link SentenceEmbedder}):
 * a candidate whose lexical alignment falls short but covers at least {@code embedFrom} of the
 * shorter article is re-aligned with the similarity {@code max(Dice, (Dice + cosine) / 2)} of
 * the content-word Dice and the embedding cosine of two sentences, aligned from {@code
 * embedSimilarity} (pairs with a Dice below {@code embedDiceFloor} do not align), and decided by
 * the same rules on aligned pairs and coverage. Vectors are computed in one batch per article and kept
 * for the articles of the window (at most {@code embedCacheArticles}).
 *
 * <p>Not thread-safe; add articles from one thread.
 */
public final class RewriteIndex {

  /**
   * Parameters of the index.
   *
   * @param components MinHash components of 16 bits per sentence signature
   * @param rows components per LSH band ({@code components / rows} bands)
   * @param minHits sentence pairs sharing a band from which an earlier article is a candidate
   * @param sentenceSimilarity content-word Dice from which two sentences align
   * @param minAlignedPairs fewest aligned sentence pairs for a rewrite
   * @param minRewriteCoverage share of the shorter article's alignable sentences aligned
   * @param maxBucket most members of one bucket a new sentence meets (the newest)
   * @param window most recent articles kept; older ones are never candidates
   * @param embedFrom lexical coverage of the shorter article from which a candidate that falls
   *     short is re-aligned with embeddings
   * @param embedDiceFloor content-word Dice below which two sentences never align, embeddings or
   *     not
   * @param embedSimilarity combined similarity from which two sentences align in the embedding
   *     re-alignment
   * @param embedCacheArticles articles whose sentence vectors are kept
   */
  public record Options(
      int components,
      int rows,
      int minHits,
      double sentenceSimilarity,
      int minAlignedPairs,
      double minRewriteCoverage,
      int maxBucket,
      int window,
      double embedFrom,
      double embedDiceFloor,
      double embedSimilarity,
      int embedCacheArticles) {

    /**
     * 16 components in 8 bands of 2, two hits, Dice 0.5, 3 aligned pairs covering half the
     * shorter article, buckets of 200, a window of 20,000 articles; embeddings from a lexical
     * coverage of 0.2, Dice floor 0.2, combined similarity 0.55, vectors of 2,000 articles kept.
     */
    public static final Options DEFAULT =
        new Options(16, 2, 2, 0.5, 3, 0.5, 200, 20_000, 0.2, 0.2, 0.55, 2_000);

    public Options {
      if (components < 1 || rows < 1 || rows > 4 || components % rows != 0) {
        throw new IllegalArgumentException("need 1 <= rows <= 4 dividing components >= 1");
      }
      if (minHits < 1 || minAlignedPairs < 1 || maxBucket < 1 || window < 1
          || embedCacheArticles < 0) {
        throw new IllegalArgumentException(
            "need minHits, minAlignedPairs, maxBucket, window >= 1, embedCacheArticles >= 0");
      }
      if (!(sentenceSimilarity > 0 && sentenceSimilarity <= 1)
          || !(minRewriteCoverage >= 0 && minRewriteCoverage <= 1)
          || !(embedFrom >= 0 && embedFrom <= 1) || !(embedDiceFloor >= 0 && embedDiceFloor <= 1)
          || !(embedSimilarity > 0 && embedSimilarity <= 1)) {
        throw new IllegalArgumentException("similarities and shares must be in [0, 1]");
      }
    }

    /** These options with another window. */
    public Options withWindow(int articles) {
      return new Options(components, rows, minHits, sentenceSimilarity, minAlignedPairs,
          minRewriteCoverage, maxBucket, articles, embedFrom, embedDiceFloor, embedSimilarity,
          embedCacheArticles);
    }
  }

  /** Receives the relations the index finds, as they are found. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Article {@code article} (the one just added) copies the earlier article {@code earlier}.
     *
     * @param kind {@code rewrite}, or {@code near-duplicate} when the aligned sentences are
     *     near-verbatim
     * @param score share of the shorter article's alignable sentences aligned, at most 1
     * @param aligned aligned sentence pairs
     */
    void accept(int article, int earlier, CopyKind kind, double score, int aligned);
  }

  /** The evidence of a found relation, for callers in this package. */
  interface LinkSink {
    void accept(int article, int earlier, CopyKind kind, double score,
        List<SentenceAligner.Link> links);
  }

  /** Pairs the caller already related, which the index then does not verify. */
  interface Known {
    boolean related(int article, int earlier);
  }

  /** Mean aligned-sentence similarity from which aligned sentences count as copied verbatim. */
  static final double VERBATIM = 0.9;

  private static final int EMPTY = -1;

  private final Options options;
  private final int bands;
  private final SimilarityHashPolicy policy;
  private final SimilarityHasher hasher;
  private final SentenceAligner aligner;
  private final SentenceEmbedder embedder;

  // per article of the window, in a ring of `window` slots (article number % window)
  private final long[][] stems;
  private final int[][] stemEnds;
  private final int[] firstSentence;
  private final String[][] texts;
  private int size;

  // per indexed sentence (global number), in a ring of power-of-two capacity
  private int[] sentenceOwner = new int[1024];
  private int[] chainNext = new int[0];
  private int sentences;
  private int oldestSentence;

  // band key -> newest sentence of that bucket (open addressing, linear probing)
  private long[] bandKeys;
  private int[] bandHeads;
  private int bandUsed;

  private final Map<Integer, float[][]> vectors;

  // scratch for one add
  private int[] found = new int[256];
  private int[] owners = new int[256];
  private final long[] keyScratch;

  private long hits;
  private long candidates;
  private long embedded;
  private long embeddedRewrites;
  private long embedNanos;

  public RewriteIndex() {
    this(Options.DEFAULT, null);
  }

  /** An index; with an {@code embedder}, candidates that fall short lexically get embeddings. */
  public RewriteIndex(Options options, SentenceEmbedder embedder) {
    this.options = options;
    this.bands = options.components() / options.rows();
    this.policy = SimilarityHashing.superMinHash(options.components(), 16);
    this.hasher = policy.createHasher();
    this.aligner = new SentenceAligner(options.sentenceSimilarity());
    this.embedder = embedder;
    this.stems = new long[options.window()][];
    this.stemEnds = new int[options.window()][];
    this.firstSentence = new int[options.window()];
    this.texts = embedder == null ? null : new String[options.window()][];
    this.chainNext = new int[sentenceOwner.length * bands];
    this.bandKeys = new long[1024];
    this.bandHeads = new int[1024];
    Arrays.fill(bandHeads, EMPTY);
    this.keyScratch = new long[bands];
    this.vectors = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, float[][]> e) {
        return size() > options.embedCacheArticles();
      }
    };
  }

  public Options options() {
    return options;
  }

  /** Whether candidates that fall short lexically are re-aligned with embeddings. */
  public boolean usesEmbeddings() {
    return embedder != null;
  }

  /** Articles added so far. */
  public int size() {
    return size;
  }

  /** Distinct sentence pairs that shared a band so far. */
  public long hits() {
    return hits;
  }

  /** Candidate article pairs verified by alignment so far. */
  public long candidates() {
    return candidates;
  }

  /** Candidate pairs re-aligned with embeddings so far. */
  public long embedded() {
    return embedded;
  }

  /** Of those, the pairs that became copies only through embeddings. */
  public long embeddedRewrites() {
    return embeddedRewrites;
  }

  /** Time spent embedding sentences, in seconds. */
  public double embedSeconds() {
    return embedNanos / 1e9;
  }

  /**
   * Bytes held by the index's arrays now: the window's stems, the sentence ring and the band
   * table (sentence texts and cached vectors, kept only with embeddings, not counted).
   */
  public long bytes() {
    long b = 16L * stems.length * 3;
    for (int i = 0; i < stems.length; i++) {
      if (stems[i] != null) {
        b += 16 + 8L * stems[i].length + 16 + 4L * stemEnds[i].length;
      }
    }
    return b + 4L * sentenceOwner.length + 4L * chainNext.length + 12L * bandKeys.length;
  }

  /**
   * Adds an article of the pipeline; returns its article number after reporting its relations
   * to the earlier articles of the window, in increasing order of their numbers.
   */
  public int add(Article article, Sink sink) {
    ArticleFeatures f = ArticleFeatures.of(article);
    return add(f.sentenceStems, texts == null ? null : sentenceTexts(article), (a, b) -> false,
        (a, b, kind, score, links) -> sink.accept(a, b, kind, score, links.size()));
  }

  static String[] sentenceTexts(Article article) {
    String[] out = new String[article.sentences().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = article.sentenceText(i);
    }
    return out;
  }

  /**
   * Adds an article given by its per-sentence sorted content-word stem hashes (and, with
   * embeddings, its sentence texts), reporting its copies of earlier articles except the pairs
   * {@code known} already relates.
   */
  int add(long[][] sentenceStems, String[] sentenceTexts, Known known, LinkSink sink) {
    int id = size;
    if (id == Integer.MAX_VALUE) {
      throw new IllegalStateException("too many articles");
    }
    int w = options.window();
    int slot = id % w;
    if (id >= w) {
      evict(id - w);
    }
    // query: every distinct (new sentence, earlier sentence) pair sharing a band is one hit
    int k = options.components();
    int nOwners = 0;
    long[][] keys = new long[sentenceStems.length][];
    for (int s = 0; s < sentenceStems.length; s++) {
      long[] st = sentenceStems[s];
      if (st.length < SentenceAligner.MIN_CONTENT_WORDS) {
        continue;
      }
      byte[] sig = hasher.compute(ElementHashProvider.ofValues(st));
      long[] sk = new long[bands];
      for (int b = 0; b < bands; b++) {
        long packed = 0;
        for (int r = 0; r < options.rows(); r++) {
          packed = (packed << 16) | (policy.getComponent(sig, b * options.rows() + r) & 0xFFFF);
        }
        sk[b] = mix(packed + (b + 1) * 0x9E3779B97F4A7C15L);
      }
      keys[s] = sk;
      int n = 0;
      for (int b = 0; b < bands; b++) {
        int member = bandHeads[bandSlot(sk[b])];
        for (int seen = 0; member >= oldestSentence && seen < options.maxBucket(); seen++) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = member;
          member = chainNext[(member & (sentenceOwner.length - 1)) * bands + b];
        }
      }
      Arrays.sort(found, 0, n);
      for (int i = 0; i < n; i++) {
        if (i > 0 && found[i] == found[i - 1]) {
          continue;
        }
        if (nOwners == owners.length) {
          owners = Arrays.copyOf(owners, nOwners * 2);
        }
        owners[nOwners++] = sentenceOwner[found[i] & (sentenceOwner.length - 1)];
        hits++;
      }
    }
    // keep the article before verifying so that its stems are at hand
    flatten(slot, sentenceStems);
    if (texts != null) {
      texts[slot] = sentenceTexts;
    }
    firstSentence[slot] = sentences;
    size++;
    Arrays.sort(owners, 0, nOwners);
    ArticleFeatures x = null;
    for (int i = 0; i < nOwners; ) {
      int j = i;
      while (j < nOwners && owners[j] == owners[i]) {
        j++;
      }
      int earlier = owners[i];
      if (j - i >= options.minHits() && !known.related(id, earlier)) {
        if (x == null) {
          x = ArticleFeatures.ofStems(sentenceStems);
        }
        verify(id, earlier, x, sink);
      }
      i = j;
    }
    // insert the new article's sentences
    for (int s = 0; s < sentenceStems.length; s++) {
      if (keys[s] != null) {
        insert(keys[s], id);
      }
    }
    return id;
  }

  private void verify(int id, int earlier, ArticleFeatures x, LinkSink sink) {
    candidates++;
    ArticleFeatures y = ArticleFeatures.ofStems(stemsOf(earlier));
    // the earlier article first, as the batch detector aligned (lower number first)
    List<SentenceAligner.Link> links = aligner.alignInOrder(y, x);
    int shorter = Math.min(SentenceAligner.alignable(x), SentenceAligner.alignable(y));
    double coverage = shorter == 0 ? 0 : (double) links.size() / shorter;
    if (links.size() >= options.minAlignedPairs() && coverage >= options.minRewriteCoverage()) {
      double mean = links.stream().mapToDouble(SentenceAligner.Link::similarity).average()
          .orElse(0);
      // sentences taken over nearly word for word are a partial copy, not a rewording
      CopyKind kind = mean >= VERBATIM ? CopyKind.NEAR_DUPLICATE : CopyKind.REWRITE;
      sink.accept(id, earlier, kind, Math.min(1, coverage), links);
      return;
    }
    if (embedder == null || shorter == 0 || coverage < options.embedFrom()) {
      return;
    }
    embedded++;
    float[][] vy = vectorsOf(earlier);
    float[][] vx = vectorsOf(id);
    List<SentenceAligner.Link> pairs = new ArrayList<>();
    for (int i = 0; i < y.sentenceStems.length; i++) {
      for (int j = 0; j < x.sentenceStems.length; j++) {
        double dice = SentenceAligner.similarity(y.sentenceStems[i], x.sentenceStems[j]);
        if (dice >= options.embedDiceFloor()) {
          double cos = SentenceEmbedder.cosine(vy[i], vx[j]);
          double sim = Math.min(1, Math.max(dice, (dice + cos) / 2));
          if (sim >= options.embedSimilarity()) {
            pairs.add(new SentenceAligner.Link(i, j, sim));
          }
        }
      }
    }
    links = SentenceAligner.chain(pairs, x.sentenceStems.length, options.embedSimilarity());
    coverage = (double) links.size() / shorter;
    if (links.size() >= options.minAlignedPairs() && coverage >= options.minRewriteCoverage()) {
      embeddedRewrites++;
      sink.accept(id, earlier, CopyKind.REWRITE, Math.min(1, coverage), links);
    }
  }

  /** The sentence vectors of an article of the window, embedded in one batch and kept. */
  private float[][] vectorsOf(int article) {
    float[][] v = vectors.get(article);
    if (v == null) {
      long t = System.nanoTime();
      v = embedder.embed(Arrays.asList(texts[article % options.window()]));
      embedNanos += System.nanoTime() - t;
      vectors.put(article, v);
    }
    return v;
  }

  /** The per-sentence stems of an article still in the window. */
  long[][] stemsOf(int article) {
    if (article < 0 || article >= size || article < size - options.window()) {
      throw new IndexOutOfBoundsException("article " + article + " is not in the window");
    }
    int slot = article % options.window();
    long[] flat = stems[slot];
    int[] ends = stemEnds[slot];
    long[][] out = new long[ends.length][];
    int from = 0;
    for (int i = 0; i < ends.length; i++) {
      out[i] = Arrays.copyOfRange(flat, from, ends[i]);
      from = ends[i];
    }
    return out;
  }

  /** Whether an article is still in the window. */
  public boolean inWindow(int article) {
    return article >= 0 && article < size && article >= size - options.window();
  }

  private void flatten(int slot, long[][] sentenceStems) {
    int total = 0;
    for (long[] s : sentenceStems) {
      total += s.length;
    }
    long[] flat = new long[total];
    int[] ends = new int[sentenceStems.length];
    int at = 0;
    for (int i = 0; i < sentenceStems.length; i++) {
      System.arraycopy(sentenceStems[i], 0, flat, at, sentenceStems[i].length);
      at += sentenceStems[i].length;
      ends[i] = at;
    }
    stems[slot] = flat;
    stemEnds[slot] = ends;
  }

  /** Drops an article that leaves the window: its sentences stop being members of any bucket. */
  private void evict(int article) {
    int slot = article % options.window();
    stems[slot] = null;
    stemEnds[slot] = null;
    if (texts != null) {
      texts[slot] = null;
    }
    vectors.remove(article);
    int next = article + 1 < size ? firstSentence[(article + 1) % options.window()] : sentences;
    oldestSentence = Math.max(oldestSentence, next);
  }

  private void insert(long[] keys, int article) {
    if (sentences == Integer.MAX_VALUE) {
      throw new IllegalStateException("too many sentences");
    }
    if (sentences - oldestSentence >= sentenceOwner.length) {
      growRing();
    }
    int g = sentences++;
    int at = g & (sentenceOwner.length - 1);
    sentenceOwner[at] = article;
    for (int b = 0; b < bands; b++) {
      int slot = bandSlot(keys[b]);
      if (bandHeads[slot] == EMPTY) {
        bandKeys[slot] = keys[b];
        bandUsed++;
      }
      chainNext[at * bands + b] = bandHeads[slot] >= oldestSentence ? bandHeads[slot] : EMPTY;
      bandHeads[slot] = g;
      if (bandUsed * 4L > bandKeys.length * 3L) {
        rebuildBands();
      }
    }
  }

  private void growRing() {
    int cap = sentenceOwner.length;
    int[] owner = new int[cap * 2];
    int[] next = new int[cap * 2 * bands];
    for (int g = oldestSentence; g < sentences; g++) {
      int from = g & (cap - 1);
      int to = g & (cap * 2 - 1);
      owner[to] = sentenceOwner[from];
      System.arraycopy(chainNext, from * bands, next, to * bands, bands);
    }
    sentenceOwner = owner;
    chainNext = next;
  }

  /**
   * Re-hashes the band table without the keys whose newest member left the window, doubling it
   * only when the live keys alone would fill more than half of it.
   */
  private void rebuildBands() {
    long[] keys = bandKeys;
    int[] heads = bandHeads;
    int live = 0;
    for (int i = 0; i < keys.length; i++) {
      if (heads[i] != EMPTY && heads[i] >= oldestSentence) {
        live++;
      }
    }
    int capacity = keys.length;
    while (live * 2L > capacity) {
      capacity *= 2;
    }
    bandKeys = new long[capacity];
    bandHeads = new int[capacity];
    Arrays.fill(bandHeads, EMPTY);
    bandUsed = 0;
    for (int i = 0; i < keys.length; i++) {
      if (heads[i] != EMPTY && heads[i] >= oldestSentence) {
        int slot = bandSlot(keys[i]);
        bandKeys[slot] = keys[i];
        bandHeads[slot] = heads[i];
        bandUsed++;
      }
    }
  }

  private int bandSlot(long key) {
    int mask = bandKeys.length - 1;
    int slot = (int) key & mask;
    while (bandHeads[slot] != EMPTY && bandKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
