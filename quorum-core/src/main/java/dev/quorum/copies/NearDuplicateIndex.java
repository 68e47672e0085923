package dev.quorum.copies;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.Arrays;
import java.util.Locale;

/**
 * A streaming duplicate and near-duplicate finder that keeps only a compact sketch per article
 * and reports each article's copy relations to the articles added before it.
 *
 * <p>Per article it keeps a 64-bit hash of the normalized text, the number of distinct word
 * shingles and a MinHash signature of {@code components} 16-bit values (SuperMinHash, hash4j):
 * with the defaults 268 bytes, plus {@code 4 * bands} bytes of LSH chain links and about 16 bytes
 * per band in the band table. LSH band tables
 * are one open-addressing table from a 64-bit band key to the newest article in that bucket,
 * whose older members are chained through a primitive int array, so no boxed collection grows
 * with the corpus. A new article is compared with the members of its buckets (at most {@code
 * maxBucket} per bucket, the newest first) by signature alone: equal text hashes are duplicates;
 * otherwise the Jaccard similarity estimated from the signatures and the two shingle counts give
 * the estimated containment of the smaller shingle set in the larger, and a pair at or above
 * {@code containment} is a near-duplicate.
 *
 * <p>Why containment rather than Jaccard: a copy trimmed to two thirds of its source has Jaccard
 * 0.67 but containment 1; an extended copy likewise. The estimate is |A∩B| = J/(1+J)·(|A|+|B|).
 *
 * <p>Not thread-safe; add articles from one thread.
 */
public final class NearDuplicateIndex {

  /**
   * Parameters of the index.
   *
   * @param shingle words per shingle
   * @param components MinHash components of 16 bits per signature, all used to estimate Jaccard
   * @param bands LSH bands, made of the first {@code bands * rows} components
   * @param rows components per LSH band
   * @param containment estimated containment from which a pair is a near-duplicate
   * @param maxBucket most members of one LSH bucket a new article is compared with (the newest):
   *     a bucket this full holds boilerplate, not copies
   */
  public record Options(
      int shingle, int components, int bands, int rows, double containment, int maxBucket) {

    /**
     * 5-word shingles, 128 components, 48 bands of 2, containment 0.6, buckets of 200: a pair
     * with Jaccard 0.3 (containment 0.6 in a copy trimmed or extended by a third, with a few
     * words changed) shares a band with probability 1 - (1 - 0.3^2)^48 = 0.989.
     */
    public static final Options DEFAULT = new Options(5, 128, 48, 2, 0.6, 200);

    public Options {
      if (shingle < 1 || rows < 1 || rows > 4 || bands < 1 || bands * rows > components) {
        throw new IllegalArgumentException(
            "need shingle >= 1, 1 <= rows <= 4, bands >= 1 and bands * rows <= components");
      }
      if (!(containment > 0 && containment <= 1) || maxBucket < 1) {
        throw new IllegalArgumentException("need 0 < containment <= 1 and maxBucket >= 1");
      }
    }
  }

  /** Receives the relations the index finds, as they are found. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Article {@code article} (the one just added) copies the earlier article {@code earlier}.
     *
     * @param score 1 for a duplicate, else the estimated shingle containment in [0, 1]
     */
    void accept(int article, int earlier, CopyKind kind, double score);
  }

  private static final Hasher64 HASHER = Hashing.komihash5_0();
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int EMPTY = -1;

  private final Options options;
  private final int bands;
  private final SimilarityHashPolicy policy;
  private final SimilarityHasher hasher;

  // per article, in chunks of CHUNK articles
  private short[][] signatures = new short[0][];
  private int[][] shingleCounts = new int[0][];
  private long[][] textHashes = new long[0][];
  private int[][] chainNext = new int[0][];
  private int size;

  // band key -> newest article of that bucket (open addressing, linear probing)
  private long[] bandKeys;
  private int[] bandHeads;
  private int bandUsed;

  // normalized text hash -> first article with that text
  private long[] textKeys;
  private int[] textFirst;
  private int textUsed;

  // scratch for one add
  private int[] candidates = new int[256];
  private final long[] bandKeyScratch;

  private long comparisons;

  public NearDuplicateIndex() {
    this(Options.DEFAULT, 1024);
  }

  /** An index for about {@code expected} articles (it grows past that). */
  public NearDuplicateIndex(Options options, int expected) {
    this.options = options;
    this.bands = options.bands();
    this.policy = SimilarityHashing.superMinHash(options.components(), 16);
    this.hasher = policy.createHasher();
    int bandCapacity = capacity((long) Math.max(16, expected) * bands);
    bandKeys = new long[bandCapacity];
    bandHeads = new int[bandCapacity];
    Arrays.fill(bandHeads, EMPTY);
    int textCapacity = capacity(Math.max(16, expected));
    textKeys = new long[textCapacity];
    textFirst = new int[textCapacity];
    Arrays.fill(textFirst, EMPTY);
    bandKeyScratch = new long[bands];
  }

  /** The smallest power of two that holds {@code entries} at a load of at most 3/4. */
  private static int capacity(long entries) {
    long c = Long.highestOneBit(Math.max(16, entries * 4 / 3 + 1) - 1) << 1;
    if (c > 1 << 30) {
      throw new IllegalArgumentException("too many entries for one table: " + entries);
    }
    return (int) c;
  }

  public Options options() {
    return options;
  }

  /** Articles added so far. */
  public int size() {
    return size;
  }

  /** Candidate pairs compared by signature so far. */
  public long comparisons() {
    return comparisons;
  }

  /** Bytes held by the index's arrays: the per-article sketches and the hash tables. */
  public long bytes() {
    long perChunk = (long) CHUNK * (2L * options.components() + 4 + 8 + 4L * bands);
    return signatures.length * perChunk + bandKeys.length * 12L + textKeys.length * 12L;
  }

  /**
   * Hashes of the words of a plain text in reading order: maximal runs of letters and digits,
   * lower-cased; the cheap normalization for texts that did not go through the pipeline.
   */
  public static long[] wordHashes(CharSequence text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    StringBuilder w = new StringBuilder(32);
    for (int i = 0, len = text.length(); i <= len; i++) {
      char c = i < len ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = HASHER.hashCharsToLong(w);
        w.setLength(0);
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Hash of a word as {@link #wordHashes} and {@link ArticleFeatures} compute it. */
  static long wordHash(String word) {
    return HASHER.hashCharsToLong(word.toLowerCase(Locale.ROOT));
  }

  /** One hash of a whole word sequence: equal for texts equal up to case and punctuation. */
  static long textHash(long[] words) {
    long h = 0x9E3779B97F4A7C15L;
    for (long w : words) {
      h = Long.rotateLeft(h ^ w, 27) * 0xC2B2AE3D27D4EB4FL;
    }
    return h ^ words.length;
  }

  /** Sorted distinct hashes of the word k-shingles (the whole text when shorter than k). */
  public static long[] shingles(long[] words, int k) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - k + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x632BE59BD9B4E019L;
      for (int j = i; j < Math.min(words.length, i + k); j++) {
        h = Long.rotateLeft(h ^ words[j], 31) * 0x9E3779B97F4A7C15L;
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int d = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[d++] = out[i];
      }
    }
    return d == out.length ? out : Arrays.copyOf(out, d);
  }

  /**
   * Adds an article of the pipeline, its words normalized as {@link CopyDetector} does (its
   * tokens that hold a letter or digit, lower-cased); returns its article number.
   */
  public int add(dev.quorum.model.Article article, Sink sink) {
    return add(ArticleFeatures.of(article).words, sink);
  }

  /** Adds a plain text (see {@link #wordHashes}); returns its article number. */
  public int add(CharSequence text, Sink sink) {
    return add(wordHashes(text), sink);
  }

  /**
   * Adds the article whose normalized words hash to {@code words}, first reporting to {@code
   * sink} its relations to earlier articles in increasing order of their numbers; returns its
   * article number (0, 1, 2, ... in the order of adding). An article without words gets a number
   * but no relation.
   */
  public int add(long[] words, Sink sink) {
    int id = size;
    ensureChunk(id);
    int chunk = id >>> CHUNK_BITS;
    int at = id & (CHUNK - 1);
    int[] next = chainNext[chunk];
    Arrays.fill(next, at * bands, (at + 1) * bands, EMPTY);
    size++;
    if (words.length == 0) {
      shingleCounts[chunk][at] = 0;
      return id;
    }
    long textHash = textHash(words);
    long[] shingles = shingles(words, options.shingle());
    byte[] sig = hasher.compute(ElementHashProvider.ofValues(shingles));
    short[] sigs = signatures[chunk];
    int k = options.components();
    for (int c = 0; c < k; c++) {
      sigs[at * k + c] = (short) policy.getComponent(sig, c);
    }
    shingleCounts[chunk][at] = shingles.length;
    textHashes[chunk][at] = textHash;

    int n = 0;
    int first = textLookup(textHash);
    if (first != EMPTY) {
      n = push(n, first);
    }
    for (int b = 0; b < bands; b++) {
      long key = bandKey(sigs, at * k + b * options.rows(), b);
      bandKeyScratch[b] = key;
      int slot = bandSlot(key);
      int member = bandHeads[slot];
      for (int seen = 0; member != EMPTY && seen < options.maxBucket(); seen++) {
        n = push(n, member);
        member = chainNext[member >>> CHUNK_BITS][(member & (CHUNK - 1)) * bands + b];
      }
    }
    if (n > 0) {
      Arrays.sort(candidates, 0, n);
      int previous = EMPTY;
      for (int i = 0; i < n; i++) {
        int other = candidates[i];
        if (other == previous) {
          continue;
        }
        previous = other;
        compare(id, other, textHash, shingles.length, sink);
      }
    }
    for (int b = 0; b < bands; b++) {
      insertBand(bandKeyScratch[b], id, b);
    }
    if (first == EMPTY) {
      insertText(textHash, id);
    }
    return id;
  }

  private void compare(int id, int other, long textHash, int count, Sink sink) {
    comparisons++;
    int oc = other >>> CHUNK_BITS;
    int oa = other & (CHUNK - 1);
    if (textHashes[oc][oa] == textHash) {
      sink.accept(id, other, CopyKind.DUPLICATE, 1.0);
      return;
    }
    double c = containment(id, other, count);
    if (c >= options.containment()) {
      sink.accept(id, other, CopyKind.NEAR_DUPLICATE, c);
    }
  }

  /** Jaccard similarity of two added articles' shingle sets, estimated from their signatures. */
  public double jaccard(int x, int y) {
    check(x);
    check(y);
    int k = options.components();
    short[] sx = signatures[x >>> CHUNK_BITS];
    short[] sy = signatures[y >>> CHUNK_BITS];
    int ox = (x & (CHUNK - 1)) * k;
    int oy = (y & (CHUNK - 1)) * k;
    int equal = 0;
    for (int c = 0; c < k; c++) {
      if (sx[ox + c] == sy[oy + c]) {
        equal++;
      }
    }
    return (double) equal / k;
  }

  /**
   * Share of the smaller shingle set of two added articles found in the larger, estimated from
   * the signatures' Jaccard estimate and the exact set sizes; 0 when either has no words.
   */
  public double containment(int x, int y) {
    check(x);
    check(y);
    return containment(x, y, shingleCounts[x >>> CHUNK_BITS][x & (CHUNK - 1)]);
  }

  private double containment(int x, int y, int countX) {
    int countY = shingleCounts[y >>> CHUNK_BITS][y & (CHUNK - 1)];
    if (countX == 0 || countY == 0) {
      return 0;
    }
    double j = jaccard(x, y);
    double common = j / (1 + j) * (countX + countY);
    return Math.min(1, common / Math.min(countX, countY));
  }

  private void check(int x) {
    if (x < 0 || x >= size) {
      throw new IndexOutOfBoundsException("no article " + x + " of " + size);
    }
  }

  private int push(int n, int member) {
    if (n == candidates.length) {
      candidates = Arrays.copyOf(candidates, n * 2);
    }
    candidates[n] = member;
    return n + 1;
  }

  private long bandKey(short[] sigs, int from, int band) {
    long packed = 0;
    for (int r = 0; r < options.rows(); r++) {
      packed = (packed << 16) | (sigs[from + r] & 0xFFFF);
    }
    return mix(packed + band * 0x9E3779B97F4A7C15L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private int bandSlot(long key) {
    int mask = bandKeys.length - 1;
    int slot = (int) key & mask;
    while (bandHeads[slot] != EMPTY && bandKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void insertBand(long key, int id, int band) {
    int slot = bandSlot(key);
    if (bandHeads[slot] == EMPTY) {
      bandKeys[slot] = key;
      bandUsed++;
    }
    chainNext[id >>> CHUNK_BITS][(id & (CHUNK - 1)) * bands + band] = bandHeads[slot];
    bandHeads[slot] = id;
    if (bandUsed * 4L > bandKeys.length * 3L) {
      growBands();
    }
  }

  private void growBands() {
    long[] keys = bandKeys;
    int[] heads = bandHeads;
    bandKeys = new long[keys.length * 2];
    bandHeads = new int[keys.length * 2];
    Arrays.fill(bandHeads, EMPTY);
    for (int i = 0; i < keys.length; i++) {
      if (heads[i] != EMPTY) {
        int slot = bandSlot(keys[i]);
        bandKeys[slot] = keys[i];
        bandHeads[slot] = heads[i];
      }
    }
  }

  private int textSlot(long key) {
    int mask = textKeys.length - 1;
    int slot = (int) mix(key) & mask;
    while (textFirst[slot] != EMPTY && textKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int textLookup(long key) {
    return textFirst[textSlot(key)];
  }

  private void insertText(long key, int id) {
    int slot = textSlot(key);
    textKeys[slot] = key;
    textFirst[slot] = id;
    textUsed++;
    if (textUsed * 4L > textKeys.length * 3L) {
      long[] keys = textKeys;
      int[] firsts = textFirst;
      textKeys = new long[keys.length * 2];
      textFirst = new int[keys.length * 2];
      Arrays.fill(textFirst, EMPTY);
      for (int i = 0; i < keys.length; i++) {
        if (firsts[i] != EMPTY) {
          int s = textSlot(keys[i]);
          textKeys[s] = keys[i];
          textFirst[s] = firsts[i];
        }
      }
    }
  }

  private void ensureChunk(int id) {
    int chunk = id >>> CHUNK_BITS;
    if (chunk < signatures.length) {
      return;
    }
    int k = options.components();
    signatures = Arrays.copyOf(signatures, chunk + 1);
    shingleCounts = Arrays.copyOf(shingleCounts, chunk + 1);
    textHashes = Arrays.copyOf(textHashes, chunk + 1);
    chainNext = Arrays.copyOf(chainNext, chunk + 1);
    signatures[chunk] = new short[CHUNK * k];
    shingleCounts[chunk] = new int[CHUNK];
    textHashes[chunk] = new long[CHUNK];
    chainNext[chunk] = new int[CHUNK * bands];
  }
}
