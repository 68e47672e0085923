package dev.quorum.copies;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the sentences of two articles by content-word similarity: order-aware (a monotone
 * alignment that maximises the summed similarity above a threshold, as a rewrite keeps the order
 * of its source) or order-free (greedy one-to-one, for copies with reordered paragraphs).
 */
final class SentenceAligner {

  /** Sentences with fewer content words than this never align: too little to tell. */
  static final int MIN_CONTENT_WORDS = 4;

  /** One aligned pair of sentence indexes. */
  record Link(int a, int b, double similarity) {}

  private final double threshold;

  SentenceAligner(double threshold) {
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("similarity threshold must be positive: " + threshold);
    }
    this.threshold = threshold;
  }

  double threshold() {
    return threshold;
  }

  /** Dice coefficient of two sorted sets of content-word stems; 0 for too-short sentences. */
  static double similarity(long[] a, long[] b) {
    if (a.length < MIN_CONTENT_WORDS || b.length < MIN_CONTENT_WORDS) {
      return 0;
    }
    return 2.0 * ArticleFeatures.intersection(a, b) / (a.length + b.length);
  }

  /**
   * Every pair of sentences of {@code x} and {@code y} whose similarity reaches {@code threshold},
   * ordered by the sentence of {@code x}, then of {@code y}.
   *
   * <p>Intersections are counted through {@code y}'s stem index (built once per article), so only
   * pairs that share a stem cost anything: long articles that share little are cheap to compare.
   */
  static List<Link> links(ArticleFeatures x, ArticleFeatures y, double threshold) {
    long[][] a = x.sentenceStems;
    long[][] b = y.sentenceStems;
    List<Link> out = new ArrayList<>();
    ArticleFeatures.StemIndex index = y.stemIndex(MIN_CONTENT_WORDS);
    int[] shared = new int[b.length];
    IntList touched = new IntList();
    for (int i = 0; i < a.length; i++) {
      if (a[i].length < MIN_CONTENT_WORDS) {
        continue;
      }
      for (long stem : a[i]) {
        int at = Arrays.binarySearch(index.stems(), stem);
        for (int k = at < 0 ? 0 : index.start()[at]; at >= 0 && k < index.start()[at + 1]; k++) {
          int j = index.sentences()[k];
          if (shared[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      Arrays.sort(touched.values, 0, touched.size);
      for (int k = 0; k < touched.size; k++) {
        int j = touched.values[k];
        double sim = 2.0 * shared[j] / (a[i].length + b[j].length);
        if (sim >= threshold) {
          out.add(new Link(i, j, sim));
        }
        shared[j] = 0;
      }
      touched.size = 0;
    }
    return out;
  }

  /** A growable list of ints. */
  private static final class IntList {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /**
   * The monotone alignment (both sentence indexes strictly increasing) with the largest summed
   * margin above the threshold, each link adding a tiny bonus so that more links win ties.
   *
   * <p>Only pairs above the threshold can be links, so the chain is found over those alone: pairs
   * are taken row by row, and a Fenwick tree over the columns gives the best chain ending in an
   * earlier row and column, in O(k log m) for k pairs instead of a full n×m table.
   */
  List<Link> alignInOrder(ArticleFeatures x, ArticleFeatures y) {
    return chain(links(x, y, threshold), y.sentenceStems.length, threshold);
  }

  /**
   * The chain of {@code pairs} (ordered by row, then column; columns below {@code columns}) with
   * both indexes strictly increasing and the largest summed margin above {@code threshold}.
   */
  static List<Link> chain(List<Link> pairs, int columns, double threshold) {
    int m = columns;
    int k = pairs.size();
    double[] score = new double[k];
    int[] previous = new int[k];
    double[] treeScore = new double[m + 1];
    int[] treePair = new int[m + 1];
    Arrays.fill(treePair, -1);
    int end = -1;
    for (int p = 0; p < k; ) {
      int row = pairs.get(p).a();
      int q = p;
      for (; q < k && pairs.get(q).a() == row; q++) {
        Link l = pairs.get(q);
        // best chain over columns < l.b(), from earlier rows only (this row is inserted below)
        double before = 0;
        int from = -1;
        for (int i = l.b(); i > 0; i -= i & -i) {
          if (treePair[i] >= 0 && (treeScore[i] > before
              || treeScore[i] == before && from >= 0 && treePair[i] < from)) {
            before = treeScore[i];
            from = treePair[i];
          }
        }
        score[q] = before + (l.similarity() - threshold) + 1e-9;
        previous[q] = from;
        if (end < 0 || score[q] > score[end]) {
          end = q;
        }
      }
      for (int r = p; r < q; r++) {
        for (int i = pairs.get(r).b() + 1; i <= m; i += i & -i) {
          if (treePair[i] < 0 || score[r] > treeScore[i]) {
            treeScore[i] = score[r];
            treePair[i] = r;
          }
        }
      }
      p = q;
    }
    List<Link> chain = new ArrayList<>();
    for (int p = end; p >= 0; p = previous[p]) {
      chain.add(pairs.get(p));
    }
    java.util.Collections.reverse(chain);
    return chain;
  }

  /**
   * Greedy one-to-one alignment, best pairs first, order ignored.
   *
   * <p>Sentences with equal content-stem sets (similarity 1, the best there is) are paired first
   * through a hash table, in the order the greedy pass would take them; only the sentences left
   * over are compared pair by pair. Two near-duplicates, which share most sentences verbatim, thus
   * cost about linear time instead of the product of their lengths, and the result is the same.
   */
  List<Link> alignAnyOrder(ArticleFeatures x, ArticleFeatures y) {
    long[][] a = x.sentenceStems;
    long[][] b = y.sentenceStems;
    boolean[] usedA = new boolean[a.length];
    boolean[] usedB = new boolean[b.length];
    List<Link> links = new ArrayList<>();
    Map<StemSet, ArrayDeque<Integer>> equal = new HashMap<>();
    for (int j = 0; j < b.length; j++) {
      if (b[j].length >= MIN_CONTENT_WORDS) {
        equal.computeIfAbsent(new StemSet(b[j]), k -> new ArrayDeque<>()).addLast(j);
      }
    }
    for (int i = 0; i < a.length; i++) {
      if (threshold <= 1.0 && a[i].length >= MIN_CONTENT_WORDS) {
        ArrayDeque<Integer> same = equal.get(new StemSet(a[i]));
        if (same != null && !same.isEmpty()) {
          int j = same.pollFirst();
          usedA[i] = true;
          usedB[j] = true;
          links.add(new Link(i, j, 1.0));
        }
      }
    }
    List<Link> candidates = new ArrayList<>();
    if (links.size() < Math.min(a.length, b.length)) {
      for (Link l : links(x, y, threshold)) {
        if (!usedA[l.a()] && !usedB[l.b()]) {
          candidates.add(l);
        }
      }
    }
    candidates.sort((p, q) -> {
      int c = Double.compare(q.similarity(), p.similarity());
      return c != 0 ? c : p.a() != q.a() ? Integer.compare(p.a(), q.a()) : Integer.compare(p.b(), q.b());
    });
    for (Link l : candidates) {
      if (!usedA[l.a()] && !usedB[l.b()]) {
        usedA[l.a()] = true;
        usedB[l.b()] = true;
        links.add(l);
      }
    }
    links.sort((p, q) -> Integer.compare(p.a(), q.a()));
    return links;
  }

  /** A sorted stem array as a hash key. */
  private record StemSet(long[] stems) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StemSet s && Arrays.equals(stems, s.stems);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(stems);
    }
  }

  /** Number of sentences long enough to be aligned at all. */
  static int alignable(ArticleFeatures f) {
    return (int) Arrays.stream(f.sentenceStems).filter(s -> s.length >= MIN_CONTENT_WORDS).count();
  }
}
