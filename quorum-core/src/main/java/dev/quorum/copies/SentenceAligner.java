package dev.quorum.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  private double[][] matrix(ArticleFeatures x, ArticleFeatures y) {
    long[][] a = x.sentenceStems;
    long[][] b = y.sentenceStems;
    double[][] m = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        m[i][j] = similarity(a[i], b[j]);
      }
    }
    return m;
  }

  /** The monotone alignment with the largest summed margin above the threshold. */
  List<Link> alignInOrder(ArticleFeatures x, ArticleFeatures y) {
    double[][] s = matrix(x, y);
    int n = s.length;
    int m = n == 0 ? 0 : s[0].length;
    double[][] best = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double v = Math.max(best[i - 1][j], best[i][j - 1]);
        double sim = s[i - 1][j - 1];
        if (sim >= threshold) {
          v = Math.max(v, best[i - 1][j - 1] + (sim - threshold) + 1e-9);
        }
        best[i][j] = v;
      }
    }
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      double sim = s[i - 1][j - 1];
      if (sim >= threshold && best[i][j] == best[i - 1][j - 1] + (sim - threshold) + 1e-9) {
        links.add(new Link(i - 1, j - 1, sim));
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
    java.util.Collections.reverse(links);
    return links;
  }

  /** Greedy one-to-one alignment, best pairs first, order ignored. */
  List<Link> alignAnyOrder(ArticleFeatures x, ArticleFeatures y) {
    double[][] s = matrix(x, y);
    List<Link> candidates = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s[i].length; j++) {
        if (s[i][j] >= threshold) {
          candidates.add(new Link(i, j, s[i][j]));
        }
      }
    }
    candidates.sort((p, q) -> {
      int c = Double.compare(q.similarity(), p.similarity());
      return c != 0 ? c : p.a() != q.a() ? Integer.compare(p.a(), q.a()) : Integer.compare(p.b(), q.b());
    });
    boolean[] usedA = new boolean[s.length];
    boolean[] usedB = new boolean[s.length == 0 ? 0 : s[0].length];
    List<Link> links = new ArrayList<>();
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

  /** Number of sentences long enough to be aligned at all. */
  static int alignable(ArticleFeatures f) {
    return (int) Arrays.stream(f.sentenceStems).filter(s -> s.length >= MIN_CONTENT_WORDS).count();
  }
}
