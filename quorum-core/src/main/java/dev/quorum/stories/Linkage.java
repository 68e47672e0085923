package dev.quorum.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Batch event clustering: average linkage over the k-nearest-neighbour graph of the origins, each
 * TF-IDF cosine scaled by the local density of its two ends.
 *
 * <p>Why local scaling: how similar two reports of one happening are depends on the happening (a
 * summit shares its vocabulary with every summit; a rare disaster shares little with anything), so
 * one cosine threshold is too strict for some events and too loose for others, and the right
 * threshold moves as the pool grows denser. Dividing the cosine of {@code i} and {@code j} by
 * {@code sqrt(σi·σj)}, where {@code σi} is i's cosine with its {@code scaleRank}-th nearest
 * neighbour (the self-tuning scale of Zelnik-Manor and Perona, 2004), measures a pair against
 * what is usual around each of its ends. Average linkage then merges the two clusters whose
 * mean scaled similarity is highest (pairs outside each other's neighbour lists count 0), until
 * no pair reaches the threshold.
 *
 * <p>Cost: for each origin, its {@code queryTerms} most distinctive terms are looked up in an
 * inverted index of all origins (postings longer than {@code maxPosting} skipped), the best
 * {@code 4·neighbours} partial matches get their exact cosine, and the {@code neighbours}
 * nearest are kept: time about linear in the batch for a bounded posting length, memory
 * {@code neighbours} edges per origin.
 *
 * @param scaleRank which neighbour's cosine is an origin's local scale (k)
 * @param neighbours nearest neighbours kept per origin (edges of the graph)
 * @param threshold mean scaled similarity at which two clusters still merge
 * @param minUnits smallest batch the linkage runs on: below it there are too few other subjects
 *     to measure a local density against, and the caller keeps its own clustering
 */
public record Linkage(int scaleRank, int neighbours, double threshold, int minUnits) {

  /** Terms of an origin looked up to find its neighbour candidates. */
  static final int QUERY_TERMS = 24;
  /** Postings longer than this are not followed when looking for candidates. */
  static final int MAX_POSTING = 20_000;
  /** Scales below this are raised to it, so that an isolated origin does not divide by ~0. */
  static final double MIN_SCALE = 0.01;

  public Linkage {
    if (scaleRank < 1 || neighbours < scaleRank || !(threshold > 0) || minUnits < 2) {
      throw new IllegalArgumentException("linkage settings out of range: scaleRank "
          + scaleRank + ", neighbours " + neighbours + ", threshold " + threshold
          + ", minUnits " + minUnits);
    }
  }

  /** Clusters the units; returns a label per unit (the smallest index in its cluster). */
  int[] cluster(List<Unit> units, Vocabulary terms, boolean parallel) {
    int n = units.size();
    float[][] w = new float[n][];
    for (int i = 0; i < n; i++) {
      Unit u = units.get(i);
      float[] x = new float[u.terms.length];
      double norm = 0;
      for (int k = 0; k < x.length; k++) {
        x[k] = u.termWeights[k] * terms.idf(u.terms[k]);
        norm += (double) x[k] * x[k];
      }
      float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < x.length; k++) {
        x[k] *= inv;
      }
      w[i] = x;
    }
    Postings postings = new Postings(units, w, terms.size());
    int[][] nb = new int[n][];
    float[][] nbCos = new float[n][];
    IntStream range = IntStream.range(0, n);
    (parallel ? range.parallel() : range).forEach(i -> {
      int[][] ids = new int[1][];
      float[][] cos = new float[1][];
      nearest(i, units, w, postings, ids, cos);
      nb[i] = ids[0];
      nbCos[i] = cos[0];
    });
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      float[] c = nbCos[i];
      double s = c.length == 0 ? MIN_SCALE : c[Math.min(scaleRank, c.length) - 1];
      scale[i] = Math.max(MIN_SCALE, s);
    }
    return averageLinkage(n, nb, nbCos, scale);
  }

  /** Term postings of all units: for each term id, the units holding it and their weights. */
  private static final class Postings {
    final int[] start;
    final int[] unit;
    final float[] weight;

    Postings(List<Unit> units, float[][] w, int vocabulary) {
      start = new int[vocabulary + 1];
      for (Unit u : units) {
        for (int t : u.terms) {
          start[t + 1]++;
        }
      }
      for (int t = 0; t < vocabulary; t++) {
        start[t + 1] += start[t];
      }
      unit = new int[start[vocabulary]];
      weight = new float[start[vocabulary]];
      int[] fill = Arrays.copyOf(start, vocabulary);
      for (int i = 0; i < units.size(); i++) {
        int[] ts = units.get(i).terms;
        for (int k = 0; k < ts.length; k++) {
          int at = fill[ts[k]]++;
          unit[at] = i;
          weight[at] = w[i][k];
        }
      }
    }
  }

  /** The {@link #neighbours} units most similar to unit i, nearest first (ties: lower index). */
  private void nearest(int i, List<Unit> units, float[][] w, Postings p, int[][] idsOut,
      float[][] cosOut) {
    int[] ts = units.get(i).terms;
    float[] wi = w[i];
    Integer[] order = new Integer[ts.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> wi[a] != wi[b] ? Float.compare(wi[b], wi[a])
        : Integer.compare(a, b));
    HashMap<Integer, double[]> partial = new HashMap<>();
    for (int q = 0; q < Math.min(QUERY_TERMS, order.length); q++) {
      int k = order[q];
      int t = ts[k];
      int from = p.start[t];
      int to = p.start[t + 1];
      if (to - from > MAX_POSTING) {
        continue;
      }
      for (int at = from; at < to; at++) {
        int j = p.unit[at];
        if (j != i) {
          partial.computeIfAbsent(j, x -> new double[1])[0] += wi[k] * p.weight[at];
        }
      }
    }
    int[] cand = partial.keySet().stream().mapToInt(Integer::intValue).toArray();
    // the best partial matches get an exact cosine
    Integer[] byPartial = Arrays.stream(cand).boxed().toArray(Integer[]::new);
    Arrays.sort(byPartial, (a, b) -> {
      double pa = partial.get(a)[0];
      double pb = partial.get(b)[0];
      return pa != pb ? Double.compare(pb, pa) : Integer.compare(a, b);
    });
    int m = Math.min(byPartial.length, 4 * neighbours);
    int[] ids = new int[m];
    double[] cos = new double[m];
    for (int c = 0; c < m; c++) {
      ids[c] = byPartial[c];
      cos[c] = dot(ts, wi, units.get(ids[c]).terms, w[ids[c]]);
    }
    Integer[] best = new Integer[m];
    for (int c = 0; c < m; c++) {
      best[c] = c;
    }
    Arrays.sort(best, (a, b) -> cos[a] != cos[b] ? Double.compare(cos[b], cos[a])
        : Integer.compare(ids[a], ids[b]));
    int keep = 0;
    while (keep < Math.min(m, neighbours) && cos[best[keep]] > 0) {
      keep++;
    }
    idsOut[0] = new int[keep];
    cosOut[0] = new float[keep];
    for (int c = 0; c < keep; c++) {
      idsOut[0][c] = ids[best[c]];
      cosOut[0][c] = (float) cos[best[c]];
    }
  }

  private static double dot(int[] a, float[] wa, int[] b, float[] wb) {
    double s = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        s += (double) wa[x++] * wb[y++];
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return s;
  }

  /** Greedy average linkage over the sparse graph; labels are each cluster's smallest index. */
  private int[] averageLinkage(int n, int[][] nb, float[][] nbCos, double[] scale) {
    List<Map<Integer, Double>> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new HashMap<>());
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < nb[i].length; c++) {
        int j = nb[i][c];
        double rel = nbCos[i][c] / Math.sqrt(scale[i] * scale[j]);
        // an edge found from both ends is one edge: keep it once
        links.get(i).put(j, rel);
        links.get(j).put(i, rel);
      }
    }
    int[] size = new int[n];
    int[] version = new int[n];
    int[] parent = new int[n];
    Arrays.fill(size, 1);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    record Candidate(double score, int a, int b, int va, int vb) {}
    PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.score != y.score
        ? Double.compare(y.score, x.score)
        : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Integer, Double> e : links.get(i).entrySet()) {
        if (i < e.getKey() && e.getValue() >= threshold) {
          queue.add(new Candidate(e.getValue(), i, e.getKey(), 0, 0));
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (c.va != version[c.a] || c.vb != version[c.b] || parent[c.a] != c.a
          || parent[c.b] != c.b) {
        continue;
      }
      // merge b into a (a < b: the label stays the smaller root)
      int a = c.a;
      int b = c.b;
      parent[b] = a;
      size[a] += size[b];
      version[a]++;
      Map<Integer, Double> la = links.get(a);
      la.remove(b);
      for (Map.Entry<Integer, Double> e : links.get(b).entrySet()) {
        int j = e.getKey();
        if (j == a) {
          continue;
        }
        la.merge(j, e.getValue(), Double::sum);
        Map<Integer, Double> lj = links.get(j);
        lj.remove(b);
        lj.merge(a, e.getValue(), Double::sum);
      }
      links.set(b, Map.of());
      for (Map.Entry<Integer, Double> e : la.entrySet()) {
        int j = e.getKey();
        double score = e.getValue() / ((double) size[a] * size[j]);
        if (score >= threshold) {
          queue.add(j < a ? new Candidate(score, j, a, version[j], version[a])
              : new Candidate(score, a, j, version[a], version[j]));
        }
      }
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      label[i] = r;
    }
    return label;
  }
}
