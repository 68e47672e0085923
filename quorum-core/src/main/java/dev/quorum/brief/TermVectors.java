package dev.quorum.brief;

import dev.quorum.brief.Units.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of units over their content stems, the inverse document frequency taken over the
 * units themselves (each sentence a document), with cosine similarity and LexRank centrality.
 *
 * <p>Why arrays: a briefing compares thousands of sentences with each other; vectors as sorted
 * term ids with weights make a cosine a merge of two short arrays, without boxing.
 */
final class TermVectors {

  private final int[][] terms;
  private final double[][] weights;
  private final int termCount;

  TermVectors(List<Unit> units) {
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> df = new ArrayList<>();
    for (Unit u : units) {
      for (String t : u.content.keySet()) {
        Integer id = ids.get(t);
        if (id == null) {
          id = ids.size();
          ids.put(t, id);
          df.add(0);
        }
        df.set(id, df.get(id) + 1);
      }
    }
    termCount = ids.size();
    int n = Math.max(1, units.size());
    terms = new int[units.size()][];
    weights = new double[units.size()][];
    for (int i = 0; i < units.size(); i++) {
      Map<String, Integer> content = units.get(i).content;
      int[] t = new int[content.size()];
      int k = 0;
      for (String s : content.keySet()) {
        t[k++] = ids.get(s);
      }
      Arrays.sort(t);
      double[] w = new double[t.length];
      double norm = 0;
      for (int j = 0; j < t.length; j++) {
        w[j] = 1 + Math.log((double) n / df.get(t[j]));
        norm += w[j] * w[j];
      }
      for (Map.Entry<String, Integer> e : content.entrySet()) {
        int pos = Arrays.binarySearch(t, ids.get(e.getKey()));
        if (e.getValue() > 1) {
          norm -= w[pos] * w[pos];
          w[pos] *= e.getValue();
          norm += w[pos] * w[pos];
        }
      }
      norm = Math.sqrt(norm);
      if (norm > 0) {
        for (int j = 0; j < w.length; j++) {
          w[j] /= norm;
        }
      }
      terms[i] = t;
      weights[i] = w;
    }
  }

  /** Cosine similarity of two units. */
  double cosine(int a, int b) {
    int[] x = terms[a];
    int[] y = terms[b];
    double[] wx = weights[a];
    double[] wy = weights[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        dot += wx[i++] * wy[j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * LexRank centrality: the stationary distribution of a random walk over the graph linking units
   * whose cosine is at least {@code threshold}, with damping {@code d}; scores sum to 1.
   */
  double[] lexRank(double threshold, double d, int iterations) {
    int n = terms.length;
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    int[][] postings = postings();
    int[][] links = new int[n][];
    int[] linkCount = new int[n];
    List<int[]> edges = new ArrayList<>();
    double[] dots = new double[n];
    int[] touched = new int[n];
    for (int i = 0; i < n; i++) {
      int nt = 0;
      for (int k = 0; k < terms[i].length; k++) {
        int t = terms[i][k];
        double w = weights[i][k];
        for (int j : postings[t]) {
          if (j <= i) {
            continue;
          }
          if (dots[j] == 0) {
            touched[nt++] = j;
          }
          dots[j] += w * weightOf(j, t);
        }
      }
      for (int x = 0; x < nt; x++) {
        int j = touched[x];
        if (dots[j] >= threshold) {
          edges.add(new int[] {i, j});
          linkCount[i]++;
          linkCount[j]++;
        }
        dots[j] = 0;
      }
    }
    for (int i = 0; i < n; i++) {
      links[i] = new int[linkCount[i]];
    }
    int[] fill = new int[n];
    for (int[] e : edges) {
      links[e[0]][fill[e[0]]++] = e[1];
      links[e[1]][fill[e[1]]++] = e[0];
    }
    Arrays.fill(out, 1.0 / n);
    double[] next = new double[n];
    for (int it = 0; it < iterations; it++) {
      Arrays.fill(next, (1 - d) / n);
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (links[i].length == 0) {
          dangling += out[i];
          continue;
        }
        double share = d * out[i] / links[i].length;
        for (int j : links[i]) {
          next[j] += share;
        }
      }
      for (int i = 0; i < n; i++) {
        next[i] += d * dangling / n;
      }
      double[] t = out;
      out = next;
      next = t;
    }
    return out;
  }

  private double weightOf(int unit, int term) {
    int pos = Arrays.binarySearch(terms[unit], term);
    return weights[unit][pos];
  }

  private int[][] postings() {
    int[] count = new int[termCount];
    for (int[] t : terms) {
      for (int x : t) {
        count[x]++;
      }
    }
    int[][] out = new int[termCount][];
    for (int t = 0; t < termCount; t++) {
      out[t] = new int[count[t]];
    }
    int[] fill = new int[termCount];
    for (int i = 0; i < terms.length; i++) {
      for (int x : terms[i]) {
        out[x][fill[x]++] = i;
      }
    }
    return out;
  }
}
